//! Contract tests: the real sandbox on a free port, every route over real HTTP.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails loudly on what it did not expect"
)]

use citizeninfo_testkit as common;

use std::collections::{BTreeSet, HashSet};
use std::time::{Duration, Instant};

use common::{Sandbox, check_body, checked, expect_error};
use reqwest::header::{ETAG, IF_MATCH};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

const PNG: &[u8] =
    b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";

/// (METHOD, path) pairs the document declares.
fn documented() -> BTreeSet<(String, String)> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../openapi.yaml"))
        .unwrap();
    let doc: Value = serde_saphyr::from_str(&text).unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    let mut out = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            if ["get", "put", "post", "delete", "patch", "head", "options"]
                .contains(&method.as_str())
            {
                out.insert((method.to_uppercase(), path.clone()));
            }
        }
    }
    out
}

const OPENAPI: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../openapi.yaml");

/// The line under which `openapi.yaml` holds the generated schemas, to its end.
const SCHEMAS_HEADING: &str = "\n  schemas:\n";

/// The generated schemas as the YAML block under `components.schemas`.
fn schemas_yaml(schemas: &Value) -> String {
    let yaml = serde_saphyr::to_string(schemas).unwrap();
    let mut out = String::from(
        "    # Generated from the Rust types of crates/citizeninfo-api (models.rs, rules.rs,\n    \
         # provinces.rs): do not edit by hand. To update, run\n    \
         # UPDATE_OPENAPI=1 cargo test -p citizeninfo-sandbox --test contract openapi_schemas\n",
    );
    for line in yaml.lines() {
        if line.is_empty() {
            out.push('\n');
        } else {
            out.push_str("    ");
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

#[test]
fn openapi_schemas_are_generated_from_the_rust_types() {
    let generated = Value::Object(citizeninfo_api::component_schemas().unwrap());
    if std::env::var_os("UPDATE_OPENAPI").is_some() {
        let text = std::fs::read_to_string(OPENAPI).unwrap();
        let at = text
            .rfind(SCHEMAS_HEADING)
            .expect("openapi.yaml ends with components.schemas");
        let head = &text[..at + SCHEMAS_HEADING.len()];
        std::fs::write(OPENAPI, format!("{head}{}", schemas_yaml(&generated))).unwrap();
    }
    let text = std::fs::read_to_string(OPENAPI).unwrap();
    let doc: Value = serde_saphyr::from_str(&text).unwrap();
    let committed = &doc["components"]["schemas"];
    let names = |v: &Value| -> BTreeSet<String> {
        v.as_object()
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default()
    };
    let differing: Vec<String> = names(committed)
        .union(&names(&generated))
        .filter(|n| committed.get(n.as_str()) != generated.get(n.as_str()))
        .cloned()
        .collect();
    assert!(
        differing.is_empty(),
        "openapi.yaml's components.schemas differ from what the Rust types generate ({}): run \
         `UPDATE_OPENAPI=1 cargo test -p citizeninfo-sandbox --test contract openapi_schemas` and commit it",
        differing.join(", ")
    );
    // Every schema the hand-written paths name is one of the generated ones.
    let head = &text[..text.rfind(SCHEMAS_HEADING).unwrap()];
    for (i, _) in head.match_indices("#/components/schemas/") {
        let name: String = head[i + "#/components/schemas/".len()..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        assert!(
            generated.get(&name).is_some(),
            "openapi.yaml names the schema {name}, which no Rust type generates"
        );
    }
}

#[tokio::test]
async fn routes_served_and_documented_agree() {
    let served: BTreeSet<(String, String)> =
        citizeninfo_sandbox::served_routes().into_iter().collect();
    let documented = documented();
    let undocumented: Vec<_> = served.difference(&documented).collect();
    let unserved: Vec<_> = documented.difference(&served).collect();
    assert!(
        undocumented.is_empty(),
        "served but not in openapi.yaml: {undocumented:?}"
    );
    assert!(
        unserved.is_empty(),
        "in openapi.yaml but not served: {unserved:?}"
    );

    // Every documented route answers something other than "no such route" or 405.
    let sb = Sandbox::start(&["--demo", "20"]);
    for (method, path) in &documented {
        let path = path
            .replace("{code}", "0000000000000")
            .replace("{process_id}", "P00001")
            .replace("{id}", "1");
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let r = sb
            .http
            .request(method.clone(), format!("{}{path}", sb.url))
            .send()
            .await
            .unwrap();
        assert_ne!(
            r.status(),
            StatusCode::METHOD_NOT_ALLOWED,
            "{method} {path}"
        );
        let is_json = r
            .headers()
            .get("content-type")
            .is_some_and(|t| t.to_str().unwrap().starts_with("application/json"));
        if is_json {
            // Whatever it answers is documented, body and status.
            let (status, body) = checked(method.clone(), r).await;
            if status == StatusCode::NOT_FOUND {
                assert_ne!(body["error"], "no_such_route", "{method} {path}");
            }
        }
    }
}

#[tokio::test]
async fn first_line_names_the_address_and_accounts_are_printed() {
    let sb = Sandbox::start(&["--demo", "20"]);
    let port = sb.url.strip_prefix("http://127.0.0.1:").unwrap();
    assert!(port.parse::<u16>().unwrap() > 0);
    let banner = sb.banner.join("\n");
    for account in [
        "demo / demo",
        "admin / admin",
        "newcomer / newcomer",
        "openid / openid",
    ] {
        assert!(banner.contains(account), "{banner}");
    }
    assert!(banner.contains("demo data: 20 service points"), "{banner}");
}

#[tokio::test]
async fn unknown_routes_and_methods_answer_in_the_error_shape() {
    let sb = Sandbox::start(&[]);
    let r = sb.http.get(sb.api("/nothing-here")).send().await.unwrap();
    expect_error(r, StatusCode::NOT_FOUND, "no_such_route").await;
    let r = sb.http.delete(sb.api("/ministries")).send().await.unwrap();
    expect_error(r, StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed").await;
    let r = sb.http.get(sb.api("/openapi.yaml")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.text().await.unwrap().starts_with("openapi: 3.1"));
}

#[tokio::test]
async fn password_sign_in_and_me() {
    let sb = Sandbox::start(&["--demo", "20"]);
    let token = sb.token("demo", "demo").await;
    let me = sb.get_json(&token, "/me").await;
    assert_eq!(me["username"], "demo");
    assert_eq!(me["kind"], "password");
    assert_eq!(me["scope"]["kind"], "department");
    assert_eq!(me["scope"]["name_th"], "กรมการปกครอง");
    assert_eq!(
        me["rights"],
        json!(["edit_points", "hide_points", "bind_processes"])
    );
    assert!(me["token_expires_at"].as_str().unwrap().ends_with('Z'));

    let r = sb
        .post_token(&[
            ("grant_type", "password"),
            ("username", "demo"),
            ("password", "wrong"),
        ])
        .await;
    expect_error(r, StatusCode::BAD_REQUEST, "invalid_grant").await;
    let r = sb.post_token(&[("grant_type", "magic")]).await;
    expect_error(r, StatusCode::BAD_REQUEST, "unsupported_grant_type").await;
    let r = sb.post_token(&[("grant_type", "password")]).await;
    expect_error(r, StatusCode::BAD_REQUEST, "invalid_request").await;
    let r = sb
        .post_token(&[
            ("grant_type", "password"),
            ("username", "openid"),
            ("password", "openid"),
        ])
        .await;
    expect_error(r, StatusCode::BAD_REQUEST, "invalid_grant").await;

    let r = sb.http.get(sb.api("/me")).send().await.unwrap();
    assert!(r.headers().get("www-authenticate").is_some());
    expect_error(r, StatusCode::UNAUTHORIZED, "unauthenticated").await;
    let r = sb.get("not-a-token", "/me").await;
    expect_error(r, StatusCode::UNAUTHORIZED, "invalid_token").await;
}

#[tokio::test]
async fn access_tokens_expire_and_refresh_rotates() {
    let sb = Sandbox::start(&["--demo", "20", "--token-ttl", "60"]);
    let r = sb
        .post_token(&[
            ("grant_type", "password"),
            ("username", "admin"),
            ("password", "admin"),
        ])
        .await;
    let (_, tokens) = checked(Method::POST, r).await;
    assert_eq!(tokens["token_type"], "Bearer");
    assert_eq!(tokens["expires_in"], 60);
    sb.get_json(tokens["access_token"].as_str().unwrap(), "/me")
        .await;
    // The access token's minute passes; the refresh token's 30 days do not.
    sb.advance_clock(60).await;
    let r = sb
        .get(tokens["access_token"].as_str().unwrap(), "/me")
        .await;
    expect_error(r, StatusCode::UNAUTHORIZED, "token_expired").await;

    let refresh = tokens["refresh_token"].as_str().unwrap();
    let r = sb
        .post_token(&[("grant_type", "refresh_token"), ("refresh_token", refresh)])
        .await;
    let (status, fresh) = checked(Method::POST, r).await;
    assert_eq!(status, StatusCode::OK);
    sb.get_json(fresh["access_token"].as_str().unwrap(), "/me")
        .await;
    // Sent again within the reuse grace period (its answer was lost, say), the spent
    // refresh token gets the same pair, not a second one.
    let r = sb
        .post_token(&[("grant_type", "refresh_token"), ("refresh_token", refresh)])
        .await;
    let (status, again) = checked(Method::POST, r).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(again, fresh);
    // Once that pair has been used, the spent token is refused.
    let second = fresh["refresh_token"].as_str().unwrap();
    let r = sb
        .post_token(&[("grant_type", "refresh_token"), ("refresh_token", second)])
        .await;
    let (status, newer) = checked(Method::POST, r).await;
    assert_eq!(status, StatusCode::OK);
    let r = sb
        .post_token(&[("grant_type", "refresh_token"), ("refresh_token", refresh)])
        .await;
    expect_error(r, StatusCode::BAD_REQUEST, "invalid_grant").await;
    // That replay ended the whole session: the pair the used one gave, within its
    // own grace period, is refused too, and its access token with it.
    let r = sb
        .post_token(&[("grant_type", "refresh_token"), ("refresh_token", second)])
        .await;
    expect_error(r, StatusCode::BAD_REQUEST, "invalid_grant").await;
    let r = sb.get(newer["access_token"].as_str().unwrap(), "/me").await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_revoked_token_is_refused_and_revoking_an_unknown_one_is_no_error() {
    let sb = Sandbox::start(&["--demo", "5"]);
    let r = sb
        .post_token(&[
            ("grant_type", "password"),
            ("username", "admin"),
            ("password", "admin"),
        ])
        .await;
    let (_, tokens) = checked(Method::POST, r).await;
    let access = tokens["access_token"].as_str().unwrap();
    let refresh = tokens["refresh_token"].as_str().unwrap();
    for (token, hint) in [(refresh, "refresh_token"), (access, "access_token")] {
        let r = sb
            .post_form(
                "/auth/revoke",
                &[("token", token), ("token_type_hint", hint)],
            )
            .await;
        assert_eq!(r.status(), StatusCode::OK);
    }
    expect_error(
        sb.get(access, "/me").await,
        StatusCode::UNAUTHORIZED,
        "invalid_token",
    )
    .await;
    let r = sb
        .post_token(&[("grant_type", "refresh_token"), ("refresh_token", refresh)])
        .await;
    expect_error(r, StatusCode::BAD_REQUEST, "invalid_grant").await;
    // Again, or a token never issued: the same answer, telling nothing.
    for token in [access, "never-issued"] {
        let r = sb.post_form("/auth/revoke", &[("token", token)]).await;
        assert_eq!(r.status(), StatusCode::OK);
    }
    let r = sb.post_form("/auth/revoke", &[("token", "")]).await;
    expect_error(r, StatusCode::BAD_REQUEST, "invalid_request").await;
}

#[tokio::test]
async fn first_sign_in_registers_with_the_authorize_code() {
    let sb = Sandbox::start(&["--demo", "100"]);
    let r = sb
        .post_token(&[
            ("grant_type", "password"),
            ("username", "newcomer"),
            ("password", "newcomer"),
        ])
        .await;
    expect_error(r, StatusCode::FORBIDDEN, "registration_required").await;

    let admin = sb.token("admin", "admin").await;
    let unit = &sb
        .get_json(&admin, "/points?level=service_point&limit=1")
        .await["items"][0];
    let code = unit["code"].as_str().unwrap();
    let mut form = json!({
        "username": "newcomer",
        "password": "newcomer",
        "authorize_code": unit["authorize_code"],
        "ministry_id": unit["ministry_id"],
        "department_id": unit["department_id"],
        "agency_id": unit["agency_id"],
        "contact_name": "สมชาย ใจดี",
        "email": "somchai@dopa.go.th",
        "telephone": "0 2221 2141"
    });
    let register = |body: Value| sb.http.post(sb.api("/auth/register")).json(&body).send();

    let mut bad = form.clone();
    bad["authorize_code"] = json!("2dbbea63c543bf4");
    let e = expect_error(
        register(bad).await.unwrap(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_field",
    )
    .await;
    assert_eq!(e["details"][0]["field"], "authorize_code");
    let mut bad = form.clone();
    bad["authorize_code"] = json!("000000000000000");
    let e = expect_error(
        register(bad).await.unwrap(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_field",
    )
    .await;
    assert_eq!(
        e["details"][0]["message"],
        "no unit has this Authorize Code"
    );
    let mut bad = form.clone();
    bad["agency_id"] = json!("999999");
    let e = expect_error(
        register(bad).await.unwrap(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_field",
    )
    .await;
    assert_eq!(e["details"][0]["field"], "agency_id");
    let mut bad = form.clone();
    bad["password"] = json!("guess");
    expect_error(
        register(bad).await.unwrap(),
        StatusCode::BAD_REQUEST,
        "invalid_grant",
    )
    .await;
    let mut bad = form.clone();
    bad["email"] = json!("not-an-address");
    let e = expect_error(
        register(bad).await.unwrap(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_field",
    )
    .await;
    assert_eq!(e["details"][0]["field"], "email");

    let r = register(form.clone()).await.unwrap();
    let (status, tokens) = checked(Method::POST, r).await;
    assert_eq!(status, StatusCode::CREATED);
    let token = tokens["access_token"].as_str().unwrap();
    let me = sb.get_json(token, "/me").await;
    assert_eq!(
        me["scope"],
        json!({"kind": "unit", "id": code, "name_th": unit["name_th"]})
    );
    form["contact_name"] = json!("อีกครั้ง");
    expect_error(
        register(form).await.unwrap(),
        StatusCode::CONFLICT,
        "already_registered",
    )
    .await;
    sb.token("newcomer", "newcomer").await;

    // The account now acts on its unit only.
    let etag = sb.get(token, &format!("/points/{code}")).await.headers()[ETAG].clone();
    let r = sb
        .http
        .patch(sb.api(&format!("/points/{code}")))
        .bearer_auth(token)
        .header(IF_MATCH, etag)
        .json(&json!({"telephone": "0 2221 0000"}))
        .send()
        .await
        .unwrap();
    assert_eq!(checked(Method::PATCH, r).await.0, StatusCode::OK);
    let head = unit["parent_code"].as_str().unwrap();
    let etag = sb.get(token, &format!("/points/{head}")).await.headers()[ETAG].clone();
    let r = sb
        .http
        .patch(sb.api(&format!("/points/{head}")))
        .bearer_auth(token)
        .header(IF_MATCH, etag)
        .json(&json!({"telephone": "0 2221 0000"}))
        .send()
        .await
        .unwrap();
    expect_error(r, StatusCode::FORBIDDEN, "out_of_scope").await;
}

async fn poll(sb: &Sandbox, device_code: &str) -> reqwest::Response {
    sb.http
        .post(format!("{}/_oidc/token", sb.url))
        .form(&[
            ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
            ("device_code", device_code),
        ])
        .send()
        .await
        .unwrap()
}

async fn start_device(sb: &Sandbox) -> Value {
    let r = sb
        .http
        .post(format!("{}/_oidc/device_authorization", sb.url))
        .form(&[("client_id", "citizeninfo-cli")])
        .send()
        .await
        .unwrap();
    let (status, body) = checked(Method::POST, r).await;
    assert_eq!(status, StatusCode::OK);
    body
}

#[tokio::test]
async fn openid_device_flow_at_the_built_in_issuer() {
    let sb = Sandbox::start(&[
        "--demo",
        "20",
        "--device-interval",
        "1",
        "--device-expires-in",
        "3",
    ]);
    let d = start_device(&sb).await;
    let code = d["device_code"].as_str().unwrap();
    let user_code = d["user_code"].as_str().unwrap();
    assert_eq!(user_code.len(), 9);
    assert_eq!(d["verification_uri"], format!("{}/_oidc/device", sb.url));
    assert_eq!(d["interval"], 1);
    assert_eq!(d["expires_in"], 3);

    expect_error(
        poll(&sb, code).await,
        StatusCode::BAD_REQUEST,
        "authorization_pending",
    )
    .await;
    let e = expect_error(poll(&sb, code).await, StatusCode::BAD_REQUEST, "slow_down").await;
    assert!(
        e["error_description"]
            .as_str()
            .unwrap()
            .contains("6 seconds")
    );

    let page = sb
        .http
        .get(d["verification_uri_complete"].as_str().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    assert!(page.text().await.unwrap().contains(user_code));
    let wrong = sb
        .http
        .post(format!("{}/_oidc/device", sb.url))
        .form(&[
            ("user_code", user_code),
            ("username", "openid"),
            ("password", "nope"),
            ("action", "approve"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
    let ok = sb
        .http
        .post(format!("{}/_oidc/device", sb.url))
        .form(&[
            ("user_code", user_code),
            ("username", "openid"),
            ("password", "openid"),
            ("action", "approve"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), StatusCode::OK);
    // The interval grew to 6 s after slow_down; the code (3 s) expires first.
    sb.advance_clock(3).await;
    expect_error(
        poll(&sb, code).await,
        StatusCode::BAD_REQUEST,
        "expired_token",
    )
    .await;

    // Approved and polled politely: an ID token, traded for the OpenID account's tokens.
    let d = start_device(&sb).await;
    let ok = sb
        .http
        .post(format!("{}/_oidc/device", sb.url))
        .form(&[
            ("user_code", d["user_code"].as_str().unwrap()),
            ("username", "openid"),
            ("password", "openid"),
            ("action", "approve"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), StatusCode::OK);
    let r = poll(&sb, d["device_code"].as_str().unwrap()).await;
    let (status, answer) = checked(Method::POST, r).await;
    assert_eq!(status, StatusCode::OK);
    let r = sb.exchange(answer["id_token"].as_str().unwrap()).await;
    let (status, tokens) = checked(Method::POST, r).await;
    assert_eq!(status, StatusCode::OK);
    let me = sb
        .get_json(tokens["access_token"].as_str().unwrap(), "/me")
        .await;
    assert_eq!(me["kind"], "openid");
    assert!(
        me["rights"]
            .as_array()
            .unwrap()
            .contains(&json!("create_points"))
    );
    // The device code is good once.
    expect_error(
        poll(&sb, d["device_code"].as_str().unwrap()).await,
        StatusCode::BAD_REQUEST,
        "invalid_grant",
    )
    .await;

    // Refused.
    let d = start_device(&sb).await;
    sb.http
        .post(format!("{}/_oidc/device", sb.url))
        .form(&[
            ("user_code", d["user_code"].as_str().unwrap()),
            ("username", "openid"),
            ("password", "openid"),
            ("action", "deny"),
        ])
        .send()
        .await
        .unwrap();
    expect_error(
        poll(&sb, d["device_code"].as_str().unwrap()).await,
        StatusCode::BAD_REQUEST,
        "access_denied",
    )
    .await;
}

#[tokio::test]
async fn openid_auto_approve_signs_in_at_once() {
    let sb = Sandbox::start(&["--demo", "20", "--openid-auto-approve"]);
    let token = sb.openid_token().await;
    assert_eq!(sb.get_json(&token, "/me").await["username"], "openid");
}

#[tokio::test]
async fn organisation_tree() {
    let sb = Sandbox::start(&[]);
    let token = sb.token("demo", "demo").await;
    let ministries = sb.get_json(&token, "/ministries").await;
    let ministries = ministries.as_array().unwrap();
    assert!(ministries.len() >= 19);
    assert!(
        ministries
            .iter()
            .any(|m| m["name_th"] == "กระทรวงมหาดไทย" && m["name_en"] == "Ministry of Interior")
    );
    let interior = ministries
        .iter()
        .find(|m| m["name_th"] == "กระทรวงมหาดไทย")
        .unwrap();
    let departments = sb
        .get_json(
            &token,
            &format!("/departments?ministry={}", interior["id"].as_str().unwrap()),
        )
        .await;
    let departments = departments.as_array().unwrap();
    assert!(departments.iter().any(|d| d["name_th"] == "กรมการปกครอง"));
    assert!(
        departments
            .iter()
            .all(|d| d["ministry_id"] == interior["id"])
    );
    let dept = departments[0]["id"].as_str().unwrap();
    let agencies = sb
        .get_json(&token, &format!("/agencies?department={dept}"))
        .await;
    assert_eq!(agencies.as_array().unwrap().len(), 5);
    let r = sb.get(&token, "/agencies?color=red").await;
    let e = expect_error(r, StatusCode::BAD_REQUEST, "invalid_parameter").await;
    assert_eq!(e["details"][0]["field"], "color");
}

async fn all_codes(sb: &Sandbox, token: &str, query: &str, limit: u32) -> (Vec<String>, u32) {
    let mut codes = Vec::new();
    let mut cursor: Option<String> = None;
    let mut pages = 0;
    loop {
        let mut path = format!("/points?limit={limit}{query}");
        if let Some(c) = &cursor {
            path.push_str(&format!("&cursor={c}"));
        }
        let page = sb.get_json(token, &path).await;
        pages += 1;
        for p in page["items"].as_array().unwrap() {
            codes.push(p["code"].as_str().unwrap().to_owned());
        }
        match page["next_cursor"].as_str() {
            Some(c) => cursor = Some(c.to_owned()),
            None => break,
        }
    }
    (codes, pages)
}

#[tokio::test]
async fn listing_filters_and_pages() {
    let sb = Sandbox::start(&["--demo", "300"]);
    let token = sb.token("demo", "demo").await;
    let (codes, pages) = all_codes(&sb, &token, "", 50).await;
    assert_eq!(codes.len(), 300);
    assert_eq!(pages, 6);
    let mut sorted = codes.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted, codes, "pages are in code order without repeats");
    assert!(codes.iter().all(|c| c.len() == 13));

    let page = sb.get_json(&token, "/points?limit=1000").await;
    assert_eq!(page["items"].as_array().unwrap().len(), 300);
    assert!(page["next_cursor"].is_null());

    let first = &page["items"][0];
    let dept = first["department_id"].as_str().unwrap();
    let (in_dept, _) = all_codes(&sb, &token, &format!("&department={dept}"), 1000).await;
    assert!(!in_dept.is_empty() && in_dept.len() < 300);
    let hidden = sb
        .get_json(&token, "/points?status=hidden&limit=1000")
        .await;
    let hidden = hidden["items"].as_array().unwrap();
    assert!(!hidden.is_empty());
    assert!(hidden.iter().all(|p| p["status"] == "hidden"));
    let heads = sb
        .get_json(&token, "/points?level=head_agency&limit=1000")
        .await;
    assert_eq!(heads["items"].as_array().unwrap().len(), 15);
    let province = first["province"].as_str().unwrap();
    let in_province = sb
        .get_json(&token, &format!("/points?province={province}&limit=1000"))
        .await;
    assert!(
        in_province["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["province"] == province)
    );

    // Free text over Thai and English names, case-insensitive for Latin letters.
    let thai = sb
        .get_json(&token, "/points?q=ศูนย์บริการประชาชน&limit=1000")
        .await;
    let thai = thai["items"].as_array().unwrap();
    assert!(!thai.is_empty());
    assert!(
        thai.iter()
            .all(|p| p["name_th"].as_str().unwrap().contains("ศูนย์บริการประชาชน"))
    );
    let english = sb
        .get_json(&token, "/points?q=public%20SERVICE%20centre&limit=1000")
        .await;
    assert_eq!(english["items"].as_array().unwrap().len(), thai.len());
    let percent = sb.get_json(&token, "/points?q=100%25").await;
    assert!(percent["items"].as_array().unwrap().is_empty());

    let detail = sb.get_json(&token, "/points?include=detail&limit=5").await;
    let p = &detail["items"][0];
    assert!(p["process_ids"].as_array().unwrap().len() >= 10);
    assert!(p["hours"].as_array().unwrap().len() >= 10);
    assert!(
        p["address_th"]
            .as_str()
            .unwrap()
            .contains(p["province"].as_str().unwrap())
    );
    assert!(page["items"][0].get("process_ids").is_none());

    // Exactly the points named, with every field, in one request.
    let wanted = [codes[299].clone(), codes[0].clone(), codes[150].clone()];
    let named = sb
        .get_json(
            &token,
            &format!("/points?include=detail&codes={}", wanted.join(",")),
        )
        .await;
    let got: Vec<&str> = named["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["code"].as_str().unwrap())
        .collect();
    assert_eq!(
        got,
        [codes[0].as_str(), codes[150].as_str(), codes[299].as_str()]
    );
    let stats = sb
        .get_json(&token, &format!("/points/{}/stats", codes[150]))
        .await;
    assert_eq!(
        named["items"][1]["copy_cancellation"],
        stats["copy_cancellation"]
    );
    assert_eq!(named["items"][1]["satisfaction"], stats["satisfaction"]);
    let too_many = vec![codes[0].as_str(); 1001].join(",");

    for (query, field) in [
        ("codes=0101010000001,12", "codes"),
        (&*format!("codes={too_many}"), "codes"),
        ("limit=0", "limit"),
        ("limit=1001", "limit"),
        ("limit=ten", "limit"),
        ("cursor=nonsense", "cursor"),
        ("level=minister", "level"),
        ("colour=red", "colour"),
    ] {
        let r = sb.get(&token, &format!("/points?{query}")).await;
        let e = expect_error(r, StatusCode::BAD_REQUEST, "invalid_parameter").await;
        assert_eq!(e["details"][0]["field"], field, "{query}: {e}");
    }
}

#[tokio::test]
async fn pages_stay_stable_while_records_change() {
    let sb = Sandbox::start(&["--demo", "200", "--openid-auto-approve"]);
    let admin = sb.token("admin", "admin").await;
    let openid = sb.openid_token().await;
    let dept = sb.get_json(&openid, "/me").await["scope"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let filter = format!("&department={dept}");
    let (before, _) = all_codes(&sb, &admin, &filter, 1000).await;
    assert!(before.len() >= 15);

    let first = sb
        .get_json(&admin, &format!("/points?limit=5{filter}"))
        .await;
    let cursor = first["next_cursor"].as_str().unwrap().to_owned();
    // Meanwhile: a record on the read page is hidden and one is added before the cursor.
    let code = first["items"][2]["code"].as_str().unwrap();
    let r = sb
        .http
        .put(sb.api(&format!("/points/{code}/status")))
        .bearer_auth(&admin)
        .json(&json!({"status": "hidden"}))
        .send()
        .await
        .unwrap();
    assert_eq!(checked(Method::PUT, r).await.0, StatusCode::OK);
    let agency = first["items"][0]["agency_id"].as_str().unwrap();
    let new_code = format!("{agency}0000000");
    assert!(new_code.as_str() < first["items"][0]["code"].as_str().unwrap());
    let r = sb
        .http
        .post(sb.api("/points"))
        .bearer_auth(&openid)
        .json(&new_point(&new_code, agency))
        .send()
        .await
        .unwrap();
    assert_eq!(checked(Method::POST, r).await.0, StatusCode::CREATED);

    let mut rest = Vec::new();
    let mut cursor = Some(cursor);
    while let Some(c) = cursor {
        let page = sb
            .get_json(&admin, &format!("/points?limit=5{filter}&cursor={c}"))
            .await;
        rest.extend(
            page["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p["code"].as_str().unwrap().to_owned()),
        );
        cursor = page["next_cursor"].as_str().map(str::to_owned);
    }
    let read: Vec<String> = first["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["code"].as_str().unwrap().to_owned())
        .chain(rest)
        .collect();
    assert_eq!(read, before, "no record skipped or repeated");
}

fn new_point(code: &str, agency: &str) -> Value {
    json!({
        "code": code,
        "agency_id": agency,
        "level": "service_point",
        "type": "ส่วนราชการ",
        "subtype": "ส่วนราชการ ที่ตั้งอยู่ในภูมิภาค",
        "category": "อนุญาต/ออกใบอนุญาต/รับรอง",
        "name_th": "ที่ว่าการอำเภอบางกรวย",
        "name_en": "Bang Kruai District Office",
        "full_name": "ที่ว่าการอำเภอบางกรวย จังหวัดนนทบุรี",
        "address_th": "ถนนบางกรวย-ไทรน้อย ต.บางกรวย อ.บางกรวย จ.นนทบุรี 11130",
        "province": "นนทบุรี",
        "lat": 13.805,
        "lng": 100.473,
        "hours": [{"day": "mon", "open": "08:30", "close": "16:30"}],
        "email": "bangkruai@dopa.go.th",
        "telephone": "0 2447 0000"
    })
}

async fn point_with_etag(sb: &Sandbox, token: &str, code: &str) -> (Value, String) {
    let r = sb.get(token, &format!("/points/{code}")).await;
    let etag = r.headers()[ETAG].to_str().unwrap().to_owned();
    let (status, point) = checked(Method::GET, r).await;
    assert_eq!(status, StatusCode::OK);
    (point, etag)
}

async fn first_code(sb: &Sandbox, token: &str, query: &str) -> String {
    sb.get_json(token, &format!("/points?limit=1&{query}"))
        .await["items"][0]["code"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn one_point_and_its_edits() {
    let sb = Sandbox::start(&["--demo", "100"]);
    let token = sb.token("demo", "demo").await;
    let code = first_code(&sb, &token, "level=service_point").await;
    let (point, etag) = point_with_etag(&sb, &token, &code).await;
    assert_eq!(etag, format!("\"{}\"", point["version"]));
    assert_eq!(point["code"], code.as_str());
    assert!(point["process_ids"].as_array().unwrap().len() >= 10);
    let patch = |body: Value, if_match: Option<&str>| {
        let mut req = sb
            .http
            .patch(sb.api(&format!("/points/{code}")))
            .bearer_auth(&token)
            .json(&body);
        if let Some(tag) = if_match {
            req = req.header(IF_MATCH, tag);
        }
        req.send()
    };

    let r = patch(json!({"name_en": "Renamed"}), None).await.unwrap();
    expect_error(
        r,
        StatusCode::PRECONDITION_REQUIRED,
        "precondition_required",
    )
    .await;
    let r = patch(json!({"name_en": "Renamed"}), Some("\"999\""))
        .await
        .unwrap();
    expect_error(r, StatusCode::PRECONDITION_FAILED, "precondition_failed").await;

    // Each bad field is named, and nothing changes.
    let too_long = "ก".repeat(256);
    for (body, field) in [
        (json!({"lat": 95.0}), "lat"),
        (json!({"lng": -181}), "lng"),
        (json!({"lat": "north"}), "lat"),
        (json!({"name_th": too_long}), "name_th"),
        (json!({"name_th": "  "}), "name_th"),
        (json!({"email": "nobody"}), "email"),
        (json!({"telephone": "call me"}), "telephone"),
        (json!({"province": "Atlantis"}), "province"),
        (
            json!({"hours": [{"day": "mon", "open": "16:00", "close": "08:00"}]}),
            "hours[0]",
        ),
        (
            json!({"hours": [{"day": "mon", "open": "25:00", "close": "23:00"}]}),
            "hours[0].open",
        ),
        (
            json!({"hours": [{"day": "funday", "open": "08:00", "close": "09:00"}]}),
            "hours[0].day",
        ),
        (json!({"parent_code": "123"}), "parent_code"),
        (json!({"parent_code": code}), "parent_code"),
        (json!({"parent_code": "0000000000000"}), "parent_code"),
        (json!({"colour": "red"}), "colour"),
        (json!(["ชื่อจากอาร์เรย์"]), "body"),
        (json!("hidden"), "body"),
        (json!({"name_th": null}), "name_th"),
        (json!({"lat": null}), "lat"),
        (
            json!({"authorize_code": "2DBBEA63C543BF4"}),
            "authorize_code",
        ),
    ] {
        let r = patch(body.clone(), Some(&etag)).await.unwrap();
        let e = expect_error(r, StatusCode::UNPROCESSABLE_ENTITY, "invalid_field").await;
        assert_eq!(e["details"][0]["field"], field, "{body}: {e}");
    }
    let r = sb
        .http
        .patch(sb.api(&format!("/points/{code}")))
        .bearer_auth(&token)
        .header(IF_MATCH, &etag)
        .header("content-type", "application/json")
        .body("{\"name_en\": ")
        .send()
        .await
        .unwrap();
    expect_error(r, StatusCode::BAD_REQUEST, "malformed_json").await;
    let r = sb
        .http
        .patch(sb.api(&format!("/points/{code}")))
        .bearer_auth(&token)
        .header(IF_MATCH, &etag)
        .body("name_en=x")
        .send()
        .await
        .unwrap();
    expect_error(
        r,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "unsupported_media_type",
    )
    .await;
    let huge = json!({"address_th": "ก".repeat(2 * 1024 * 1024)});
    let r = patch(huge, Some(&etag)).await.unwrap();
    expect_error(r, StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large").await;
    let (unchanged, same) = point_with_etag(&sb, &token, &code).await;
    assert_eq!(same, etag);
    assert_eq!(unchanged, point);

    let r = sb.get(&token, "/points/123").await;
    let e = expect_error(r, StatusCode::BAD_REQUEST, "invalid_parameter").await;
    assert_eq!(e["details"][0]["field"], "code");
    let r = sb.get(&token, "/points/0000000000000").await;
    expect_error(r, StatusCode::NOT_FOUND, "point_not_found").await;
    for path in [
        format!("/points/{code}?foo=1"),
        format!("/points/{code}/stats?x=1"),
        "/me?verbose=1".to_owned(),
    ] {
        let e = expect_error(
            sb.get(&token, &path).await,
            StatusCode::BAD_REQUEST,
            "invalid_parameter",
        )
        .await;
        assert!(
            ["foo", "x", "verbose"].contains(&e["details"][0]["field"].as_str().unwrap()),
            "{path}: {e}"
        );
    }

    // A good edit changes exactly the fields sent, and the ETag.
    let r = patch(
        json!({
            "name_th": "ที่ว่าการอำเภอเมืองนนทบุรี",
            "lat": 13.8621,
            "lng": 100.5144,
            "hours": [
                {"day": "tue", "open": "13:00", "close": "16:30"},
                {"day": "tue", "open": "08:30", "close": "12:00"}
            ],
            "email": null
        }),
        Some(&etag),
    )
    .await
    .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let new_etag = r.headers()[ETAG].to_str().unwrap().to_owned();
    assert_ne!(new_etag, etag);
    let (_, edited) = checked(Method::PATCH, r).await;
    assert_eq!(edited["name_th"], "ที่ว่าการอำเภอเมืองนนทบุรี");
    assert_eq!(edited["lat"], 13.8621);
    assert_eq!(edited["email"], Value::Null);
    assert_eq!(edited["hours"][0]["open"], "08:30", "hours are kept sorted");
    assert_eq!(edited["telephone"], point["telephone"]);
    assert_eq!(edited["name_en"], point["name_en"]);
    assert_ne!(edited["updated_at"], Value::Null);
    let r = patch(json!({"name_en": "Stale"}), Some(&etag))
        .await
        .unwrap();
    expect_error(r, StatusCode::PRECONDITION_FAILED, "precondition_failed").await;
}

#[tokio::test]
async fn racing_edits_with_one_etag_let_exactly_one_win() {
    let sb = Sandbox::start(&["--demo", "50"]);
    let token = sb.token("admin", "admin").await;
    let code = first_code(&sb, &token, "level=service_point").await;
    let (_, etag) = point_with_etag(&sb, &token, &code).await;
    let mut tasks = Vec::new();
    for i in 0..8 {
        let http = sb.http.clone();
        let url = sb.api(&format!("/points/{code}"));
        let (token, etag) = (token.clone(), etag.clone());
        tasks.push(tokio::spawn(async move {
            http.patch(url)
                .bearer_auth(token)
                .header(IF_MATCH, etag)
                .json(&json!({"name_en": format!("Writer {i}")}))
                .send()
                .await
                .unwrap()
                .status()
        }));
    }
    let mut statuses = Vec::new();
    for t in tasks {
        statuses.push(t.await.unwrap());
    }
    assert_eq!(
        statuses.iter().filter(|s| **s == StatusCode::OK).count(),
        1,
        "{statuses:?}"
    );
    assert_eq!(
        statuses
            .iter()
            .filter(|s| **s == StatusCode::PRECONDITION_FAILED)
            .count(),
        7
    );
}

#[tokio::test]
async fn rights_and_scope() {
    let sb = Sandbox::start(&["--demo", "100", "--openid-auto-approve"]);
    let demo = sb.token("demo", "demo").await;
    let me = sb.get_json(&demo, "/me").await;
    let dept = me["scope"]["id"].as_str().unwrap();
    let inside = first_code(&sb, &demo, &format!("department={dept}")).await;
    let all = sb.get_json(&demo, "/points?limit=1000").await;
    let outside = all["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["department_id"] != dept)
        .unwrap()["code"]
        .as_str()
        .unwrap()
        .to_owned();
    for code in [&inside, &outside] {
        let (_, etag) = point_with_etag(&sb, &demo, code).await;
        let r = sb
            .http
            .patch(sb.api(&format!("/points/{code}")))
            .bearer_auth(&demo)
            .header(IF_MATCH, etag)
            .json(&json!({"telephone": "0 2000 0000"}))
            .send()
            .await
            .unwrap();
        if code == &inside {
            assert_eq!(checked(Method::PATCH, r).await.0, StatusCode::OK);
        } else {
            expect_error(r, StatusCode::FORBIDDEN, "out_of_scope").await;
        }
    }
    let r = sb
        .http
        .put(sb.api(&format!("/points/{outside}/status")))
        .bearer_auth(&demo)
        .json(&json!({"status": "hidden"}))
        .send()
        .await
        .unwrap();
    expect_error(r, StatusCode::FORBIDDEN, "out_of_scope").await;
    // The Authorize Code proves membership: it is shown inside the subtree only.
    let theirs = sb.get_json(&demo, &format!("/points/{outside}")).await;
    assert_eq!(theirs["authorize_code"], Value::Null);
    let ours = sb.get_json(&demo, &format!("/points/{inside}")).await;
    assert!(ours["authorize_code"].as_str().is_some());
    let listed = sb.get_json(&demo, "/points?limit=1000").await;
    assert!(
        listed["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|p| (p["department_id"] == dept) == p["authorize_code"].is_string())
    );
    let admin = sb.token("admin", "admin").await;
    let (_, etag) = point_with_etag(&sb, &admin, &outside).await;
    let r = sb
        .http
        .patch(sb.api(&format!("/points/{outside}")))
        .bearer_auth(&admin)
        .header(IF_MATCH, etag)
        .json(&json!({"telephone": "0 2000 0000"}))
        .send()
        .await
        .unwrap();
    assert_eq!(checked(Method::PATCH, r).await.0, StatusCode::OK);

    // Creating: a password account may not; the OpenID account may, in its subtree.
    let agency = &inside[..6];
    let r = sb
        .http
        .post(sb.api("/points"))
        .bearer_auth(&admin)
        .json(&new_point("1111111111111", agency))
        .send()
        .await
        .unwrap();
    expect_error(r, StatusCode::FORBIDDEN, "openid_required").await;
    let openid = sb.openid_token().await;
    let foreign = &outside[..6];
    let r = sb
        .http
        .post(sb.api("/points"))
        .bearer_auth(&openid)
        .json(&new_point(&format!("{foreign}9999999"), foreign))
        .send()
        .await
        .unwrap();
    expect_error(r, StatusCode::FORBIDDEN, "out_of_scope").await;
}

#[tokio::test]
async fn creating_is_idempotent() {
    let sb = Sandbox::start(&["--demo", "50", "--openid-auto-approve"]);
    let token = sb.openid_token().await;
    let dept = sb.get_json(&token, "/me").await["scope"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let agency = first_code(&sb, &token, &format!("department={dept}")).await[..6].to_owned();
    let code = format!("{agency}7000001");
    let body = new_point(&code, &agency);
    let post = |body: Value, key: &'static str| {
        sb.http
            .post(sb.api("/points"))
            .bearer_auth(&token)
            .header("Idempotency-Key", key)
            .json(&body)
            .send()
    };
    let first = post(body.clone(), "key-1").await.unwrap();
    assert_eq!(first.status(), StatusCode::CREATED);
    assert_eq!(
        first.headers()["location"],
        format!("/api/v1/points/{code}").as_str()
    );
    let first_etag = first.headers()[ETAG].clone();
    let (_, first_body) = checked(Method::POST, first).await;
    assert_eq!(first_body["authorize_code"].as_str().unwrap().len(), 15);
    assert_eq!(first_body["status"], "shown");

    let replay = post(body.clone(), "key-1").await.unwrap();
    assert_eq!(replay.status(), StatusCode::CREATED);
    assert_eq!(replay.headers()["idempotent-replayed"], "true");
    assert_eq!(replay.headers()[ETAG], first_etag);
    assert_eq!(checked(Method::POST, replay).await.1, first_body);
    let found = sb
        .get_json(
            &token,
            &format!("/points?agency={agency}&q=บางกรวย&limit=1000"),
        )
        .await;
    assert_eq!(
        found["items"].as_array().unwrap().len(),
        1,
        "one record, not two"
    );

    let mut other = body.clone();
    other["name_en"] = json!("Something else");
    expect_error(
        post(other, "key-1").await.unwrap(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "idempotency_key_reused",
    )
    .await;
    expect_error(
        post(body.clone(), "key-2").await.unwrap(),
        StatusCode::CONFLICT,
        "point_exists",
    )
    .await;
    let mut bad = body.clone();
    bad["code"] = json!("12345");
    let e = expect_error(
        post(bad, "key-3").await.unwrap(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_field",
    )
    .await;
    assert_eq!(e["details"][0]["field"], "code");
    let mut bad = body.clone();
    bad.as_object_mut().unwrap().remove("name_th");
    let e = expect_error(
        post(bad, "key-4").await.unwrap(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_field",
    )
    .await;
    assert_eq!(e["details"][0]["field"], "name_th");
    let mut bad = body;
    bad["code"] = json!(format!("{agency}7000002"));
    bad["agency_id"] = json!("999999");
    let e = expect_error(
        post(bad, "key-5").await.unwrap(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_field",
    )
    .await;
    assert_eq!(e["details"][0]["field"], "agency_id");
}

#[tokio::test]
async fn bidirectional_overrides_are_refused_in_text_fields() {
    use citizeninfo_api::rules::BIDI_RULE;
    let sb = Sandbox::start(&["--demo", "50", "--openid-auto-approve"]);
    let token = sb.token("demo", "demo").await;
    let code = first_code(&sb, &token, "level=service_point").await;
    let (before, etag) = point_with_etag(&sb, &token, &code).await;
    for (field, value) in [
        ("name_th", "ที่ว่าการอำเภอ\u{202E}ยวรกงาบ"),
        ("name_en", "Office \u{2066}isolated\u{2069}"),
        ("full_name", "\u{202D}override"),
        ("address_th", "429 ถนนหน้าเมือง\u{202B}"),
    ] {
        let body = json!({ field: value });
        assert!(
            !common::schema_accepts("PointPatch", &body),
            "the contract refuses it too: {body}"
        );
        let r = sb
            .http
            .patch(sb.api(&format!("/points/{code}")))
            .bearer_auth(&token)
            .header(IF_MATCH, &etag)
            .json(&body)
            .send()
            .await
            .unwrap();
        let e = expect_error(r, StatusCode::UNPROCESSABLE_ENTITY, "invalid_field").await;
        assert_eq!(e["details"][0]["field"], field, "{e}");
        assert_eq!(e["details"][0]["message"], BIDI_RULE, "{e}");
    }
    let (after, _) = point_with_etag(&sb, &token, &code).await;
    assert_eq!(after, before, "nothing changed");

    // Creating, too.
    let openid = sb.openid_token().await;
    let dept = sb.get_json(&openid, "/me").await["scope"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let agency = first_code(&sb, &openid, &format!("department={dept}")).await[..6].to_owned();
    let mut body = new_point(&format!("{agency}7000009"), &agency);
    body["name_th"] = json!("จุดบริการ\u{202E}ใหม่");
    let r = sb
        .http
        .post(sb.api("/points"))
        .bearer_auth(&openid)
        .header("Idempotency-Key", "bidi-1")
        .json(&body)
        .send()
        .await
        .unwrap();
    let e = expect_error(r, StatusCode::UNPROCESSABLE_ENTITY, "invalid_field").await;
    assert_eq!(e["details"][0]["field"], "name_th", "{e}");
    assert_eq!(e["details"][0]["message"], BIDI_RULE, "{e}");
}

#[tokio::test]
async fn hiding_and_showing() {
    let sb = Sandbox::start(&["--demo", "50"]);
    let token = sb.token("demo", "demo").await;
    let code = first_code(&sb, &token, "status=shown&level=service_point").await;
    let (_, etag) = point_with_etag(&sb, &token, &code).await;
    let put = |status: &'static str, tag: Option<&str>| {
        let mut req = sb
            .http
            .put(sb.api(&format!("/points/{code}/status")))
            .bearer_auth(&token)
            .json(&json!({"status": status}));
        if let Some(t) = tag {
            req = req.header(IF_MATCH, t);
        }
        req.send()
    };
    expect_error(
        put("hidden", Some("\"0\"")).await.unwrap(),
        StatusCode::PRECONDITION_FAILED,
        "precondition_failed",
    )
    .await;
    let r = put("hidden", Some(&etag)).await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(checked(Method::PUT, r).await.1["status"], "hidden");
    let hidden = sb
        .get_json(&token, "/points?status=hidden&limit=1000")
        .await;
    assert!(
        hidden["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["code"] == code.as_str())
    );
    let (_, hidden_etag) = point_with_etag(&sb, &token, &code).await;
    // Hiding again changes nothing.
    let r = put("hidden", None).await.unwrap();
    assert_eq!(r.headers()[ETAG].to_str().unwrap(), hidden_etag);
    let r = put("shown", None).await.unwrap();
    assert_eq!(checked(Method::PUT, r).await.1["status"], "shown");
    let e = expect_error(
        put("gone", None).await.unwrap(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_field",
    )
    .await;
    assert_eq!(e["details"][0]["field"], "status");
}

#[tokio::test]
async fn photos_are_sniffed_and_capped() {
    let sb = Sandbox::start(&["--demo", "30"]);
    let token = sb.token("demo", "demo").await;
    let code = first_code(&sb, &token, "").await;
    let upload = |bytes: Vec<u8>, name: &'static str| {
        let part = reqwest::multipart::Part::bytes(bytes)
            .file_name("photo.png")
            .mime_str("image/png")
            .unwrap();
        let form = reqwest::multipart::Form::new().part(name, part);
        sb.http
            .post(sb.api(&format!("/points/{code}/photos")))
            .bearer_auth(&token)
            .multipart(form)
            .send()
    };
    let (_, etag) = point_with_etag(&sb, &token, &code).await;
    let r = upload(PNG.to_vec(), "photo").await.unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    let (_, photo) = checked(Method::POST, r).await;
    assert_eq!(photo["content_type"], "image/png");
    assert_eq!(photo["size"], PNG.len());
    let (point, new_etag) = point_with_etag(&sb, &token, &code).await;
    assert_ne!(etag, new_etag);
    assert_eq!(point["photos"][0]["id"], photo["id"]);
    let url = format!("{}{}", sb.url, photo["url"].as_str().unwrap());
    let r = sb.http.get(&url).bearer_auth(&token).send().await.unwrap();
    assert_eq!(r.headers()["content-type"], "image/png");
    assert_eq!(r.bytes().await.unwrap().as_ref(), PNG);

    let e = expect_error(
        upload(b"%PDF-1.7 not an image".to_vec(), "photo")
            .await
            .unwrap(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_field",
    )
    .await;
    assert_eq!(e["details"][0]["field"], "photo");
    let e = expect_error(
        upload(PNG.to_vec(), "picture").await.unwrap(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_field",
    )
    .await;
    assert_eq!(e["details"][0]["field"], "picture");
    let mut big = PNG.to_vec();
    big.resize(5 * 1024 * 1024 + 1, 0);
    expect_error(
        upload(big, "photo").await.unwrap(),
        StatusCode::PAYLOAD_TOO_LARGE,
        "payload_too_large",
    )
    .await;

    let r = sb
        .http
        .delete(&url)
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let r = sb
        .http
        .delete(&url)
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    expect_error(r, StatusCode::NOT_FOUND, "photo_not_found").await;
    let r = sb.http.get(&url).bearer_auth(&token).send().await.unwrap();
    expect_error(r, StatusCode::NOT_FOUND, "photo_not_found").await;
}

#[tokio::test]
async fn copy_cancellation_and_satisfaction() {
    let sb = Sandbox::start(&["--demo", "30"]);
    let token = sb.token("demo", "demo").await;
    let code = first_code(&sb, &token, "").await;
    let stats = sb.get_json(&token, &format!("/points/{code}/stats")).await;
    let copy = &stats["copy_cancellation"];
    let percent = copy["percent"].as_f64().unwrap();
    assert!((0.0..=100.0).contains(&percent));
    let expected =
        copy["without_copies"].as_f64().unwrap() * 100.0 / copy["services_total"].as_f64().unwrap();
    assert!((percent - expected).abs() < 0.051);
    let sat = &stats["satisfaction"];
    let dist: Vec<u64> = sat["distribution"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_u64().unwrap())
        .collect();
    assert_eq!(dist.len(), 5);
    assert_eq!(dist.iter().sum::<u64>(), sat["responses"].as_u64().unwrap());
    let avg = sat["average"].as_f64().unwrap();
    assert!((1.0..=5.0).contains(&avg));
    expect_error(
        sb.get(&token, "/points/0000000000000/stats").await,
        StatusCode::NOT_FOUND,
        "point_not_found",
    )
    .await;
}

#[tokio::test]
async fn processes_and_their_manuals() {
    let sb = Sandbox::start(&["--demo", "30"]);
    let token = sb.token("demo", "demo").await;
    let mut all = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let path = match &cursor {
            Some(c) => format!("/processes?limit=100&cursor={c}"),
            None => "/processes?limit=100".to_owned(),
        };
        let page = sb.get_json(&token, &path).await;
        all.extend(page["items"].as_array().unwrap().clone());
        match page["next_cursor"].as_str() {
            Some(c) => cursor = Some(c.to_owned()),
            None => break,
        }
    }
    assert!(
        all.len() >= 300,
        "several hundred processes, got {}",
        all.len()
    );
    let categories: HashSet<&str> = all
        .iter()
        .map(|p| p["category"].as_str().unwrap())
        .collect();
    assert!(categories.contains("อนุญาต/ออกใบอนุญาต/รับรอง"));
    let dept = all[0]["department_id"].as_str().unwrap();
    let own = sb
        .get_json(&token, &format!("/processes?department={dept}&limit=1000"))
        .await;
    assert!(
        own["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["department_id"] == dept)
    );
    let id_card = sb.get_json(&token, "/processes?q=บัตรประจำตัวประชาชน").await;
    assert!(!id_card["items"].as_array().unwrap().is_empty());

    let p = sb
        .get_json(
            &token,
            &format!("/processes/{}", all[0]["id"].as_str().unwrap()),
        )
        .await;
    let manual = &p["manual"];
    assert!(!manual["steps"].as_array().unwrap().is_empty());
    assert!(!manual["documents"].as_array().unwrap().is_empty());
    let total: u64 = manual["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["minutes"].as_u64().unwrap())
        .sum();
    assert_eq!(manual["duration_minutes"].as_u64().unwrap(), total);
    expect_error(
        sb.get(&token, "/processes/P99999").await,
        StatusCode::NOT_FOUND,
        "process_not_found",
    )
    .await;
    let e = expect_error(
        sb.get(&token, "/processes/42").await,
        StatusCode::BAD_REQUEST,
        "invalid_parameter",
    )
    .await;
    assert_eq!(e["details"][0]["field"], "id");
}

#[tokio::test]
async fn binding_and_unbinding() {
    let sb = Sandbox::start(&["--demo", "100"]);
    let token = sb.token("demo", "demo").await;
    let code = first_code(&sb, &token, "level=service_point").await;
    let r = sb.get(&token, &format!("/points/{code}/processes")).await;
    let etag = r.headers()[ETAG].to_str().unwrap().to_owned();
    let (_, set) = checked(Method::GET, r).await;
    assert_eq!(etag, format!("\"b{}\"", set["version"]));
    let bound: Vec<String> = set["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_owned())
        .collect();
    assert!(bound.len() >= 10);
    assert!(set["items"][0]["bound_at"].as_str().is_some());

    let point = sb.get_json(&token, &format!("/points/{code}")).await;
    let bindable = sb
        .get_json(&token, &format!("/processes?bindable_to={code}&limit=1000"))
        .await;
    let unbound = bindable["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_owned())
        .find(|id| !bound.contains(id))
        .unwrap();
    let foreign = sb.get_json(&token, "/processes?limit=1000").await["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["open_to"] == "department" && p["department_id"] != point["department_id"])
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let cross = bindable["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| {
            let id = p["id"].as_str().unwrap().to_owned();
            p["department_id"] != point["department_id"] && !bound.contains(&id) && id != unbound
        })
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();

    let bind = |id: String| {
        sb.http
            .put(sb.api(&format!("/points/{code}/processes/{id}")))
            .bearer_auth(&token)
            .send()
    };
    let unbind = |id: String| {
        sb.http
            .delete(sb.api(&format!("/points/{code}/processes/{id}")))
            .bearer_auth(&token)
            .send()
    };
    assert_eq!(
        checked(Method::PUT, bind(unbound.clone()).await.unwrap())
            .await
            .0,
        StatusCode::CREATED
    );
    assert_eq!(
        checked(Method::PUT, bind(unbound.clone()).await.unwrap())
            .await
            .0,
        StatusCode::OK,
        "binding twice is no change"
    );
    assert_eq!(
        checked(Method::PUT, bind(cross).await.unwrap()).await.0,
        StatusCode::CREATED,
        "open to other departments"
    );
    let e = expect_error(
        bind(foreign.clone()).await.unwrap(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_field",
    )
    .await;
    assert_eq!(e["details"][0]["field"], "process_id");
    expect_error(
        bind("P99999".into()).await.unwrap(),
        StatusCode::NOT_FOUND,
        "process_not_found",
    )
    .await;
    assert_eq!(
        unbind(unbound.clone()).await.unwrap().status(),
        StatusCode::NO_CONTENT
    );
    expect_error(
        unbind(unbound.clone()).await.unwrap(),
        StatusCode::NOT_FOUND,
        "binding_not_found",
    )
    .await;

    // Replacing the whole set, under If-Match.
    let replace = |ids: Vec<String>, tag: Option<String>| {
        let mut req = sb
            .http
            .put(sb.api(&format!("/points/{code}/processes")))
            .bearer_auth(&token)
            .json(&json!({"process_ids": ids}));
        if let Some(t) = tag {
            req = req.header(IF_MATCH, t);
        }
        req.send()
    };
    let wanted = vec![bound[0].clone(), bound[1].clone(), unbound.clone()];
    expect_error(
        replace(wanted.clone(), None).await.unwrap(),
        StatusCode::PRECONDITION_REQUIRED,
        "precondition_required",
    )
    .await;
    expect_error(
        replace(wanted.clone(), Some(etag)).await.unwrap(),
        StatusCode::PRECONDITION_FAILED,
        "precondition_failed",
    )
    .await;
    let current = sb
        .get(&token, &format!("/points/{code}/processes"))
        .await
        .headers()[ETAG]
        .to_str()
        .unwrap()
        .to_owned();
    let e = expect_error(
        replace(
            vec![bound[0].clone(), "P99999".into(), foreign],
            Some(current.clone()),
        )
        .await
        .unwrap(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_field",
    )
    .await;
    let fields: Vec<&str> = e["details"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["process_ids[1]", "process_ids[2]"]);
    let r = replace(wanted.clone(), Some(current)).await.unwrap();
    let (status, set) = checked(Method::PUT, r).await;
    assert_eq!(status, StatusCode::OK);
    let mut got: Vec<String> = set["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_owned())
        .collect();
    let mut wanted = wanted;
    got.sort();
    wanted.sort();
    assert_eq!(got, wanted);
    assert_eq!(
        sb.get_json(&token, &format!("/points/{code}")).await["process_count"],
        3
    );

    let admin_only = sb.get_json(&token, "/points?limit=1000").await["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["department_id"] != point["department_id"])
        .unwrap()["code"]
        .as_str()
        .unwrap()
        .to_owned();
    let r = sb
        .http
        .put(sb.api(&format!("/points/{admin_only}/processes/{unbound}")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    expect_error(r, StatusCode::FORBIDDEN, "out_of_scope").await;
}

#[tokio::test]
async fn the_request_counter_counts_by_route_and_status() {
    let sb = Sandbox::start(&["--demo", "20"]);
    let token = sb.token("demo", "demo").await;
    sb.get_json(&token, "/points").await;
    sb.get_json(&token, "/points").await;
    sb.get(&token, "/points/0000000000000").await;
    let stats = sb.stats().await;
    assert_eq!(stats.count("GET", "/api/v1/points"), 2);
    assert_eq!(stats.count("POST", "/api/v1/auth/token"), 1);
    assert!(
        stats
            .routes
            .iter()
            .any(|r| r.route == "/api/v1/points/{code}" && r.status == 404 && r.count == 1)
    );
    assert_eq!(stats.total, 4);
    let r = sb
        .http
        .delete(format!("{}/_sandbox/stats", sb.url))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    assert_eq!(sb.stats().await.total, 0);
}

#[tokio::test]
async fn the_sandbox_clock_moves_forward_only_and_tokens_expire_by_it() {
    let sb = Sandbox::start(&[]);
    let token = sb.token("demo", "demo").await;
    let me = sb.get_json(&token, "/me").await;
    let expires: chrono::DateTime<chrono::Utc> =
        me["token_expires_at"].as_str().unwrap().parse().unwrap();
    assert_eq!(sb.advance_clock(0).await.ahead_secs, 0);
    // Past the token's 900 s: refused as expired, and /me of a new token says when
    // it expires by the sandbox's clock.
    let clock = sb.advance_clock(3600).await;
    assert_eq!(clock.ahead_secs, 3600);
    assert!(clock.now > expires, "{clock:?} {expires}");
    let r = sb.get(&token, "/me").await;
    expect_error(r, StatusCode::UNAUTHORIZED, "token_expired").await;
    let me = sb.get_json(&sb.token("demo", "demo").await, "/me").await;
    let later: chrono::DateTime<chrono::Utc> =
        me["token_expires_at"].as_str().unwrap().parse().unwrap();
    assert!(
        later >= expires + chrono::TimeDelta::seconds(3600),
        "{later}"
    );
    // Never back, never past a hundred years in all; a refused move moves nothing.
    let clock_at = format!("{}/_sandbox/clock", sb.url);
    for (body, field) in [
        (json!({"advance_secs": -5}), "advance_secs"),
        (json!({"advance_secs": 4_000_000_000u64}), "advance_secs"),
        (json!({"advance_secs": 1.5}), "advance_secs"),
        (json!({}), "advance_secs"),
        (json!({"advance_secs": 1, "back": true}), "back"),
    ] {
        let r = sb.http.post(&clock_at).json(&body).send().await.unwrap();
        let e = expect_error(r, StatusCode::UNPROCESSABLE_ENTITY, "invalid_field").await;
        assert_eq!(e["details"][0]["field"], field, "{body}: {e}");
    }
    assert_eq!(sb.advance_clock(0).await.ahead_secs, 3600);
    // Two sign-ins and three reads of /me; the sandbox's own routes are not counted.
    assert_eq!(sb.stats().await.total, 5);
}

#[tokio::test]
async fn fault_flags_do_what_they_say() {
    // Every request fails with a 5xx in the error shape.
    let sb = Sandbox::start(&["--fail-rate", "1"]);
    let mut seen = HashSet::new();
    for _ in 0..30 {
        let r = sb.http.get(sb.api("/ministries")).send().await.unwrap();
        let status = r.status();
        seen.insert(status.as_u16());
        expect_error(r, status, "injected_fault").await;
    }
    assert!(seen.iter().all(|s| [500, 502, 503].contains(s)), "{seen:?}");
    assert!(seen.len() >= 2, "a mix of 500, 502 and 503: {seen:?}");
    drop(sb);

    // A share of requests fails.
    let sb = Sandbox::start(&["--fail-rate", "0.5"]);
    let mut failed = 0;
    for _ in 0..200 {
        if sb
            .http
            .get(sb.api("/openapi.yaml"))
            .send()
            .await
            .unwrap()
            .status()
            .is_server_error()
        {
            failed += 1;
        }
    }
    assert!((60..=140).contains(&failed), "{failed} of 200 failed");
    drop(sb);

    // The connection closes with no answer at all.
    let sb = Sandbox::start(&["--drop-rate", "1"]);
    let err = sb
        .http
        .get(sb.api("/openapi.yaml"))
        .send()
        .await
        .unwrap_err();
    assert!(!err.is_status() && !err.is_timeout(), "{err:?}");
    assert_eq!(sb.stats().await.count("GET", "/api/v1/openapi.yaml"), 1);
    drop(sb);

    // Past N a second: 429 with Retry-After.
    let sb = Sandbox::start(&["--rate-limit", "3"]);
    let mut statuses = Vec::new();
    let mut retry_after = None;
    for _ in 0..6 {
        let r = sb.http.get(sb.api("/openapi.yaml")).send().await.unwrap();
        if r.status() == StatusCode::TOO_MANY_REQUESTS {
            retry_after = r
                .headers()
                .get("retry-after")
                .map(|v| v.to_str().unwrap().to_owned());
            expect_error(r, StatusCode::TOO_MANY_REQUESTS, "rate_limited").await;
            statuses.push(429);
        } else {
            statuses.push(r.status().as_u16());
        }
    }
    assert!(statuses.iter().filter(|s| **s == 200).count() >= 3);
    assert!(statuses.contains(&429), "{statuses:?}");
    assert_eq!(retry_after.as_deref(), Some("1"));
    drop(sb);

    // Every answer waits.
    let sb = Sandbox::start(&["--latency-ms", "300"]);
    let started = Instant::now();
    sb.http.get(sb.api("/openapi.yaml")).send().await.unwrap();
    assert!(started.elapsed() >= Duration::from_millis(300));
}

#[tokio::test]
async fn data_file_persists_and_shutdown_is_clean() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("sandbox.db");
    let file = file.to_str().unwrap();
    let sb = Sandbox::start(&["--demo", "40", "--data", file]);
    let token = sb.token("admin", "admin").await;
    let code = first_code(&sb, &token, "").await;
    let (_, etag) = point_with_etag(&sb, &token, &code).await;
    let r = sb
        .http
        .patch(sb.api(&format!("/points/{code}")))
        .bearer_auth(&token)
        .header(IF_MATCH, etag)
        .json(&json!({"name_en": "Kept across restarts"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let (status, stderr) = sb.terminate();
    assert!(status.success(), "exit status {status:?}, stderr {stderr}");
    assert!(stderr.contains("shutting down"));

    let sb = Sandbox::start(&["--demo", "40", "--data", file]);
    assert!(
        sb.banner.iter().any(|l| l.contains("already holds data")),
        "{:?}",
        sb.banner
    );
    let token = sb.token("admin", "admin").await;
    let point = sb.get_json(&token, &format!("/points/{code}")).await;
    assert_eq!(point["name_en"], "Kept across restarts");
    assert_eq!(
        sb.get_json(&token, "/points?limit=1000").await["items"]
            .as_array()
            .unwrap()
            .len(),
        40
    );
}

#[tokio::test]
async fn demo_data_is_deterministic_and_realistic() {
    let a = Sandbox::start(&["--demo", "60"]);
    let b = Sandbox::start(&["--demo", "60"]);
    let ta = a.token("admin", "admin").await;
    let tb = b.token("admin", "admin").await;
    let pa = a.get_json(&ta, "/points?include=detail&limit=1000").await;
    let pb = b.get_json(&tb, "/points?include=detail&limit=1000").await;
    assert_eq!(pa, pb);
    for p in pa["items"].as_array().unwrap() {
        let (lat, lng) = (p["lat"].as_f64().unwrap(), p["lng"].as_f64().unwrap());
        assert!(
            citizeninfo_api::rules::in_thailand(lat, lng),
            "{lat},{lng} of {}",
            p["code"]
        );
        let hours = p["hours"].as_array().unwrap();
        assert!(hours.iter().any(|h| h["close"] == "12:00"), "a lunch break");
        assert!(
            p["name_th"]
                .as_str()
                .unwrap()
                .chars()
                .any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c))
        );
        assert!(
            p["authorize_code"]
                .as_str()
                .unwrap()
                .parse::<citizeninfo_api::AuthorizeCode>()
                .is_ok()
        );
    }
}

#[test]
fn a_body_that_disagrees_with_the_document_fails_the_test() {
    check_body(
        "GET",
        "/api/v1/me",
        200,
        &json!({"username": "demo", "display_name": "Demo", "kind": "password",
                "scope": {"kind": "all", "id": null, "name_th": null}, "rights": [],
                "token_expires_at": "2025-01-31T08:30:00Z"}),
    );
    let wrong = std::panic::catch_unwind(|| {
        check_body(
            "GET",
            "/api/v1/me",
            200,
            &json!({"username": "demo", "kind": "superuser"}),
        )
    });
    let message = *wrong.unwrap_err().downcast::<String>().unwrap();
    assert!(message.contains("GET /api/v1/me 200"), "{message}");
    assert!(message.contains("display_name"), "{message}");
    assert!(message.contains("/kind"), "{message}");
    let undocumented = std::panic::catch_unwind(|| {
        check_body("GET", "/api/v1/me", 418, &json!({}));
    });
    let message = *undocumented.unwrap_err().downcast::<String>().unwrap();
    assert!(message.contains("does not document"), "{message}");
}

/// Asserts that a rule's Rust check and its schema in the document accept the same
/// values among `samples`.
fn agree(schema: &str, samples: &[String], rust: impl Fn(&str) -> bool) {
    let disagreements: Vec<String> = samples
        .iter()
        .filter(|s| rust(s) != common::schema_accepts(schema, &json!(s)))
        .map(|s| format!("{s:?}: the Rust rule says {}", rust(s)))
        .collect();
    assert!(
        disagreements.is_empty(),
        "{schema}: the pattern and the Rust rule disagree on {disagreements:?}"
    );
}

#[test]
fn field_rules_and_their_patterns_agree() {
    use citizeninfo_api::checks::Checker;
    use citizeninfo_api::provinces::{PROVINCES, is_province};
    use citizeninfo_api::rules::{MAX_ADDRESS_CHARS, MAX_NAME_CHARS, is_search_text, parse_codes};
    use citizeninfo_api::{AuthorizeCode, PointCode, ProcessId, TimeOfDay};

    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    let checked_by = |f: fn(&mut Checker, &str)| {
        move |v: &str| {
            let mut c = Checker::new();
            f(&mut c, v);
            c.finish().is_ok()
        }
    };

    let codes = s(&[
        "0113030601000",
        "113030601000",
        "01130306010001",
        "011303060100a",
        "0113030601000\n",
        "๐113030601000",
        "",
        " 0113030601000",
    ]);
    agree("PointCode", &codes, |v| v.parse::<PointCode>().is_ok());
    agree(
        "AuthorizeCode",
        &s(&[
            "2DBBEA63C543BF4",
            "2dbbea63c543bf4",
            "2DBBEA63C543BF",
            "2DBBEA63C543BFG",
            "",
        ]),
        |v| v.parse::<AuthorizeCode>().is_ok(),
    );
    agree(
        "ProcessId",
        &s(&["P00042", "P0042", "p00042", "P000421", "P0004a", "Q00042"]),
        |v| v.parse::<ProcessId>().is_ok(),
    );
    agree(
        "TimeOfDay",
        &s(&[
            "08:30",
            "8:30",
            "16.30",
            "24:00",
            "24:30",
            "24:01",
            "23:59",
            "00:00",
            "12:60",
            "99:99",
            "08:30\n",
            "0830",
            "+8:30",
            "๐๘:๓๐",
        ]),
        |v| TimeOfDay::from_wire(v).is_ok(),
    );

    let mut texts = s(&[
        "",
        " ",
        "\n",
        "\t",
        "a",
        " a ",
        "a\nb",
        "a\tb",
        "a\rb",
        "\u{1}a",
        "a\u{7f}",
        "a\u{85}",
        "\u{a0}",
        "\u{a0}x",
        "\u{3000}",
        "\u{2028}",
        "\u{feff}",
        "\u{200b}",
        "\u{202E}",
        "a\u{202E}b",
        "\u{202A}a",
        "a\u{202C}",
        "a\u{2066}b\u{2069}",
        "\u{2068}",
        "a\u{200E}b\u{200F}",
        "ก",
        "😀",
        "ที่ว่าการอำเภอบางกรวย",
    ]);
    for n in [
        MAX_NAME_CHARS,
        MAX_NAME_CHARS + 1,
        MAX_ADDRESS_CHARS,
        MAX_ADDRESS_CHARS + 1,
    ] {
        texts.push("ก".repeat(n));
    }
    agree(
        "NameText",
        &texts,
        checked_by(|c, v| c.text("f", v, MAX_NAME_CHARS)),
    );
    agree(
        "AddressText",
        &texts,
        checked_by(|c, v| c.text("f", v, MAX_ADDRESS_CHARS)),
    );

    let mut emails = s(&[
        "saraban@dopa.go.th",
        "saraban@dopa",
        "no at sign",
        "@dopa.go.th",
        "a@b.c",
        "a@b..c",
        "a@.b.c",
        "a@b.c.",
        "a b@c.d",
        "a\u{1}@c.d",
        "a\u{85}@c.d",
        "a\u{a0}@c.d",
        "a@b_c.d",
        "a@b-c.d",
        "a@@b.c",
        "a@b@c.d",
        "ผู้ใช้@ตัวอย่าง.ไทย",
        "a@b.c\u{3000}",
        "a@😀.th",
        "a@b.c\n",
        "a.b+c@d.e",
        "a\u{202E}@b.c",
        "a@b\u{2066}.c",
        "a@b.c\u{2069}",
        "",
    ]);
    emails.push(format!("{}@dopa.go.th", "a".repeat(243)));
    emails.push(format!("{}@dopa.go.th", "a".repeat(244)));
    agree("Email", &emails, checked_by(|c, v| c.email("f", v)));

    let mut telephones = s(&[
        "0 2221 2141 ต่อ 12",
        "+66 2 123 4567",
        "call us",
        "",
        " ",
        "ต่อ",
        "ต่อ1",
        "1ต่อ",
        "ตต่อ่อ1",
        "(02) 123-4567, 089",
        "1\n",
        "๑๒๓",
        "1.2",
    ]);
    telephones.push("1".repeat(64));
    telephones.push("1".repeat(65));
    agree(
        "Telephone",
        &telephones,
        checked_by(|c, v| c.telephone("f", v)),
    );

    agree(
        "SearchText",
        &s(&[
            "", "abc", "\0", "a\nb", "\u{85}", "ก", "\u{9f}", "\u{a0}", "100%",
        ]),
        is_search_text,
    );

    let mut lists = s(&[
        "0113030601000",
        "0113030601000,0113030601001",
        "",
        ",",
        ",0113030601000",
        "0113030601000,",
        "0113030601000,,0113030601001",
        "0113030601000, 0113030601001",
        "12",
    ]);
    lists.push(vec!["0113030601000"; 1000].join(","));
    lists.push(vec!["0113030601000"; 1001].join(","));
    agree("PointCodeList", &lists, |v| parse_codes(v).is_ok());

    let mut provinces: Vec<String> = PROVINCES.iter().map(|p| p.name_th.to_owned()).collect();
    provinces.extend(s(&["Atlantis", "Nonthaburi", "จังหวัดนนทบุรี", "", " นนทบุรี"]));
    agree("Province", &provinces, is_province);
    let documented = common::openapi()["components"]["schemas"]["Province"]["enum"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(documented, 77);
}

/// A point in the demo department, its ETag, and a PATCH sender for it.
async fn editable_point(sb: &Sandbox, token: &str) -> (String, String) {
    let code = first_code(sb, token, "level=service_point").await;
    let (_, etag) = point_with_etag(sb, token, &code).await;
    (code, etag)
}

async fn patch_point(
    sb: &Sandbox,
    token: &str,
    code: &str,
    etag: &str,
    body: &Value,
) -> reqwest::Response {
    sb.http
        .patch(sb.api(&format!("/points/{code}")))
        .bearer_auth(token)
        .header(IF_MATCH, etag)
        .json(body)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn times_of_day_are_exactly_hh_mm_on_the_wire() {
    let sb = Sandbox::start(&["--demo", "30"]);
    let token = sb.token("demo", "demo").await;
    let (code, etag) = editable_point(&sb, &token).await;
    for (open, close, field) in [
        ("8:30", "12:00", "hours[0].open"),
        ("16.30", "17:00", "hours[0].open"),
        ("08:30", "24:30", "hours[0].close"),
    ] {
        let body = json!({"hours": [{"day": "mon", "open": open, "close": close}]});
        assert!(
            !common::schema_accepts("PointPatch", &body),
            "the document refuses {open}-{close}"
        );
        let r = patch_point(&sb, &token, &code, &etag, &body).await;
        let e = expect_error(r, StatusCode::UNPROCESSABLE_ENTITY, "invalid_field").await;
        assert_eq!(e["details"][0]["field"], field, "{open}-{close}: {e}");
    }
    let body = json!({"hours": [{"day": "mon", "open": "20:00", "close": "24:00"}]});
    assert!(common::schema_accepts("PointPatch", &body));
    let r = patch_point(&sb, &token, &code, &etag, &body).await;
    let (status, point) = checked(Method::PATCH, r).await;
    assert_eq!(status, StatusCode::OK, "{point}");
    assert_eq!(
        point["hours"],
        json!([{"day": "mon", "open": "20:00", "close": "24:00"}])
    );
}

#[tokio::test]
async fn control_characters_are_refused_as_the_schemas_state() {
    let sb = Sandbox::start(&["--demo", "30"]);
    let token = sb.token("demo", "demo").await;
    let (code, etag) = editable_point(&sb, &token).await;
    for (body, field) in [
        (json!({"name_th": "ที่ว่าการ\u{1}อำเภอ"}), "name_th"),
        (json!({"name_en": "Office\u{0}"}), "name_en"),
        (json!({"full_name": "a\tb"}), "full_name"),
        (json!({"address_th": "\u{7f}ถนน"}), "address_th"),
        (json!({"email": "sara\u{1}ban@dopa.go.th"}), "email"),
    ] {
        assert!(
            !common::schema_accepts("PointPatch", &body),
            "the document states the rule the service keeps: {body}"
        );
        let r = patch_point(&sb, &token, &code, &etag, &body).await;
        let e = expect_error(r, StatusCode::UNPROCESSABLE_ENTITY, "invalid_field").await;
        assert_eq!(e["details"][0]["field"], field, "{body}: {e}");
    }
    // A newline is text, in names and addresses alike.
    let body = json!({"address_th": "99 ถนนรัตนาธิเบศร์\nอ.เมืองนนทบุรี จ.นนทบุรี 11000"});
    assert!(common::schema_accepts("PointPatch", &body));
    let r = patch_point(&sb, &token, &code, &etag, &body).await;
    assert_eq!(checked(Method::PATCH, r).await.0, StatusCode::OK);
}

#[tokio::test]
async fn provinces_and_e_mail_addresses_follow_their_documented_rules() {
    let sb = Sandbox::start(&["--demo", "30"]);
    let token = sb.token("demo", "demo").await;
    // An unknown province is refused, not answered with an empty page.
    for province in ["Atlantis", "Nonthaburi", "จังหวัดนนทบุรี"] {
        let r = sb
            .get(&token, &format!("/points?province={province}"))
            .await;
        let e = expect_error(r, StatusCode::BAD_REQUEST, "invalid_parameter").await;
        assert_eq!(e["details"][0]["field"], "province", "{e}");
    }
    let listed = sb.get_json(&token, "/points?province=กรุงเทพมหานคร").await;
    assert!(!listed["items"].as_array().unwrap().is_empty());

    let (code, etag) = editable_point(&sb, &token).await;
    for body in [
        json!({"province": "Nonthaburi"}),
        json!({"email": "saraban@dopa"}),
    ] {
        assert!(!common::schema_accepts("PointPatch", &body), "{body}");
        let r = patch_point(&sb, &token, &code, &etag, &body).await;
        expect_error(r, StatusCode::UNPROCESSABLE_ENTITY, "invalid_field").await;
    }
    let body = json!({"province": "นนทบุรี", "email": "ผู้ใช้@ตัวอย่าง.ไทย"});
    assert!(common::schema_accepts("PointPatch", &body));
    let r = patch_point(&sb, &token, &code, &etag, &body).await;
    let (status, point) = checked(Method::PATCH, r).await;
    assert_eq!(status, StatusCode::OK, "{point}");
    assert_eq!(point["province"], "นนทบุรี");
}

#[tokio::test]
async fn lists_of_codes_are_refused_unless_well_formed() {
    let sb = Sandbox::start(&["--demo", "30"]);
    let token = sb.token("demo", "demo").await;
    let code = first_code(&sb, &token, "").await;
    for codes in [
        String::new(),
        format!(",{code}"),
        format!("{code},"),
        format!("{code},,{code}"),
        format!("{code},%20{code}"),
    ] {
        let r = sb.get(&token, &format!("/points?codes={codes}")).await;
        let e = expect_error(r, StatusCode::BAD_REQUEST, "invalid_parameter").await;
        assert_eq!(e["details"][0]["field"], "codes", "codes={codes}: {e}");
    }
    let named = sb
        .get_json(&token, &format!("/points?codes={code},{code}"))
        .await;
    assert_eq!(named["items"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn free_text_with_a_control_character_is_refused() {
    let sb = Sandbox::start(&["--demo", "30"]);
    let token = sb.token("demo", "demo").await;
    for path in [
        "/points?q=%00",
        "/points?q=a%0Ab",
        "/processes?q=%00",
        "/processes?q=%1F",
    ] {
        let e = expect_error(
            sb.get(&token, path).await,
            StatusCode::BAD_REQUEST,
            "invalid_parameter",
        )
        .await;
        assert_eq!(e["details"][0]["field"], "q", "{path}: {e}");
    }
    let all = sb.get_json(&token, "/points?q=%20").await;
    assert_eq!(
        all["items"].as_array().unwrap().len(),
        30,
        "blank is no filter"
    );
}

#[tokio::test]
async fn starting_a_device_sign_in_needs_no_body() {
    let sb = Sandbox::start(&["--demo", "20"]);
    let r = sb
        .http
        .post(format!("{}/_oidc/device_authorization", sb.url))
        .send()
        .await
        .unwrap();
    let (status, d) = checked(Method::POST, r).await;
    assert_eq!(status, StatusCode::OK, "{d}");
    assert!(d["device_code"].as_str().is_some_and(|c| !c.is_empty()));
    let r = sb
        .http
        .post(format!("{}/_oidc/device_authorization", sb.url))
        .header("content-type", "application/x-www-form-urlencoded")
        .send()
        .await
        .unwrap();
    assert_eq!(checked(Method::POST, r).await.0, StatusCode::OK);
    // A body of another type is still refused.
    let r = sb
        .http
        .post(format!("{}/_oidc/device_authorization", sb.url))
        .json(&json!({"client_id": "tests"}))
        .send()
        .await
        .unwrap();
    expect_error(
        r,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "unsupported_media_type",
    )
    .await;
    let r = sb
        .http
        .post(format!("{}/_oidc/device_authorization", sb.url))
        .body("client_id=tests")
        .send()
        .await
        .unwrap();
    expect_error(
        r,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "unsupported_media_type",
    )
    .await;
}

#[tokio::test]
async fn a_photo_upload_that_is_not_multipart_is_415() {
    let sb = Sandbox::start(&["--demo", "20"]);
    let token = sb.token("demo", "demo").await;
    let code = first_code(&sb, &token, "").await;
    let url = sb.api(&format!("/points/{code}/photos"));
    let r = sb
        .http
        .post(&url)
        .bearer_auth(&token)
        .header("content-type", "image/png")
        .body(PNG.to_vec())
        .send()
        .await
        .unwrap();
    expect_error(
        r,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "unsupported_media_type",
    )
    .await;
    let r = sb
        .http
        .post(&url)
        .bearer_auth(&token)
        .json(&json!({"photo": "iVBORw0KGgo="}))
        .send()
        .await
        .unwrap();
    expect_error(
        r,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "unsupported_media_type",
    )
    .await;
    // A multipart body that cannot be read is still 400.
    let r = sb
        .http
        .post(&url)
        .bearer_auth(&token)
        .header("content-type", "multipart/form-data; boundary=xyz")
        .body("not multipart at all")
        .send()
        .await
        .unwrap();
    expect_error(r, StatusCode::BAD_REQUEST, "invalid_multipart").await;
}

async fn upload_png(sb: &Sandbox, token: &str, code: &str) -> Value {
    let part = reqwest::multipart::Part::bytes(PNG.to_vec())
        .file_name("photo.png")
        .mime_str("image/png")
        .unwrap();
    let r = sb
        .http
        .post(sb.api(&format!("/points/{code}/photos")))
        .bearer_auth(token)
        .multipart(reqwest::multipart::Form::new().part("photo", part))
        .send()
        .await
        .unwrap();
    let (status, photo) = checked(Method::POST, r).await;
    assert_eq!(status, StatusCode::CREATED, "{photo}");
    photo
}

async fn delete_photo(sb: &Sandbox, token: &str, photo: &Value) {
    let url = format!("{}{}", sb.url, photo["url"].as_str().unwrap());
    let r = sb
        .http
        .delete(&url)
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
}

async fn photo_is_gone(sb: &Sandbox, token: &str, photo: &Value) {
    let url = format!("{}{}", sb.url, photo["url"].as_str().unwrap());
    let r = sb.http.get(&url).bearer_auth(token).send().await.unwrap();
    expect_error(r, StatusCode::NOT_FOUND, "photo_not_found").await;
}

#[tokio::test]
async fn photo_ids_are_never_reused_even_across_restarts() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("sandbox.db");
    let file = file.to_str().unwrap();
    let sb = Sandbox::start(&["--demo", "20", "--data", file]);
    let token = sb.token("demo", "demo").await;
    let code = first_code(&sb, &token, "").await;
    let first = upload_png(&sb, &token, &code).await;
    delete_photo(&sb, &token, &first).await;
    let second = upload_png(&sb, &token, &code).await;
    assert_ne!(
        second["id"], first["id"],
        "a removed photo's id is not given again"
    );
    photo_is_gone(&sb, &token, &first).await;
    delete_photo(&sb, &token, &second).await;
    let (status, stderr) = sb.terminate();
    assert!(status.success(), "{stderr}");

    let sb = Sandbox::start(&["--demo", "20", "--data", file]);
    let token = sb.token("demo", "demo").await;
    let third = upload_png(&sb, &token, &code).await;
    assert!(
        third["id"].as_u64() > second["id"].as_u64(),
        "{third} after {second}"
    );
    photo_is_gone(&sb, &token, &first).await;
    photo_is_gone(&sb, &token, &second).await;
}

#[tokio::test]
async fn a_database_file_from_before_keeps_photo_ids_unique() {
    // A file whose photos table was made the old way, with plain rowids.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("older.db");
    let conn = rusqlite::Connection::open(&file).unwrap();
    conn.execute_batch(
        "CREATE TABLE photos (id INTEGER PRIMARY KEY, code TEXT NOT NULL, \
         content_type TEXT NOT NULL, size INTEGER NOT NULL, data BLOB NOT NULL, \
         uploaded_at TEXT NOT NULL);",
    )
    .unwrap();
    drop(conn);
    let sb = Sandbox::start(&["--demo", "20", "--data", file.to_str().unwrap()]);
    let token = sb.token("demo", "demo").await;
    let code = first_code(&sb, &token, "").await;
    let first = upload_png(&sb, &token, &code).await;
    delete_photo(&sb, &token, &first).await;
    let second = upload_png(&sb, &token, &code).await;
    assert_ne!(second["id"], first["id"]);
    photo_is_gone(&sb, &token, &first).await;
}

#[tokio::test]
async fn an_edit_changes_fields_status_and_bound_set_together_or_not_at_all() {
    let sb = Sandbox::start(&["--demo", "100"]);
    let token = sb.token("demo", "demo").await;
    let (code, etag) = editable_point(&sb, &token).await;
    let (point, _) = point_with_etag(&sb, &token, &code).await;
    let bound = point["process_ids"].as_array().unwrap().clone();
    assert!(bound.len() > 1, "{point}");
    let fewer = &bound[..bound.len() - 1];
    let set_version = point["bindings_version"].as_u64().unwrap();
    let unchanged = |why: &'static str| {
        let (sb, token, code, point, etag) = (&sb, &token, &code, &point, &etag);
        async move {
            let (now, now_etag) = point_with_etag(sb, token, code).await;
            assert_eq!(&now, point, "{why}: nothing changed");
            assert_eq!(&now_etag, etag, "{why}");
        }
    };

    // The set moved on since it was read: 412, and the fields and status stay too.
    let r = patch_point(
        &sb,
        &token,
        &code,
        &etag,
        &json!({
            "name_en": "Together",
            "status": "hidden",
            "processes": {"process_ids": fewer, "version": set_version + 1},
        }),
    )
    .await;
    expect_error(r, StatusCode::PRECONDITION_FAILED, "precondition_failed").await;
    unchanged("an old set version").await;

    // A process that does not exist: 422 naming it, and nothing else changes.
    let r = patch_point(
        &sb,
        &token,
        &code,
        &etag,
        &json!({
            "name_en": "Together",
            "processes": {"process_ids": ["P99999"], "version": set_version},
        }),
    )
    .await;
    let body = expect_error(r, StatusCode::UNPROCESSABLE_ENTITY, "invalid_field").await;
    assert_eq!(
        body["details"][0]["field"], "processes.process_ids[0]",
        "{body}"
    );
    unchanged("an unknown process").await;

    // At the versions read: all three in one answer, the point one version on.
    let r = patch_point(
        &sb,
        &token,
        &code,
        &etag,
        &json!({
            "name_en": "Together",
            "status": "hidden",
            "processes": {"process_ids": fewer, "version": set_version},
        }),
    )
    .await;
    let (status, after) = checked(Method::PATCH, r).await;
    assert_eq!(status, StatusCode::OK, "{after}");
    assert_eq!(after["name_en"], "Together");
    assert_eq!(after["status"], "hidden");
    assert_eq!(after["process_ids"].as_array().unwrap(), fewer);
    assert_eq!(after["version"], point["version"].as_u64().unwrap() + 1);
    assert_eq!(after["bindings_version"], set_version + 1);
}

#[tokio::test]
async fn a_set_sent_with_a_move_is_checked_where_the_point_goes() {
    let sb = Sandbox::start(&["--demo", "300"]);
    let token = sb.token("admin", "admin").await;
    let point = first_code(&sb, &token, "department=1401&level=service_point").await;
    let (before, etag) = point_with_etag(&sb, &token, &point).await;
    // A unit of another ministry, and a process only its department may bind.
    let units = sb.get_json(&token, "/points?limit=1000").await;
    let elsewhere = units["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["ministry_id"] != before["ministry_id"])
        .expect("a unit of another ministry");
    let department = elsewhere["department_id"].as_str().unwrap();
    let processes = sb
        .get_json(
            &token,
            &format!("/processes?department={department}&limit=1000"),
        )
        .await;
    let own = processes["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["open_to"] == "department")
        .expect("a process of that department alone")["id"]
        .clone();
    // Where the point is now it may not bind that process; where it goes, it may.
    let r = patch_point(
        &sb,
        &token,
        &point,
        &etag,
        &json!({
            "processes": {"process_ids": [own], "version": before["bindings_version"]},
        }),
    )
    .await;
    expect_error(r, StatusCode::UNPROCESSABLE_ENTITY, "invalid_field").await;
    let r = patch_point(
        &sb,
        &token,
        &point,
        &etag,
        &json!({
            "parent_code": elsewhere["code"],
            "processes": {"process_ids": [own], "version": before["bindings_version"]},
        }),
    )
    .await;
    let (status, after) = checked(Method::PATCH, r).await;
    assert_eq!(status, StatusCode::OK, "{after}");
    assert_eq!(after["department_id"], department);
    assert_eq!(after["process_ids"], json!([own]));
}

#[tokio::test]
async fn the_service_names_its_openid_issuer_and_a_sandbox_trusting_another_is_none() {
    let issuer = Sandbox::start(&[]);
    let r = issuer
        .http
        .get(issuer.api("/auth/openid"))
        .send()
        .await
        .unwrap();
    let (status, named) = checked(Method::GET, r).await;
    assert_eq!(status, StatusCode::OK);
    let url = format!("{}/_oidc", issuer.url);
    assert_eq!(
        named,
        json!({"issuer": url, "client_id": "citizeninfo-cli"})
    );
    let r = issuer
        .http
        .get(format!("{url}/.well-known/openid-configuration"))
        .send()
        .await
        .unwrap();
    let (_, discovery) = checked(Method::GET, r).await;
    assert_eq!(discovery["issuer"], url);
    assert_eq!(
        discovery["code_challenge_methods_supported"],
        json!(["S256"])
    );

    let trusting = Sandbox::start(&["--oidc-issuer", &url, "--oidc-audience", "backoffice"]);
    let r = trusting
        .http
        .get(trusting.api("/auth/openid"))
        .send()
        .await
        .unwrap();
    let (_, named) = checked(Method::GET, r).await;
    assert_eq!(named, json!({"issuer": url, "client_id": "backoffice"}));
    let r = trusting
        .http
        .get(format!("{}/_oidc/jwks", trusting.url))
        .send()
        .await
        .unwrap();
    expect_error(r, StatusCode::NOT_FOUND, "no_such_route").await;
    // An ID token of another issuer is refused there.
    let id_token = {
        let with_approval = Sandbox::start(&["--openid-auto-approve"]);
        with_approval.id_token().await
    };
    let r = trusting.exchange(&id_token).await;
    expect_error(r, StatusCode::BAD_REQUEST, "invalid_grant").await;
}

/// The names a documented form or query of `method path` declares.
fn declared(method: &str, path: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let op = &common::openapi()["paths"][path][method];
    let query: BTreeSet<String> = op["parameters"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|p| p["in"] == "query")
        .filter_map(|p| p["name"].as_str().map(str::to_owned))
        .collect();
    let form = &op["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"];
    let fields = form["properties"]
        .as_object()
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default();
    (query, fields)
}

#[tokio::test]
async fn the_issuers_routes_document_their_parameters_and_forms_and_answer_oauth_errors() {
    let names = |list: &[&str]| {
        list.iter()
            .map(|s| (*s).to_owned())
            .collect::<BTreeSet<_>>()
    };
    let request = [
        "response_type",
        "client_id",
        "redirect_uri",
        "scope",
        "state",
        "nonce",
        "code_challenge",
        "code_challenge_method",
    ];
    assert_eq!(declared("get", "/_oidc/authorize").0, names(&request));
    let mut form = request.to_vec();
    form.extend(["username", "password", "action"]);
    assert_eq!(declared("post", "/_oidc/authorize").1, names(&form));
    assert_eq!(
        declared("post", "/_oidc/token").1,
        names(&[
            "grant_type",
            "code",
            "redirect_uri",
            "code_verifier",
            "device_code",
            "client_id"
        ])
    );
    assert_eq!(
        common::openapi()["paths"]["/_oidc/token"]["post"]["requestBody"]["content"]["application/x-www-form-urlencoded"]
            ["schema"]["required"],
        json!(["grant_type"])
    );

    // No grant_type: the OAuth error shape (RFC 6749 §5.2), in the service's words.
    let sb = Sandbox::start(&[]);
    for form in [vec![("code", "x")], vec![]] {
        let r = sb
            .http
            .post(format!("{}/_oidc/token", sb.url))
            .form(&form)
            .send()
            .await
            .unwrap();
        let body = expect_error(r, StatusCode::BAD_REQUEST, "invalid_request").await;
        let says = body["error_description"].as_str().unwrap();
        assert!(
            says.contains("grant_type") && !says.contains("missing field"),
            "{says}"
        );
    }
}
