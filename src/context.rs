//! What every command receives: the output, the prompter, the config and profile in effect, and the API clients
//! (built on first use, one per provider per process).

use std::cell::{OnceCell, RefCell};
use std::time::Duration;

use crate::cli::GlobalArgs;
use crate::config::{
    self, ClickHouseSettings, CockroachSettings, Config, Overrides, Resolved, Source,
};
use crate::error::{Error, Result};
use crate::http::{Auth, Client, ClientConfig, RetryPolicy};
use crate::output::{Output, OutputOptions};
use crate::prompt::Prompter;
use crate::provider::Provider;

/// One profile's values in effect (see [`Ctx::all_profiles`]).
pub struct ProfileSettings {
    pub name: String,
    pub active: bool,
    pub clickhouse: Option<ClickHouseSettings>,
    pub cockroach: Option<CockroachSettings>,
}

pub struct Ctx {
    pub out: Output,
    pub prompt: Prompter,
    pub config: Config,
    pub profile: Resolved,
    pub overrides: Overrides,
    pub timeout: Duration,
    pub verbose: bool,
    clickhouse: OnceCell<crate::clickhouse::api::Api>,
    cockroach: OnceCell<crate::cockroach::api::Api>,
    organization: RefCell<Option<String>>,
}

impl Ctx {
    pub fn new(global: &GlobalArgs, overrides: Overrides) -> Result<Ctx> {
        let out = Output::new(OutputOptions {
            format: global.format(),
            jq: global.jq.clone(),
            jq_args: global.jq_args.clone(),
            columns: global.columns.clone(),
            quiet: global.quiet,
            no_color: global.no_color,
        })?;
        let path = match &global.config {
            Some(p) => p.clone(),
            None => config::default_path()?,
        };
        let config = Config::load(path)?;
        for w in &config.warnings {
            out.warn(w);
        }
        let profile = config.profile_name(global.profile.as_deref(), &config::process_env);
        Ok(Ctx {
            out,
            prompt: Prompter::new(global.no_input, global.yes),
            config,
            profile,
            overrides,
            timeout: global.timeout,
            verbose: global.verbose,
            clickhouse: OnceCell::new(),
            cockroach: OnceCell::new(),
            organization: RefCell::new(None),
        })
    }

    pub fn clickhouse_settings(&self) -> ClickHouseSettings {
        self.config
            .clickhouse(&self.profile.value, &self.overrides, &config::process_env)
    }

    pub fn cockroach_settings(&self) -> CockroachSettings {
        self.config
            .cockroach(&self.profile.value, &self.overrides, &config::process_env)
    }

    /// A client for explicit credentials (login checks them before saving).
    pub fn client(&self, provider: Provider, api_url: &str, auth: Auth) -> Result<Client> {
        Client::new(ClientConfig {
            provider,
            base_url: api_url.to_string(),
            auth,
            timeout: self.timeout,
            verbose: self.verbose,
            retry: RetryPolicy::default(),
            pause_notice: (!self.out.quiet()).then_some(crate::output::notice as fn(&str)),
        })
    }

    /// The ClickHouse API with the credentials in effect; no credentials is exit 4 before anything is sent.
    pub fn clickhouse(&self) -> Result<&crate::clickhouse::api::Api> {
        if let Some(api) = self.clickhouse.get() {
            return Ok(api);
        }
        let s = self.clickhouse_settings();
        let (Some(key_id), Some(key_secret)) = (s.key_id, s.key_secret) else {
            return Err(self.no_credentials(Provider::ClickHouse));
        };
        let client = self.client(
            Provider::ClickHouse,
            &s.api_url.value,
            Auth::Basic {
                key_id: key_id.value,
                key_secret: key_secret.value,
            },
        )?;
        Ok(self
            .clickhouse
            .get_or_init(|| crate::clickhouse::api::Api::new(client)))
    }

    pub fn cockroach(&self) -> Result<&crate::cockroach::api::Api> {
        if let Some(api) = self.cockroach.get() {
            return Ok(api);
        }
        let s = self.cockroach_settings();
        let Some(api_key) = s.api_key else {
            return Err(self.no_credentials(Provider::Cockroach));
        };
        let client = self.client(
            Provider::Cockroach,
            &s.api_url.value,
            Auth::Bearer {
                api_key: api_key.value,
            },
        )?;
        Ok(self
            .cockroach
            .get_or_init(|| crate::cockroach::api::Api::new(client)))
    }

    /// No credentials: when the profile was named (`--profile`, `DBCLOUD_PROFILE`) and the file has no such
    /// profile, that is the problem to report (with the profiles there are), not the missing keys.
    fn no_credentials(&self, provider: Provider) -> Error {
        let named = matches!(self.profile.source, Source::Flag(_) | Source::Env(_));
        if named && let Err(unknown) = self.known_profile(&self.profile.value) {
            return unknown;
        }
        Error::NoCredentials {
            provider,
            profile: self.profile.value.clone(),
        }
    }

    /// Ok when the config file has a profile called `name`; else not found, naming the profiles there are.
    pub fn known_profile(&self, name: &str) -> Result<()> {
        let profiles = &self.config.file.profiles;
        if profiles.contains_key(name) {
            return Ok(());
        }
        let names: Vec<&str> = profiles.keys().map(String::as_str).collect();
        Err(Error::NotFound(format!(
            "no profile named '{name}' in {} ({}; `dbcloud auth login --provider clickhouse|cockroach --profile {name}` creates it)",
            self.config.path.display(),
            if names.is_empty() {
                "there are no profiles yet".to_string()
            } else {
                format!("profiles: {}", names.join(", "))
            }
        )))
    }

