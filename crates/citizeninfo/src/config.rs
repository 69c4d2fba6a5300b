//! Where the tool keeps its settings and credentials, resolved once from flags,
//! environment and files before a command runs.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::{Deserialize, Serialize};

use crate::exit::Failure;
use citizeninfo_client::{Authorities, Credentials, Transport, Url};

/// The address used when neither a flag, the environment nor the profile names one:
/// a sandbox started with its defaults.
pub const DEFAULT_URL: &str = "http://127.0.0.1:8787";

/// The settings file (`config.yaml`): one entry per profile.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    /// Profiles by name.
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

/// One back office or account.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// The service's address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The OpenID Connect issuer `login --openid` signs in at.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub openid_issuer: Option<String>,
    /// The public client id to sign in there as.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub openid_client_id: Option<String>,
}

/// Where the credentials in use came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CredentialSource {
    /// `CITIZENINFO_TOKEN`.
    Environment,
    /// The profile's credentials file.
    File(PathBuf),
}

/// Everything a command needs to know about where it works.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The profile's name.
    pub profile: String,
    /// The service's address.
    pub url: String,
    /// The folder of `config.yaml` and `credentials/`.
    pub dir: PathBuf,
    /// A token from the environment, used before any file.
    pub env_token: Option<String>,
    /// How the service is reached: time limits, certificate authorities, plain http.
    pub transport: Transport,
    /// The profile's OpenID issuer and client id, as `login --openid` saved them.
    pub openid: (Option<String>, Option<String>),
}

/// The flags (or their environment variables) that say how the service is reached.
#[derive(Debug, Clone, Copy, Default)]
pub struct TransportFlags<'a> {
    /// `--timeout`: seconds a try may take.
    pub timeout: Option<u64>,
    /// `--ca-cert`: a PEM file of certificate authorities.
    pub ca_cert: Option<&'a Path>,
    /// `--insecure-http`.
    pub insecure_http: bool,
}

impl TransportFlags<'_> {
    /// The transport they say, the authorities' file read and checked.
    pub fn resolve(&self) -> anyhow::Result<Transport> {
        let defaults = Transport::default();
        let authorities = match self.ca_cert {
            None => None,
            Some(path) => Some(read_authorities(path)?),
        };
        Ok(Transport {
            timeout: self
                .timeout
                .map_or(defaults.timeout, std::time::Duration::from_secs),
            authorities,
            insecure_http: self.insecure_http,
        })
    }
}

/// The certificate authorities of a PEM file; a file that cannot be read or holds
/// no usable certificate is a usage error naming it.
fn read_authorities(path: &Path) -> anyhow::Result<Authorities> {
    let hint = "give the PEM file of your agency's certificate authority, e.g. --ca-cert /etc/ssl/certs/agency-ca.pem";
    let bytes = fs::read(path).map_err(|e| {
        Failure::usage(
            format!(
                "could not read the certificate authority file {} (--ca-cert or CITIZENINFO_CA_CERT): {e}",
                path.display()
            ),
            hint,
        )
    })?;
    Authorities::from_pem(&bytes).map_err(|e| {
        Failure::usage(
            format!(
                "the certificate authority file {} (--ca-cert or CITIZENINFO_CA_CERT) cannot be used: {e}",
                path.display()
            ),
            hint,
        )
        .into()
    })
}

/// The seconds `--timeout` (and `CITIZENINFO_TIMEOUT`) may say.
pub const TIMEOUT_SECS: std::ops::RangeInclusive<u64> = 1..=3600;

