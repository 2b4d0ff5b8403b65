//! `dbcloud crdb jwt-issuer`: identity providers whose JSON Web Tokens the organization's clusters accept.

use std::path::PathBuf;

use clap::Subcommand;

use super::common::{LimitArg, report_deleted};
use crate::cockroach::api::identity::{IdentityMapEntry, JwtIssuerFields};
use crate::cockroach::{input, once};
use crate::confirm;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::Column;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List JWT issuers
    #[command(after_help = "Example:\n  dbcloud crdb jwt-issuer list")]
    List {
        #[command(flatten)]
        limit: LimitArg,
    },
    /// Add a JWT issuer
    #[command(after_help = "\
Examples:
  dbcloud crdb jwt-issuer add --issuer-url https://accounts.example.com --audience crdb-clusters
  dbcloud crdb jwt-issuer add --issuer-url https://login.example.com --audience 1234567890abcd \\
      --claim email --jwks-file jwks.json --identity-map '/^(.*)@example.com$=\\1@example.com'

--identity-map TOKEN=CC maps the token's identity (a value, or a regular expression starting with /)
to a CockroachDB Cloud identity (an e-mail address or service account ID; \\1 for what matched).")]
    Add {
        /// URL of the issuer (the identity provider)
        #[arg(long, value_name = "URL", value_parser = crate::validate::http_url)]
        issuer_url: String,
        /// The audience the tokens are issued for
        #[arg(long, value_parser = crate::validate::name)]
        audience: String,
        #[command(flatten)]
        optional: IssuerArgs,
    },
    /// Show a JWT issuer
    #[command(
        after_help = "Example:\n  dbcloud crdb jwt-issuer get 5b9e0c2d-1f3a-4e6b-8c7d-9a0b1c2d3e4f"
    )]
    Get {
        /// JWT issuer ID
        #[arg(value_parser = crate::validate::uuid)]
        id: String,
    },
    /// Change a JWT issuer's URL, audience, claim, key set or identity map
    #[command(after_help = "\
Examples:
  dbcloud crdb jwt-issuer update 5b9e0c2d-1f3a-4e6b-8c7d-9a0b1c2d3e4f --jwks-file rotated-keys.json
  dbcloud crdb jwt-issuer update 5b9e0c2d-1f3a-4e6b-8c7d-9a0b1c2d3e4f --audience new-audience

--identity-map replaces the whole map.")]
    Update {
        /// JWT issuer ID
        #[arg(value_parser = crate::validate::uuid)]
        id: String,
        /// The new issuer URL
        #[arg(long, value_name = "URL", value_parser = crate::validate::http_url)]
        issuer_url: Option<String>,
        /// The new audience
        #[arg(long, value_parser = crate::validate::name)]
        audience: Option<String>,
        #[command(flatten)]
        optional: IssuerArgs,
    },
    /// Delete a JWT issuer: its tokens stop being accepted
    #[command(
        after_help = "Example:\n  dbcloud crdb jwt-issuer delete 5b9e0c2d-1f3a-4e6b-8c7d-9a0b1c2d3e4f --yes"
    )]
    Delete {
        /// JWT issuer ID
        #[arg(value_parser = crate::validate::uuid)]
        id: String,
    },
}

/// The fields an issuer may have besides its URL and audience.
#[derive(clap::Args, Debug)]
struct IssuerArgs {
    /// The token claim that identifies the user [default: the service's, `sub`]
    #[arg(long, value_parser = crate::validate::name)]
    claim: Option<String>,
    /// A JSON file with the JSON Web Key Set that verifies the tokens [default: the issuer's published one]
    #[arg(long, value_name = "FILE")]
    jwks_file: Option<PathBuf>,
    /// A mapping TOKEN_IDENTITY=CC_IDENTITY (repeatable)
    #[arg(long = "identity-map", value_name = "TOKEN=CC", value_parser = identity_entry)]
    identity_map: Vec<IdentityMapEntry>,
}

