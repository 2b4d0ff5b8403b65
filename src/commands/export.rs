//! `dbcloud export`: the live state of a profile as a declaration file for `plan` and `apply`.

use crate::commands::ProviderArg;
use crate::context::Ctx;
use crate::declare::{self, KindId, export, read};
use crate::error::{Error, Result};
use crate::output::Format;
use crate::provider::Provider;

#[derive(clap::Args, Debug)]
#[command(after_help = "\
Examples:
  dbcloud export > databases.toml                  # the profile in effect, both providers
  dbcloud export --profile prod -o yaml > prod.yaml
  dbcloud export --provider cockroach > clusters.toml && dbcloud plan -f clusters.toml   # no changes

-o toml (the default) or -o yaml; -o json gives the same document as JSON. Passwords are never exported:
a comment shows where one is needed.")]
pub struct Args {
    /// Only this provider's resources [default: every provider the profile has credentials for]
    #[arg(long, value_enum)]
    pub provider: Option<ProviderArg>,
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let profile = ctx.profile.value.clone();
    let profiles = ctx.all_profiles();
    let settings = profiles.iter().find(|p| p.name == profile);
    let has = |p: Provider| {
        settings.is_some_and(|s| match p {
            Provider::ClickHouse => s.clickhouse.as_ref().and_then(|c| c.auth()).is_some(),
            Provider::Cockroach => s.cockroach.as_ref().and_then(|c| c.auth()).is_some(),
        })
    };
    let providers: Vec<Provider> = match args.provider {
        Some(p) => vec![p.into()],
        None => [Provider::ClickHouse, Provider::Cockroach]
            .into_iter()
            .filter(|p| has(*p))
            .collect(),
    };
    if providers.is_empty() {
        return Err(Error::Unauthorized(format!(
            "profile '{profile}' has no credentials to export with"
        ))
        .with_hint("log in with `dbcloud auth login --provider clickhouse|cockroach`, or set the API key variables"));
    }
    let wanted: Vec<(String, Provider)> = providers.iter().map(|p| (profile.clone(), *p)).collect();
    let client = |p, url: &str, auth| ctx.client(p, url, auth);
    let mut accounts = read::connect(&profiles, &client, &wanted).await?;
    let wants: Vec<read::Want> = accounts
        .iter()
        .map(|a| read::Want {
            top: declare::kinds::TOP
                .iter()
                .map(|(_, _, k)| *k)
                .filter(|k: &KindId| k.provider() == a.provider)
                .collect(),
            children: Vec::new(),
            all_children: true,
            folders: a.provider == Provider::Cockroach,
        })
        .collect();
    let found = read::read(&mut accounts, &wants).await?;
    let doc = export::document(&profile, &accounts, &found);
    let header = format!(
        "# The live state of profile '{profile}', by `dbcloud export`: `dbcloud plan -f FILE` shows no changes.\n\
         # Passwords are not exported; comments show where one is needed (docs/declare.md).\n"
    );
    match ctx.out.format() {
        Format::Table | Format::Toml => ctx.out.text(&export::to_toml(&doc, &header)),
        Format::Yaml => ctx.out.text(&export::to_yaml(&doc, &header)),
        Format::Json => ctx.out.value(&doc.to_json()),
    }
}