/// A flag's value, else its environment variable's (empty counts as unset), read
/// by `parse`; a variable that is not text or not valid is a usage error naming it.
fn flag_or_env<T>(
    flag: Option<T>,
    var: &str,
    parse: impl Fn(&str) -> Result<T, String>,
) -> anyhow::Result<Option<T>> {
    if flag.is_some() {
        return Ok(flag);
    }
    let Some(raw) = std::env::var_os(var) else {
        return Ok(None);
    };
    let bad = |why: String| {
        Failure::usage(
            format!("{var}{why}"),
            format!("fix or unset {var} (the flag it stands for wins over it)"),
        )
    };
    let text = raw
        .into_string()
        .map_err(|_| bad(" is not text".to_owned()))?;
    if text.is_empty() {
        return Ok(None);
    }
    parse(&text)
        .map(Some)
        .map_err(|why| bad(format!("={} {why}", citizeninfo_api::rules::excerpt(&text))).into())
}

/// Seconds for a try, as `--timeout` takes them.
fn timeout_secs(text: &str) -> Result<u64, String> {
    text.trim()
        .parse::<u64>()
        .ok()
        .filter(|n| TIMEOUT_SECS.contains(n))
        .ok_or_else(|| {
            format!(
                "is not a number of seconds from {} to {}",
                TIMEOUT_SECS.start(),
                TIMEOUT_SECS.end()
            )
        })
}

/// A yes or no, as environment switches are written (`1`, `true`, `yes`, `on`, or
/// `0`, `false`, `no`, `off`).
fn switch(text: &str) -> Result<bool, String> {
    match text.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Ok(true),
        "0" | "false" | "no" | "off" => Ok(false),
        _ => Err("is not a yes or no: write 1 or 0".to_owned()),
    }
}

impl Settings {
    /// Resolves the settings: flag, then environment variable, then the profile in
    /// `config.yaml`, then the default.
    pub fn resolve(
        profile: Option<&str>,
        url: Option<&str>,
        dir: Option<&Path>,
        transport: TransportFlags<'_>,
    ) -> anyhow::Result<Settings> {
        let profile = flag_or_env(profile.map(str::to_owned), "CITIZENINFO_PROFILE", |s| {
            Ok(s.to_owned())
        })?
        .unwrap_or_else(|| "default".to_owned());
        let profile = profile.as_str();
        let url_given = flag_or_env(url.map(str::to_owned), "CITIZENINFO_URL", |s| {
            Ok(s.to_owned())
        })?;
        let url = url_given.as_deref();
        let dir = flag_or_env(dir.map(Path::to_path_buf), "CITIZENINFO_CONFIG_DIR", |s| {
            Ok(PathBuf::from(s))
        })?;
        let ca_cert = flag_or_env(
            transport.ca_cert.map(Path::to_path_buf),
            "CITIZENINFO_CA_CERT",
            |s| Ok(PathBuf::from(s)),
        )?;
        let transport = TransportFlags {
            timeout: flag_or_env(transport.timeout, "CITIZENINFO_TIMEOUT", timeout_secs)?,
            ca_cert: ca_cert.as_deref(),
            insecure_http: transport.insecure_http
                || flag_or_env(None, "CITIZENINFO_INSECURE_HTTP", switch)?.unwrap_or(false),
        };
        let dir = match dir {
            Some(d) => d.to_path_buf(),
            None => crate::platform::System::THIS
                .settings_folder(|v| std::env::var_os(v), dirs::config_dir())
                .ok_or_else(|| {
                    Failure::usage(
                        "could not find a folder for settings: this system names no config folder",
                        "set CITIZENINFO_CONFIG_DIR to a folder the tool may write",
                    )
                })?,
        };
        if profile.is_empty()
            || !profile
                .chars()
                .all(|c| c.is_alphanumeric() || "-_.".contains(c))
        {
            return Err(Failure::usage(
                format!(
                    "{} is not a profile name: use letters, digits, '-', '_' or '.'",
                    citizeninfo_api::rules::excerpt(profile)
                ),
                "for example --profile staging",
            )
            .into());
        }
        let config = read_config(&dir)?;
        let openid = config
            .profiles
            .get(profile)
            .map(|p| (p.openid_issuer.clone(), p.openid_client_id.clone()))
            .unwrap_or_default();
        let url = url
            .map(str::to_owned)
            .or_else(|| config.profiles.get(profile).and_then(|p| p.url.clone()))
            .unwrap_or_else(|| DEFAULT_URL.to_owned());
        check_url(&url, transport.insecure_http)?;
        let transport = transport.resolve()?;
        let env_token = std::env::var("CITIZENINFO_TOKEN")
            .ok()
            .filter(|t| !t.trim().is_empty());
        Ok(Settings {
            profile: profile.to_owned(),
            url: url.trim_end_matches('/').to_owned(),
            dir,
            env_token,
            transport,
            openid,
        })
    }

