//! Commands that are not one provider's: auth, profiles, the raw API, completions, the emulator.

pub mod api;
pub mod apply;
pub mod auth;
pub mod completions;
#[cfg(feature = "emulator")]
pub mod emulator;
pub mod export;
pub mod ls;
pub mod plan;
pub mod profile;

/// `--provider` values: full names, short names and the command aliases.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ProviderArg {
    #[value(alias = "ch")]
    Clickhouse,
    #[value(alias = "crdb")]
    Cockroach,
}

impl From<ProviderArg> for crate::provider::Provider {
    fn from(p: ProviderArg) -> Self {
        match p {
            ProviderArg::Clickhouse => crate::provider::Provider::ClickHouse,
            ProviderArg::Cockroach => crate::provider::Provider::Cockroach,
        }
    }
}