    /// The ClickHouse organization: `--org`, `CLICKHOUSE_ORG_ID`, the profile, or the only one the key sees.
    pub async fn clickhouse_org(&self) -> Result<String> {
        if let Some(org) = self.organization.borrow().clone() {
            return Ok(org);
        }
        let api = self.clickhouse()?;
        let org = match self.clickhouse_settings().organization {
            Some(Resolved { value, .. }) => value,
            None => crate::clickhouse::discover_org(api).await?,
        };
        *self.organization.borrow_mut() = Some(org.clone());
        Ok(org)
    }

    /// Every profile of the file plus the active one, with the values in effect: the environment and flags
    /// apply to the active profile only. A provider is present when the profile has a section for it (always
    /// for the active profile). With `--emulator`, only the active profile (pointed at the emulator).
    pub fn all_profiles(&self) -> Vec<ProfileSettings> {
        let active = self.profile.value.clone();
        let mut names: Vec<String> = if self.overrides.emulator.is_some() {
            Vec::new()
        } else {
            self.config.file.profiles.keys().cloned().collect()
        };
        if !names.contains(&active) {
            names.insert(0, active.clone());
        }
        let no_env = |_: &str| None;
        names
            .into_iter()
            .map(|name| {
                let is_active = name == active;
                let env: config::EnvLookup = if is_active {
                    &config::process_env
                } else {
                    &no_env
                };
                let overrides = if is_active {
                    self.overrides.clone()
                } else {
                    Overrides::default()
                };
                let in_file = self.config.profile(&name);
                let has_ch = is_active || in_file.is_some_and(|p| p.clickhouse.is_some());
                let has_crdb = is_active || in_file.is_some_and(|p| p.cockroach.is_some());
                ProfileSettings {
                    clickhouse: has_ch.then(|| self.config.clickhouse(&name, &overrides, env)),
                    cockroach: has_crdb.then(|| self.config.cockroach(&name, &overrides, env)),
                    active: is_active,
                    name,
                }
            })
            .collect()
    }

    /// `--save-as-profile`: a profile that already holds this provider's credentials is never overwritten.
    /// Checked before the new key is created, so a refusal sends nothing.
    /// Under `--emulator` it is refused: the key would exist only in the embedded emulator, whose address
    /// changes with every run, and a profile holding it would break every later command that reads profiles.
    pub fn check_free_profile(&self, provider: Provider, profile: &str) -> Result<()> {
        if self.overrides.emulator.is_some() {
            return Err(Error::usage(format!(
                "--save-as-profile cannot be used with --emulator: the key exists only in the embedded \
                 emulator, so profile '{profile}' would hold {provider} credentials that work nowhere else"
            ))
            .with_hint(
                "to test with saved profiles, run `dbcloud emulator serve` and point a profile at it \
                 (`dbcloud profile set clickhouse.api_url http://127.0.0.1:8787 --profile test`)",
            ));
        }
        let taken = self
            .config
            .profile(profile)
            .is_some_and(|p| match provider {
                Provider::ClickHouse => p
                    .clickhouse
                    .as_ref()
                    .is_some_and(|c| c.key_id.is_some() || c.key_secret.is_some()),
                Provider::Cockroach => p.cockroach.as_ref().is_some_and(|c| c.api_key.is_some()),
            });
        if taken {
            return Err(Error::usage(format!(
                "invalid value '{profile}' for '--save-as-profile': the profile already holds {provider} credentials; choose another name"
            )));
        }
        Ok(())
    }

    /// Stores a new key as a profile's credentials (`("cockroach.api_key", key)`, ...), with the API URL in
    /// effect when it is not the default: a key works only against the API that issued it. Credentials that
    /// appeared in the file since [`Ctx::check_free_profile`] are not replaced (an error instead).
    pub fn save_credentials(
        &self,
        provider: Provider,
        profile: &str,
        mut values: Vec<(&'static str, String)>,
    ) -> Result<()> {
        let url = match provider {
            Provider::ClickHouse => self.clickhouse_settings().api_url,
            Provider::Cockroach => self.cockroach_settings().api_url,
        };
        let credentials: Vec<&'static str> = values.iter().map(|(k, _)| *k).collect();
        if !matches!(url.source, Source::Default | Source::Emulator) {
            values.push((
                match provider {
                    Provider::ClickHouse => "clickhouse.api_url",
                    Provider::Cockroach => "cockroach.api_url",
                },
                url.value,
            ));
        }
        config::update(&self.config.path, |doc| {
            let held = |key: &str| {
                let (section, field) = key.split_once('.').unwrap_or((key, ""));
                doc.get("profiles")
                    .and_then(|p| p.get(profile))
                    .and_then(|p| p.get(section))
                    .and_then(|s| s.get(field))
                    .is_some()
            };
            if credentials.iter().any(|k| held(k)) {
                return Err(Error::Conflict(format!(
                    "profile '{profile}' received {provider} credentials from elsewhere meanwhile; they were left as they are"
                )));
            }
            for (key, value) in &values {
                config::set_value(doc, profile, key, value)?;
            }
            Ok(())
        })
    }

    /// The default for `-c/--cluster`: the profile's `cockroach.cluster` (or its environment variable), with
    /// where it came from, so an error about it can say so.
    pub fn default_cluster(&self) -> Option<Resolved> {
        self.cockroach_settings()
            .cluster
            .filter(|c| c.source != Source::Default)
    }
}