    /// The profile's credentials file.
    pub fn credentials_path(&self) -> PathBuf {
        self.dir
            .join("credentials")
            .join(format!("{}.json", self.profile))
    }

    /// The credentials to send, and where they came from.
    pub fn credentials(&self) -> anyhow::Result<Option<(Credentials, CredentialSource)>> {
        if let Some(token) = &self.env_token {
            let c = Credentials {
                access_token: token.trim().to_owned(),
                refresh_token: None,
                expires_at: None,
                username: None,
            };
            return Ok(Some((c, CredentialSource::Environment)));
        }
        Ok(self
            .saved_credentials(false)?
            .map(|c| (c, CredentialSource::File(self.credentials_path()))))
    }

    /// The credentials saved for this profile and address, if any. A file or folder
    /// that others may read is refused, as ssh refuses such a key: a token in it may
    /// already have been copied; unless `even_if_exposed`, to revoke them.
    pub fn saved_credentials(&self, even_if_exposed: bool) -> anyhow::Result<Option<Credentials>> {
        let path = self.credentials_path();
        let text = match fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e).with_context(|| format!("could not read {}", path.display())),
        };
        if !even_if_exposed {
            if let Some(folder) = path.parent() {
                check_private(folder, 0o700)?;
            }
            check_private(&path, 0o600)?;
        }
        let stored: StoredCredentials = serde_json::from_str(&text).map_err(|e| {
            Failure::auth(
                format!("the credentials file {} is damaged: {e}", path.display()),
                "sign in again with `citizeninfo login`",
            )
        })?;
        if stored.url != self.url {
            return Ok(None);
        }
        Ok(Some(stored.credentials))
    }

    /// Saves credentials for this profile and address: 0600 in a 0700 folder,
    /// written to a temporary file and renamed into place.
    pub fn save_credentials(&self, c: &Credentials) -> anyhow::Result<()> {
        let stored = StoredCredentials {
            url: self.url.clone(),
            credentials: c.clone(),
        };
        let text = serde_json::to_string_pretty(&stored)?;
        write_private(&self.credentials_path(), text.as_bytes())
    }

    /// Forgets this profile's credentials; false when there were none.
    pub fn forget_credentials(&self) -> anyhow::Result<bool> {
        let path = self.credentials_path();
        match fs::remove_file(&path) {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(e).with_context(|| format!("could not remove {}", path.display())),
        }
    }

    /// Remembers the address for this profile in `config.yaml`.
    pub fn remember_url(&self) -> anyhow::Result<()> {
        let mut config = read_config(&self.dir)?;
        let entry = config.profiles.entry(self.profile.clone()).or_default();
        if entry.url.as_deref() == Some(self.url.as_str()) {
            return Ok(());
        }
        entry.url = Some(self.url.clone());
        let text = serde_saphyr::to_string(&config)?;
        write_private(&self.dir.join("config.yaml"), text.as_bytes())
    }
}

