//! Profiles, credential precedence and the config file.
//!
//! The file is TOML (`config.toml` in the platform config directory, or `--config` / `DBCLOUD_CONFIG`):
//! ```toml
//! default_profile = "prod"
//! [profiles.prod.clickhouse]
//! key_id = "..."
//! key_secret = "..."
//! organization = "..."
//! [profiles.prod.cockroach]
//! api_key = "..."
//! cluster = "..."      # the default for -c/--cluster
//! ```
//! Each value resolves as flag > environment > profile, and remembers where it came from (`auth status`).
//! Writes go through [`update`]: a lock, the user's text edited in place with `toml_edit` (comments and order
//! kept), a temporary file created 0600 in a 0700 directory, then an atomic rename: a failure never leaves a
//! half-written file or loses what was there.

use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::provider::Provider;

pub const DEFAULT_PROFILE: &str = "default";

pub const ENV_PROFILE: &str = "DBCLOUD_PROFILE";
pub const ENV_CH_KEY_ID: &str = "CLICKHOUSE_CLOUD_API_KEY";
pub const ENV_CH_KEY_SECRET: &str = "CLICKHOUSE_CLOUD_API_SECRET";
pub const ENV_CH_ORG: &str = "CLICKHOUSE_ORG_ID";
pub const ENV_CH_URL: &str = "CLICKHOUSE_API_URL";
pub const ENV_CRDB_KEY: &str = "COCKROACH_API_KEY";
pub const ENV_CRDB_URL: &str = "COCKROACH_SERVER";

#[derive(Debug, Default, Deserialize)]
pub struct ConfigFile {
    pub default_profile: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

#[derive(Debug, Default, Clone, Deserialize)]
pub struct Profile {
    pub clickhouse: Option<ClickHouseProfile>,
    pub cockroach: Option<CockroachProfile>,
}

#[derive(Debug, Default, Clone, Deserialize)]
pub struct ClickHouseProfile {
    pub key_id: Option<String>,
    pub key_secret: Option<String>,
    pub organization: Option<String>,
    pub api_url: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize)]
pub struct CockroachProfile {
    pub api_key: Option<String>,
    pub api_url: Option<String>,
    pub cluster: Option<String>,
}

/// Every key `profile set` accepts, and whether it is a secret (never taken on the command line, masked).
pub const PROFILE_KEYS: &[(&str, bool)] = &[
    ("clickhouse.key_id", false),
    ("clickhouse.key_secret", true),
    ("clickhouse.organization", false),
    ("clickhouse.api_url", false),
    ("cockroach.api_key", true),
    ("cockroach.api_url", false),
    ("cockroach.cluster", false),
];

pub fn is_secret_key(key: &str) -> bool {
    PROFILE_KEYS.iter().any(|(k, secret)| *k == key && *secret)
}

