//! The CI examples in `examples/ci/` run what they say: the `citizeninfo` command
//! lines of each file, read from the file, run against a sandbox with the token in
//! `CITIZENINFO_TOKEN` and manifests split by department, find no drift, find the
//! drift a change on the service makes (exit 3, and the job's message), and apply
//! the manifests back.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails loudly on what it did not expect"
)]

use citizeninfo_testkit as common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{Cli, Run, Sandbox, bin, run, s};
use serde_json::Value;

fn example(name: &str) -> (PathBuf, Value) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples/ci")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap();
    let value = serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
    (path, value)
}

/// A CI job as the test reads it: when it runs, and the shell scripts it runs.
struct Job {
    name: String,
    when: String,
    scripts: Vec<String>,
}

impl Job {
    /// The `citizeninfo` command lines of its scripts, as argv (no quoting in them).
    fn commands(&self) -> Vec<Vec<String>> {
        self.scripts
            .iter()
            .flat_map(|s| s.lines())
            .map(str::trim)
            .filter(|l| l.starts_with("citizeninfo "))
            .map(|l| l.split_whitespace().map(str::to_owned).collect())
            .collect()
    }
}

fn github_jobs(doc: &Value) -> Vec<Job> {
    doc["jobs"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(name, job)| Job {
            name: name.clone(),
            when: job["if"].as_str().unwrap_or_default().to_owned(),
            scripts: job["steps"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|step| step["run"].as_str().map(str::to_owned))
                .collect(),
        })
        .collect()
}

fn gitlab_jobs(doc: &Value) -> Vec<Job> {
    doc.as_object()
        .unwrap()
        .iter()
        .filter(|(name, job)| !name.starts_with('.') && job.get("script").is_some())
        .map(|(name, job)| {
            let templates = job["extends"].as_str().map(|t| &doc[t]);
            let lines = |v: &Value| -> Vec<String> {
                v.as_array()
                    .map(|a| {
                        a.iter()
                            .filter_map(|l| l.as_str().map(str::to_owned))
                            .collect()
                    })
                    .unwrap_or_default()
            };
            let mut scripts = templates
                .map(|t| lines(&t["before_script"]))
                .unwrap_or_default();
            scripts.extend(lines(&job["script"]));
            Job {
                name: name.clone(),
                when: job["rules"].to_string(),
                scripts,
            }
        })
        .collect()
}

/// The one job whose condition mentions `when`.
fn job<'a>(jobs: &'a [Job], when: &str) -> &'a Job {
    let found: Vec<&Job> = jobs.iter().filter(|j| j.when.contains(when)).collect();
    assert_eq!(found.len(), 1, "one job runs on {when}");
    found[0]
}

/// Runs one command line of a CI file, as its job would: in the repository's
/// folder, with the token and address in the environment and no saved sign-in.
fn ci(sb: &Sandbox, token: &str, repo: &Path, argv: &[String]) -> Run {
    assert_eq!(argv[0], "citizeninfo");
    let settings = tempfile::tempdir().unwrap();
    let mut c = Command::new(bin("citizeninfo"));
    c.args(&argv[1..])
        .current_dir(repo)
        .env("CITIZENINFO_URL", &sb.url)
        .env("CITIZENINFO_TOKEN", token)
        .env("CITIZENINFO_CONFIG_DIR", settings.path())
        .env("CI", "true")
        .env("NO_COLOR", "1")
        .env_remove("CITIZENINFO_PROFILE");
    run(c, "")
}