impl Settings {
    /// Remembers the OpenID issuer and client id for this profile in `config.yaml`.
    pub fn remember_openid(&self, issuer: &str, client_id: &str) -> anyhow::Result<()> {
        let mut config = read_config(&self.dir)?;
        let entry = config.profiles.entry(self.profile.clone()).or_default();
        if entry.openid_issuer.as_deref() == Some(issuer)
            && entry.openid_client_id.as_deref() == Some(client_id)
        {
            return Ok(());
        }
        entry.openid_issuer = Some(issuer.to_owned());
        entry.openid_client_id = Some(client_id.to_owned());
        let text = serde_saphyr::to_string(&config)?;
        write_private(&self.dir.join("config.yaml"), text.as_bytes())
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct StoredCredentials {
    url: String,
    #[serde(flatten)]
    credentials: Credentials,
}

/// Checks a service address before anything is sent: `http://` or `https://` and a
/// host; plain `http://` only to this computer unless `insecure_http`.
fn check_url(url: &str, insecure_http: bool) -> anyhow::Result<()> {
    let parsed = Url::parse(url)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https"))
        .filter(|u| u.host_str().is_some_and(|h| !h.is_empty()));
    let Some(parsed) = parsed else {
        return Err(Failure::usage(
            format!("\"{url}\" is not a service address: it must start with http:// or https://"),
            "for example --url https://backoffice.example.go.th",
        )
        .into());
    };
    if !insecure_http && !citizeninfo_client::plain_http_allowed(&parsed) {
        return Err(Failure::usage(
            format!(
                "\"{url}\" is plain http:// to another computer: passwords and tokens would cross the network unencrypted, so plain http:// is only for this computer (localhost, 127.0.0.0/8, [::1])"
            ),
            "use the https:// address, or pass --insecure-http (CITIZENINFO_INSECURE_HTTP=1) if you accept that risk",
        )
        .into());
    }
    Ok(())
}

fn read_config(dir: &Path) -> anyhow::Result<ConfigFile> {
    let path = dir.join("config.yaml");
    match fs::read_to_string(&path) {
        Ok(text) if text.trim().is_empty() => Ok(ConfigFile::default()),
        Ok(text) => serde_saphyr::from_str(&text).map_err(|e| {
            Failure::invalid(
                format!("{} is not a valid settings file: {e}", path.display()),
                "fix or remove the file; `citizeninfo login` writes it anew",
            )
            .into()
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(ConfigFile::default()),
        Err(e) => Err(e).with_context(|| format!("could not read {}", path.display())),
    }
}

/// Refuses a file or folder of credentials that anyone but its owner may read,
/// write or enter, naming the `chmod` that makes it private (`mode`).
fn check_private(path: &Path, mode: u32) -> anyhow::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let actual = fs::metadata(path)
            .with_context(|| format!("could not read {}", path.display()))?
            .permissions()
            .mode()
            & 0o777;
        if actual & 0o077 != 0 {
            let what = if mode == 0o700 { "folder" } else { "file" };
            return Err(Failure::auth(
                format!(
                    "the credentials {what} {} may be read by others (mode {actual:04o}), so it was not used: a token in it may have been copied",
                    path.display()
                ),
                format!(
                    "run `chmod {mode:o} {}`, then sign in again with `citizeninfo login` if it may have been read",
                    path.display()
                ),
            )
            .into());
        }
    }
    #[cfg(not(unix))]
    let _ = (path, mode);
    Ok(())
}

/// Writes a file only its owner can read, atomically.
fn write_private(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let dir = path
        .parent()
        .ok_or_else(|| anyhow::anyhow!("{} has no folder", path.display()))?;
    create_private_dir(dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("could not write in {}", dir.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(tmp.path(), fs::Permissions::from_mode(0o600))?;
    }
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path)
        .with_context(|| format!("could not write {}", path.display()))?;
    Ok(())
}

fn create_private_dir(dir: &Path) -> anyhow::Result<()> {
    fs::create_dir_all(dir).with_context(|| format!("could not create {}", dir.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))
            .with_context(|| format!("could not restrict {}", dir.display()))?;
    }
    Ok(())
}