impl IssuerArgs {
    /// The fields given, the key set read from its file and checked to be JSON.
    fn fields(
        &self,
        issuer_url: Option<String>,
        audience: Option<String>,
    ) -> Result<JwtIssuerFields> {
        // Sent as written, once it is known to be JSON.
        let jwks = match &self.jwks_file {
            Some(path) => {
                input::read_json_file("--jwks-file", path)?;
                let text = std::fs::read_to_string(path).map_err(|e| {
                    Error::usage(format!(
                        "--jwks-file {}: cannot read it: {e}",
                        path.display()
                    ))
                })?;
                Some(text.trim().to_string())
            }
            None => None,
        };
        Ok(JwtIssuerFields {
            issuer_url,
            audience,
            claim: self.claim.clone(),
            jwks,
            identity_map: (!self.identity_map.is_empty()).then(|| self.identity_map.clone()),
        })
    }
}

/// `TOKEN_IDENTITY=CC_IDENTITY`, split at the last `=` (a regular expression may hold one).
fn identity_entry(s: &str) -> std::result::Result<IdentityMapEntry, String> {
    match s.rsplit_once('=') {
        Some((token, cc)) if !token.is_empty() && !cc.is_empty() => Ok(IdentityMapEntry {
            token_identity: token.to_string(),
            cc_identity: cc.to_string(),
        }),
        _ => Err(format!(
            "'{s}' is not a mapping: write TOKEN_IDENTITY=CC_IDENTITY (like alice=alice@example.com)"
        )),
    }
}

const COLUMNS: &[Column] = &[
    Column::field("ID", "id"),
    Column::field("ISSUER URL", "issuer_url"),
    Column::field("AUDIENCE", "audience"),
    Column::field("CLAIM", "claim"),
];

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    match args.command {
        Command::List { limit } => {
            let issuers = ctx.cockroach()?.jwt_issuers(limit.get());
            ctx.out.list_pages(issuers, COLUMNS).await
        }
        Command::Add {
            issuer_url,
            audience,
            optional,
        } => {
            let fields = optional.fields(Some(issuer_url.clone()), Some(audience))?;
            let api = ctx.cockroach()?;
            // One issuer per URL: read back by it.
            let what = format!("JWT issuer {issuer_url}");
            let issuer = confirm::write(
                ctx,
                &what,
                || api.add_jwt_issuer(&fields),
                || async {
                    let all = api.jwt_issuers(None).await?;
                    once::found(all, |i| i.issuer_url == issuer_url, &what)
                },
            )
            .await?
            .into_inner();
            ctx.out
                .status(&format!("Added JWT issuer {issuer_url} ({}).", issuer.id));
            ctx.out.item(&issuer, COLUMNS)
        }
        Command::Get { id } => {
            let issuer = ctx.cockroach()?.jwt_issuer(&id).await?;
            ctx.out.item(&issuer, COLUMNS)
        }
        Command::Update {
            id,
            issuer_url,
            audience,
            optional,
        } => {
            let changes = optional.fields(issuer_url, audience)?;
            if changes.is_empty() {
                return Err(Error::usage(
                    "nothing to change: pass --issuer-url, --audience, --claim, --jwks-file or --identity-map",
                ));
            }
            let api = ctx.cockroach()?;
            let what = format!("JWT issuer {id}");
            let issuer =
                confirm::repeat(ctx, &what, || api.update_jwt_issuer(&id, &changes)).await?;
            ctx.out
                .status(&format!("Updated JWT issuer {}.", issuer.issuer_url));
            ctx.out.item(&issuer, COLUMNS)
        }
        Command::Delete { id } => {
            ctx.prompt.confirm(&format!(
                "delete JWT issuer {id} (its tokens stop being accepted)"
            ))?;
            let api = ctx.cockroach()?;
            let what = format!("JWT issuer {id}");
            let issuer = once::deleted(ctx, &what, || api.delete_jwt_issuer(&id)).await?;
            let url = issuer
                .as_ref()
                .map_or(String::new(), |i| format!("{} ", i.issuer_url));
            report_deleted(
                ctx,
                &format!("Deleted JWT issuer {url}({id})."),
                &once::answer_or(issuer, serde_json::json!({ "id": id }))?,
            )
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn identity_maps_split_at_the_last_equals_sign() {
        let e = super::identity_entry("/^a=(.*)$=\\1@example.com").unwrap();
        assert_eq!(e.token_identity, "/^a=(.*)$");
        assert_eq!(e.cc_identity, "\\1@example.com");
        assert!(super::identity_entry("alice").is_err());
        assert!(super::identity_entry("alice=").is_err());
    }
}