/// Runs a job's script in bash, as the CI runner would, with `citizeninfo` on the
/// PATH.
fn script(sb: &Sandbox, token: &str, repo: &Path, text: &str) -> std::process::Output {
    let tool_dir = bin("citizeninfo").parent().unwrap().to_path_buf();
    let path = std::env::join_paths(
        std::iter::once(tool_dir).chain(std::env::split_paths(&std::env::var_os("PATH").unwrap())),
    )
    .unwrap();
    let settings = tempfile::tempdir().unwrap();
    Command::new("bash")
        .args(["--noprofile", "--norc", "-eo", "pipefail", "-c", text])
        .current_dir(repo)
        .env("PATH", path)
        .env("CITIZENINFO_URL", &sb.url)
        .env("CITIZENINFO_TOKEN", token)
        .env("CITIZENINFO_CONFIG_DIR", settings.path())
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

#[tokio::test]
async fn the_ci_examples_find_no_drift_then_the_drift_of_a_change_and_apply_it_back() {
    let (github_path, github) = example("github-actions.yml");
    let (gitlab_path, gitlab) = example("gitlab-ci.yml");
    // What the files declare around the commands.
    assert!(
        github["on"]["schedule"].is_array(),
        "{}",
        github_path.display()
    );
    assert_eq!(github["on"]["push"]["branches"][0], "main");
    assert_eq!(
        github["env"]["CITIZENINFO_TOKEN"],
        "${{ secrets.CITIZENINFO_TOKEN }}"
    );
    assert_eq!(
        github["env"]["CITIZENINFO_URL"],
        "${{ vars.CITIZENINFO_URL }}"
    );
    let files = [
        (
            github_path,
            github_jobs(&github),
            "schedule",
            "refs/heads/main",
        ),
        (
            gitlab_path,
            gitlab_jobs(&gitlab),
            "schedule",
            "$CI_DEFAULT_BRANCH",
        ),
    ];

    let sb = Sandbox::start(&["--demo", "300"]);
    let token = sb.token("admin", "admin").await;
    let colleague = Cli::new(&sb);
    colleague.login("admin");
    for (path, jobs, nightly, main) in &files {
        let file = path.display();
        let drift = job(jobs, nightly);
        let apply = job(jobs, main);
        let diff_lines = drift.commands();
        let apply_lines = apply.commands();
        assert_eq!(
            diff_lines,
            [["citizeninfo", "diff", "--exit-code", "-f", "manifests/"]],
            "{file}: job {}",
            drift.name
        );
        assert_eq!(
            apply_lines,
            [["citizeninfo", "apply", "--yes", "-f", "manifests/"]],
            "{file}: job {}",
            apply.name
        );

        // The repository: manifests split by department, as `dump` writes them.
        let repo = tempfile::tempdir().unwrap();
        let manifests = repo.path().join("manifests");
        std::fs::create_dir(&manifests).unwrap();
        for d in ["1401", "1402"] {
            let out = manifests.join(format!("{d}.yaml"));
            let r = colleague.run(&["dump", "--department", d, "-O", s(&out)]);
            assert_eq!(r.code, 0, "{}", r.transcript());
        }

        let r = ci(&sb, &token, repo.path(), &diff_lines[0]);
        assert_eq!(r.code, 0, "{file}: no drift: {}", r.transcript());

        // Someone changes a point outside review: the nightly job fails, saying so.
        let r = colleague.run(&[
            "points",
            "edit",
            "1402010000004",
            "--telephone",
            "0 2999 9999",
        ]);
        assert_eq!(r.code, 0, "{}", r.transcript());
        let r = ci(&sb, &token, repo.path(), &diff_lines[0]);
        assert_eq!(r.code, 3, "{file}: drift: {}", r.transcript());
        assert!(r.stdout.contains("1402010000004"), "{}", r.stdout);
        let drift_script = drift
            .scripts
            .iter()
            .find(|s| s.contains("citizeninfo diff"))
            .unwrap();
        let out = script(&sb, &token, repo.path(), drift_script);
        let said = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(3), "{file}: {said}");
        assert!(
            said.contains("registry differs from manifests/"),
            "{file}: {said}"
        );

        // The main branch's job applies the manifests, which undoes the change.
        let r = ci(&sb, &token, repo.path(), &apply_lines[0]);
        assert_eq!(r.code, 0, "{file}: apply: {}", r.transcript());
        let r = ci(&sb, &token, repo.path(), &diff_lines[0]);
        assert_eq!(
            r.code,
            0,
            "{file}: back as the manifests say: {}",
            r.transcript()
        );
    }
}