/// Where a resolved value came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    Flag(&'static str),
    Env(&'static str),
    Profile(String),
    Discovered,
    Default,
    Emulator,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag(flag) => write!(f, "flag {flag}"),
            Source::Env(name) => write!(f, "env {name}"),
            Source::Profile(p) => write!(f, "profile {p}"),
            Source::Discovered => f.write_str("discovered"),
            Source::Default => f.write_str("default"),
            Source::Emulator => f.write_str("emulator"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolved {
    pub value: String,
    pub source: Source,
}

/// Values given on the command line, highest in precedence.
#[derive(Clone, Debug, Default)]
pub struct Overrides {
    pub profile: Option<String>,
    pub clickhouse_url: Option<String>,
    pub cockroach_url: Option<String>,
    pub organization: Option<String>,
    /// Set by `--emulator`: every value below comes from the embedded emulator.
    pub emulator: Option<EmulatorTarget>,
}

#[derive(Clone, Debug)]
pub struct EmulatorTarget {
    pub url: String,
    pub clickhouse_key_id: String,
    pub clickhouse_key_secret: String,
    pub cockroach_api_key: String,
}

/// The loaded file plus where it lives.
#[derive(Debug)]
pub struct Config {
    pub path: PathBuf,
    pub file: ConfigFile,
    pub exists: bool,
    /// Problems worth a warning (a file others can read).
    pub warnings: Vec<String>,
}

/// The ClickHouse values in effect for one command.
#[derive(Clone, Debug)]
pub struct ClickHouseSettings {
    pub key_id: Option<Resolved>,
    pub key_secret: Option<Resolved>,
    pub organization: Option<Resolved>,
    pub api_url: Resolved,
}

#[derive(Clone, Debug)]
pub struct CockroachSettings {
    pub api_key: Option<Resolved>,
    pub api_url: Resolved,
    pub cluster: Option<Resolved>,
}

impl ClickHouseSettings {
    /// The credentials, when both parts are set.
    pub fn auth(&self) -> Option<crate::http::Auth> {
        Some(crate::http::Auth::Basic {
            key_id: self.key_id.as_ref()?.value.clone(),
            key_secret: self.key_secret.as_ref()?.value.clone(),
        })
    }
}

impl CockroachSettings {
    pub fn auth(&self) -> Option<crate::http::Auth> {
        Some(crate::http::Auth::Bearer {
            api_key: self.api_key.as_ref()?.value.clone(),
        })
    }
}

/// Reads an environment variable, treating an empty value as unset.
pub type EnvLookup<'a> = &'a dyn Fn(&str) -> Option<String>;

pub fn process_env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

/// The default location: `config.toml` in the platform config directory.
pub fn default_path() -> Result<PathBuf> {
    directories::ProjectDirs::from("", "", "dbcloud")
        .map(|d| d.config_dir().join("config.toml"))
        .ok_or_else(|| {
            Error::Failed(
                "cannot find a home directory for the config file; pass --config FILE".into(),
            )
        })
}

impl Config {
    pub fn load(path: PathBuf) -> Result<Config> {
        let mut warnings = Vec::new();
        let text = match fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Config {
                    path,
                    file: ConfigFile::default(),
                    exists: false,
                    warnings,
                });
            }
            Err(e) => return Err(Error::io(format!("cannot read {}", path.display()), e)),
        };
        if let Some(mode) = group_or_world_readable(&path) {
            warnings.push(format!(
                "{} can be read by other users (mode {mode:o}); it holds credentials: run `chmod 600 {}`",
                path.display(),
                path.display()
            ));
        }
        let file: ConfigFile = toml::from_str(&text).map_err(|e| {
            Error::usage(format!(
                "{} is not a valid dbcloud config: {e}",
                path.display()
            ))
        })?;
        Ok(Config {
            path,
            file,
            exists: true,
            warnings,
        })
    }

    /// The active profile's name: flag > `DBCLOUD_PROFILE` > `default_profile` > "default".
    pub fn profile_name(&self, flag: Option<&str>, env: EnvLookup) -> Resolved {
        if let Some(p) = flag {
            return Resolved {
                value: p.to_string(),
                source: Source::Flag("--profile"),
            };
        }
        if let Some(p) = env(ENV_PROFILE) {
            return Resolved {
                value: p,
                source: Source::Env(ENV_PROFILE),
            };
        }
        match &self.file.default_profile {
            Some(p) => Resolved {
                value: p.clone(),
                source: Source::Profile("default_profile".into()),
            },
            None => Resolved {
                value: DEFAULT_PROFILE.to_string(),
                source: Source::Default,
            },
        }
    }

    pub fn profile(&self, name: &str) -> Option<&Profile> {
        self.file.profiles.get(name)
    }

    pub fn clickhouse(&self, profile: &str, o: &Overrides, env: EnvLookup) -> ClickHouseSettings {
        if let Some(emu) = &o.emulator {
            return ClickHouseSettings {
                key_id: Some(emulated(&emu.clickhouse_key_id)),
                key_secret: Some(emulated(&emu.clickhouse_key_secret)),
                organization: o.organization.clone().map(|v| flag(v, "--org")),
                api_url: emulated(&emu.url),
            };
        }
        let p = self
            .profile(profile)
            .and_then(|p| p.clickhouse.clone())
            .unwrap_or_default();
        let from_profile = |v: Option<String>| {
            v.filter(|v| !v.is_empty()).map(|value| Resolved {
                value,
                source: Source::Profile(profile.to_string()),
            })
        };
        let from_env = |name: &'static str| {
            env(name).map(|value| Resolved {
                value,
                source: Source::Env(name),
            })
        };
        ClickHouseSettings {
            key_id: from_env(ENV_CH_KEY_ID).or_else(|| from_profile(p.key_id)),
            key_secret: from_env(ENV_CH_KEY_SECRET).or_else(|| from_profile(p.key_secret)),
            organization: o
                .organization
                .clone()
                .map(|v| flag(v, "--org"))
                .or_else(|| from_env(ENV_CH_ORG))
                .or_else(|| from_profile(p.organization)),
            api_url: o
                .clickhouse_url
                .clone()
                .map(|v| flag(v, "--api-url"))
                .or_else(|| from_env(ENV_CH_URL))
                .or_else(|| from_profile(p.api_url))
                .unwrap_or_else(|| default(Provider::ClickHouse.default_url())),
        }
    }

    pub fn cockroach(&self, profile: &str, o: &Overrides, env: EnvLookup) -> CockroachSettings {
        let p = self
            .profile(profile)
            .and_then(|p| p.cockroach.clone())
            .unwrap_or_default();
        let from_profile = |v: Option<String>| {
            v.filter(|v| !v.is_empty()).map(|value| Resolved {
                value,
                source: Source::Profile(profile.to_string()),
            })
        };
        if let Some(emu) = &o.emulator {
            return CockroachSettings {
                api_key: Some(emulated(&emu.cockroach_api_key)),
                api_url: emulated(&emu.url),
                // The default cluster is a preference, not a credential: it applies to the emulator too.
                cluster: from_profile(p.cluster),
            };
        }
        let from_env = |name: &'static str| {
            env(name).map(|value| Resolved {
                value,
                source: Source::Env(name),
            })
        };
        CockroachSettings {
            api_key: from_env(ENV_CRDB_KEY).or_else(|| from_profile(p.api_key)),
            api_url: o
                .cockroach_url
                .clone()
                .map(|v| flag(v, "--api-url"))
                .or_else(|| from_env(ENV_CRDB_URL))
                .or_else(|| from_profile(p.api_url))
                .unwrap_or_else(|| default(Provider::Cockroach.default_url())),
            cluster: from_profile(p.cluster),
        }
    }
}

fn flag(value: String, name: &'static str) -> Resolved {
    Resolved {
        value,
        source: Source::Flag(name),
    }
}

fn default(value: &str) -> Resolved {
    Resolved {
        value: value.to_string(),
        source: Source::Default,
    }
}

fn emulated(value: &str) -> Resolved {
    Resolved {
        value: value.to_string(),
        source: Source::Emulator,
    }
}

/// Shows enough of a secret to tell two apart, never enough to use it.
pub fn mask(secret: &str) -> String {
    let chars: Vec<char> = secret.chars().collect();
    if chars.len() <= 8 {
        "****".to_string()
    } else {
        format!(
            "****{}",
            chars[chars.len() - 4..].iter().collect::<String>()
        )
    }
}

#[cfg(unix)]
fn group_or_world_readable(path: &Path) -> Option<u32> {
    use std::os::unix::fs::PermissionsExt;
    let mode = fs::metadata(path).ok()?.permissions().mode() & 0o777;
    (mode & 0o077 != 0).then_some(mode)
}

#[cfg(not(unix))]
fn group_or_world_readable(_path: &Path) -> Option<u32> {
    None
}

/// Edits the config file under a lock and replaces it atomically. The closure sees the current text as a
/// `toml_edit` document, so whatever it does not touch (comments, order, unknown keys) stays as it was.
pub fn update<T>(
    path: &Path,
    edit: impl FnOnce(&mut toml_edit::DocumentMut) -> Result<T>,
) -> Result<T> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    create_private_dir(&dir)?;
    let lock_path = dir.join(format!(
        ".{}.lock",
        path.file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("config.toml")
    ));
    let lock = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .map_err(|e| {
            Error::io(
                format!("cannot open the lock file {}", lock_path.display()),
                e,
            )
        })?;
    lock.lock()
        .map_err(|e| Error::io(format!("cannot lock {}", lock_path.display()), e))?;

    let text = match fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(Error::io(format!("cannot read {}", path.display()), e)),
    };
    let mut doc: toml_edit::DocumentMut = text.parse().map_err(|e| {
        Error::usage(format!(
            "{} is not valid TOML, so it was left unchanged: {e}",
            path.display()
        ))
    })?;
    let result = edit(&mut doc)?;

    let mut tmp = tempfile::Builder::new()
        .prefix(".config.toml.")
        .tempfile_in(&dir)
        .map_err(|e| Error::io(format!("cannot write in {}", dir.display()), e))?;
    set_private(tmp.path(), 0o600)?;
    tmp.write_all(doc.to_string().as_bytes())
        .and_then(|_| tmp.as_file().sync_all())
        .map_err(|e| Error::io(format!("cannot write {}", path.display()), e))?;
    tmp.persist(path)
        .map_err(|e| Error::io(format!("cannot replace {}", path.display()), e.error))?;
    let _ = lock.unlock();
    Ok(result)
}

fn create_private_dir(dir: &Path) -> Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(dir)
        .map_err(|e| Error::io(format!("cannot create {}", dir.display()), e))
}

#[cfg(unix)]
fn set_private(path: &Path, mode: u32) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode))
        .map_err(|e| Error::io(format!("cannot set the mode of {}", path.display()), e))
}

#[cfg(not(unix))]
fn set_private(_path: &Path, _mode: u32) -> Result<()> {
    Ok(())
}

/// Sets `profiles.<profile>.<dotted key>` in a document, creating tables as needed.
pub fn set_value(
    doc: &mut toml_edit::DocumentMut,
    profile: &str,
    key: &str,
    value: &str,
) -> Result<()> {
    let (section, field) = key
        .split_once('.')
        .filter(|_| PROFILE_KEYS.iter().any(|(k, _)| *k == key))
        .ok_or_else(|| {
            Error::usage(format!(
                "unknown profile key '{key}'; known keys: {}",
                PROFILE_KEYS
                    .iter()
                    .map(|(k, _)| *k)
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
        })?;
    let table = profile_table(doc, profile)?;
    let sub = table
        .entry(section)
        .or_insert_with(|| toml_edit::Item::Table(toml_edit::Table::new()))
        .as_table_mut()
        .ok_or_else(|| {
            Error::usage(format!(
                "profiles.{profile}.{section} is not a table in the config file"
            ))
        })?;
    sub[field] = toml_edit::value(value);
    Ok(())
}

/// Removes `profiles.<profile>.<dotted key>`; true when it was there.
pub fn unset_value(doc: &mut toml_edit::DocumentMut, profile: &str, key: &str) -> bool {
    let Some((section, field)) = key.split_once('.') else {
        return false;
    };
    doc.get_mut("profiles")
        .and_then(|p| p.get_mut(profile))
        .and_then(|p| p.get_mut(section))
        .and_then(|s| s.as_table_like_mut())
        .and_then(|s| s.remove(field))
        .is_some()
}

/// The `[profiles.<name>]` table, created (implicitly, so no empty header is written) when missing.
pub fn profile_table<'a>(
    doc: &'a mut toml_edit::DocumentMut,
    profile: &str,
) -> Result<&'a mut toml_edit::Table> {
    let profiles = doc
        .entry("profiles")
        .or_insert_with(|| {
            let mut t = toml_edit::Table::new();
            t.set_implicit(true);
            toml_edit::Item::Table(t)
        })
        .as_table_mut()
        .ok_or_else(|| Error::usage("`profiles` is not a table in the config file"))?;
    profiles
        .entry(profile)
        .or_insert_with(|| {
            let mut t = toml_edit::Table::new();
            t.set_implicit(true);
            toml_edit::Item::Table(t)
        })
        .as_table_mut()
        .ok_or_else(|| {
            Error::usage(format!(
                "profiles.{profile} is not a table in the config file"
            ))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(text: &str) -> Config {
        Config {
            path: PathBuf::from("/nonexistent/config.toml"),
            file: toml::from_str(text).unwrap(),
            exists: true,
            warnings: vec![],
        }
    }

    const FILE: &str = r#"
default_profile = "prod"
[profiles.prod.clickhouse]
key_id = "file-id"
key_secret = "file-secret"
organization = "file-org"
[profiles.prod.cockroach]
api_key = "file-key"
cluster = "c1"
"#;

    #[test]
    fn environment_beats_the_profile_and_flags_beat_both() {
        let cfg = config(FILE);
        let env = |name: &str| match name {
            ENV_CH_KEY_ID => Some("env-id".to_string()),
            ENV_CH_ORG => Some("env-org".to_string()),
            _ => None,
        };
        let profile = cfg.profile_name(None, &env);
        assert_eq!(profile.value, "prod");
        let ch = cfg.clickhouse(&profile.value, &Overrides::default(), &env);
        assert_eq!(ch.key_id.unwrap().source, Source::Env(ENV_CH_KEY_ID));
        assert_eq!(ch.key_secret.as_ref().unwrap().value, "file-secret");
        assert_eq!(
            ch.key_secret.unwrap().source,
            Source::Profile("prod".into())
        );
        assert_eq!(ch.organization.unwrap().value, "env-org");
        assert_eq!(ch.api_url.source, Source::Default);

        let o = Overrides {
            organization: Some("flag-org".into()),
            clickhouse_url: Some("http://x".into()),
            ..Overrides::default()
        };
        let ch = cfg.clickhouse("prod", &o, &env);
        assert_eq!(ch.organization.unwrap().source, Source::Flag("--org"));
        assert_eq!(ch.api_url.value, "http://x");
    }

    #[test]
    fn profile_name_precedence() {
        let cfg = config(FILE);
        let env = |name: &str| (name == ENV_PROFILE).then(|| "staging".to_string());
        assert_eq!(cfg.profile_name(None, &env).value, "staging");
        assert_eq!(cfg.profile_name(Some("x"), &env).value, "x");
        assert_eq!(cfg.profile_name(None, &|_| None).value, "prod");
        assert_eq!(
            config("").profile_name(None, &|_| None).value,
            DEFAULT_PROFILE
        );
    }

    #[test]
    fn cockroach_settings_and_missing_values() {
        let cfg = config(FILE);
        let crdb = cfg.cockroach("prod", &Overrides::default(), &|_| None);
        assert_eq!(crdb.api_key.unwrap().value, "file-key");
        assert_eq!(crdb.cluster.unwrap().value, "c1");
        let crdb = cfg.cockroach("other", &Overrides::default(), &|_| None);
        assert!(crdb.api_key.is_none());
        assert_eq!(crdb.api_url.value, "https://cockroachlabs.cloud");
    }

    #[test]
    fn update_keeps_comments_and_is_private() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("config.toml");
        update(&path, |doc| {
            set_value(doc, "prod", "clickhouse.key_id", "a")
        })
        .unwrap();
        let with_comment = format!("# my comment\n{}", fs::read_to_string(&path).unwrap());
        fs::write(&path, with_comment).unwrap();
        update(&path, |doc| {
            set_value(doc, "prod", "cockroach.api_key", "b")
        })
        .unwrap();
        let text = fs::read_to_string(&path).unwrap();
        assert!(text.starts_with("# my comment\n"), "{text}");
        let cfg = Config::load(path.clone()).unwrap();
        let p = cfg.profile("prod").unwrap();
        assert_eq!(p.clickhouse.as_ref().unwrap().key_id.as_deref(), Some("a"));
        assert_eq!(p.cockroach.as_ref().unwrap().api_key.as_deref(), Some("b"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                fs::metadata(&path).unwrap().permissions().mode() & 0o777,
                0o600
            );
            let dir_mode = fs::metadata(path.parent().unwrap())
                .unwrap()
                .permissions()
                .mode()
                & 0o777;
            assert_eq!(dir_mode, 0o700);
        }
        assert!(cfg.warnings.is_empty());
    }

    #[test]
    fn invalid_files_are_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        fs::write(&path, "not = [valid").unwrap();
        let err = update(&path, |doc| set_value(doc, "p", "clickhouse.key_id", "a")).unwrap_err();
        assert_eq!(err.exit_code(), crate::error::ExitCode::Usage);
        assert_eq!(fs::read_to_string(&path).unwrap(), "not = [valid");
    }

    #[test]
    fn unknown_keys_are_refused() {
        let mut doc = toml_edit::DocumentMut::new();
        assert!(set_value(&mut doc, "p", "clickhouse.nope", "a").is_err());
        assert!(!unset_value(&mut doc, "p", "clickhouse.key_id"));
    }

    #[test]
    fn masks_hide_secrets() {
        assert_eq!(mask("short"), "****");
        assert_eq!(mask("0123456789abcdef"), "****cdef");
    }
}
