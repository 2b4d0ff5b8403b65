//! `dbcloud ch backup bucket`: a service's own backup bucket (AWS S3, GCP Cloud Storage or an Azure
//! container). Each provider takes its own fields: which flag applies to which provider comes from the
//! spec's request schemas. The secret (the GCP HMAC secret, the Azure connection string) is read from stdin
//! or a file, never from a flag's value, and never appears in `-v` output.

use std::cell::OnceCell;
use std::path::PathBuf;

use clap::Subcommand;
use dbcloud_spec::Provider;
use dbcloud_spec::rules;

use crate::clickhouse::api::BucketSpec;
use crate::clickhouse::service_id;
use crate::confirm;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::Column;
use crate::spec_values::ch_enum_any;

const PROVIDERS: &[&str] = &[
    "AwsBackupBucketPostRequestV1.bucketProvider",
    "GcpBackupBucketPostRequestV1.bucketProvider",
    "AzureBackupBucketPostRequestV1.bucketProvider",
];

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Show the backup bucket of a service
    #[command(after_help = "Example:\n  dbcloud ch backup bucket get --service web")]
    Get {
        /// Service ID or exact name
        #[arg(long, short = 's', value_name = "SERVICE")]
        service: String,
    },
    /// Give a service a backup bucket of its own
    #[command(after_help = "\
Examples:
  dbcloud ch backup bucket create --service web --provider aws --path s3://acme-backups/web \\
      --role-arn arn:aws:iam::123456789012:role/clickhouse-backups
  printf %s \"$HMAC_SECRET\" | dbcloud ch backup bucket create --service web --provider gcp \\
      --path https://storage.googleapis.com/acme-backups/web --access-key-id GOOG1EXAMPLE \\
      --secret-stdin
  dbcloud ch backup bucket create --service web --provider azure --container backups \\
      --secret-file azure-connection-string.txt")]
    Create(BucketArgs),
    /// Change the backup bucket of a service (GCP and Azure need their secret again)
    #[command(after_help = "\
Examples:
  dbcloud ch backup bucket update --service web --role-arn arn:aws:iam::123456789012:role/backups-v2
  printf %s \"$HMAC_SECRET\" | dbcloud ch backup bucket update --service web \\
      --access-key-id GOOG1NEW --secret-stdin")]
    Update(BucketArgs),
    /// Stop using the service's own backup bucket
    #[command(after_help = "Example:\n  dbcloud ch backup bucket delete --service web --yes")]
    Delete {
        /// Service ID or exact name
        #[arg(long, short = 's', value_name = "SERVICE")]
        service: String,
    },
}

#[derive(clap::Args, Debug)]
pub struct BucketArgs {
    /// Service ID or exact name
    #[arg(long, short = 's', value_name = "SERVICE")]
    service: String,
    /// The bucket's cloud [default for update: the bucket's]
    #[arg(long, value_name = "PROVIDER", value_parser = ch_enum_any(PROVIDERS))]
    provider: Option<String>,
    /// AWS and GCP: the bucket's path (s3://bucket/path, https://storage.googleapis.com/bucket/path)
    #[arg(long, value_name = "PATH", value_parser = crate::validate::id)]
    path: Option<String>,
    /// AWS: the IAM role ClickHouse Cloud assumes to write to the bucket
    #[arg(long, value_name = "ARN", value_parser = crate::validate::id)]
    role_arn: Option<String>,
    /// AWS: the session name when assuming the role
    #[arg(long, value_name = "NAME", value_parser = crate::validate::id)]
    role_session_name: Option<String>,
    /// AWS, on update: remove the session name
    #[arg(long, conflicts_with = "role_session_name")]
    clear_role_session_name: bool,
    /// GCP: the HMAC key's access ID
    #[arg(long, value_name = "ID", value_parser = crate::validate::id)]
    access_key_id: Option<String>,
    /// Azure: the container's name
    #[arg(long, value_name = "NAME", value_parser = crate::validate::id)]
    container: Option<String>,
    /// Read the secret from stdin: the GCP HMAC secret, or the Azure connection string
    #[arg(long, conflicts_with = "secret_file")]
    secret_stdin: bool,
    /// Read the secret from this file (its final line break is not part of it)
    #[arg(long, value_name = "FILE")]
    secret_file: Option<PathBuf>,
    /// The secret, read before anything is sent.
    #[arg(skip)]
    secret: Secret,
}

/// A secret read from stdin or a file, kept until the request is built; never shown by `Debug`.
#[derive(Default)]
struct Secret(OnceCell<String>);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.get().is_some() {
            "[REDACTED]"
        } else {
            "None"
        })
    }
}

/// Each flag and the request field it sets.
const FIELDS: &[(&str, &str)] = &[
    ("--path", "bucketPath"),
    ("--role-arn", "iamRoleArn"),
    ("--role-session-name", "iamRoleSessionName"),
    ("--clear-role-session-name", "iamRoleSessionName"),
    ("--access-key-id", "accessKeyId"),
    ("--container", "containerName"),
    ("--secret-stdin", "secret"),
    ("--secret-file", "secret"),
];

/// Request fields that carry a provider's secret.
const SECRET_FIELDS: &[&str] = &["secretAccessKey", "connectionString"];

/// The schema of `provider`'s request (`AwsBackupBucketPostRequestV1`, ...): the one whose
/// `bucketProvider` enum holds it.
fn schema_of(provider: &str, verb: &str) -> String {
    let prefix = ["Aws", "Gcp", "Azure"]
        .into_iter()
        .find(|p| {
            let key = format!("{p}BackupBucketPostRequestV1.bucketProvider");
            rules::get(Provider::ClickHouse, &key)
                .values
                .contains(&provider)
        })
        .unwrap_or("Aws");
    format!("{prefix}BackupBucket{verb}RequestV1")
}

/// Whether `provider`'s request has `field`; `secret` stands for its secret field, if it has one.
fn takes(schema: &str, field: &str) -> Option<&'static str> {
    let has = |f: &str| rules::find(Provider::ClickHouse, &format!("{schema}.{f}")).is_some();
    if field == "secret" {
        SECRET_FIELDS.iter().copied().find(|f| has(f))
    } else {
        has(field).then_some("")
    }
}

const COLUMNS: &[Column] = &[
    Column::field("PROVIDER", "bucketProvider"),
    Column::field("ID", "id"),
    Column::field("PATH", "bucketPath"),
    Column::field("CONTAINER", "containerName"),
    Column::field("ROLE ARN", "iamRoleArn"),
    Column::field("SESSION NAME", "iamRoleSessionName"),
    Column::field("ACCESS KEY ID", "accessKeyId"),
];

impl BucketArgs {
    fn given(&self) -> Vec<&'static str> {
        let set = [
            self.path.is_some(),
            self.role_arn.is_some(),
            self.role_session_name.is_some(),
            self.clear_role_session_name,
            self.access_key_id.is_some(),
            self.container.is_some(),
            self.secret_stdin,
            self.secret_file.is_some(),
        ];
        FIELDS
            .iter()
            .zip(set)
            .filter(|(_, set)| *set)
            .map(|((flag, _), _)| *flag)
            .collect()
    }

    /// Refuses flags the provider's request has no field for, naming those it has.
    fn check(&self, provider: &str, verb: &str) -> Result<()> {
        let schema = schema_of(provider, verb);
        for flag in self.given() {
            let field = FIELDS.iter().find(|(f, _)| *f == flag).map(|(_, f)| *f);
            if field.and_then(|f| takes(&schema, f)).is_none() {
                let theirs: Vec<&str> = FIELDS
                    .iter()
                    .filter(|(f, field)| {
                        takes(&schema, field).is_some() && *f != "--clear-role-session-name"
                    })
                    .map(|(f, _)| *f)
                    .collect();
                return Err(Error::usage(format!(
                    "{flag} does not apply to {provider} buckets; they take {}",
                    theirs.join(", ")
                )));
            }
        }
        if self.clear_role_session_name && verb == "Post" {
            return Err(Error::usage(
                "--clear-role-session-name is for update: a new bucket has no session name to remove",
            ));
        }
        Ok(())
    }

    /// Reads the secret (from stdin or the file) once.
    fn read_secret(&self) -> Result<()> {
        let secret = if self.secret_stdin {
            crate::prompt::read_stdin_secret("the secret")?
        } else if let Some(path) = &self.secret_file {
            let text = std::fs::read_to_string(path).map_err(|e| {
                Error::usage(format!(
                    "invalid value '{}' for '--secret-file': cannot read it: {e}",
                    path.display()
                ))
            })?;
            let text = text.strip_suffix('\n').unwrap_or(&text);
            let text = text.strip_suffix('\r').unwrap_or(text);
            if text.is_empty() {
                return Err(Error::usage(format!("{} is empty", path.display())));
            }
            text.to_string()
        } else {
            return Ok(());
        };
        let _ = self.secret.0.set(secret);
        Ok(())
    }

    fn take_spec(&mut self, provider: &str) -> BucketSpec {
        let secret = self.secret.0.take();
        let secret_field = takes(&schema_of(provider, "Post"), "secret");
        BucketSpec {
            bucket_provider: provider.to_string(),
            bucket_path: self.path.clone(),
            iam_role_arn: self.role_arn.clone(),
            iam_role_session_name: if self.clear_role_session_name {
                Some(None)
            } else {
                self.role_session_name.clone().map(Some)
            },
            access_key_id: self.access_key_id.clone(),
            secret_access_key: secret
                .clone()
                .filter(|_| secret_field == Some("secretAccessKey")),
            container_name: self.container.clone(),
            connection_string: secret.filter(|_| secret_field == Some("connectionString")),
        }
    }
}

impl Command {
    /// Before any request: the confirmation, the flags that do not fit the provider, the secret.
    pub fn prepare(&self, ctx: &Ctx) -> Result<()> {
        match self {
            Command::Delete { service } => ctx
                .prompt
                .confirm(&format!("delete the backup bucket of service {service}")),
            Command::Create(args) => {
                let provider = args.provider.as_deref().ok_or_else(|| {
                    Error::usage("a new bucket needs --provider (AWS, GCP or AZURE)")
                })?;
                args.check(provider, "Post")?;
                args.read_secret()
            }
            Command::Update(args) => {
                if args.given().is_empty() {
                    return Err(Error::usage(
                        "nothing to change: give the fields to change (--path, --role-arn, --secret-stdin, ...)",
                    ));
                }
                if let Some(provider) = &args.provider {
                    args.check(provider, "Patch")?;
                }
                args.read_secret()
            }
            Command::Get { .. } => Ok(()),
        }
    }
}

pub async fn run(ctx: &Ctx, org: &str, command: Command) -> Result<()> {
    let api = ctx.clickhouse()?;
    match command {
        Command::Get { service } => {
            let id = service_id(ctx, org, &service).await?;
            ctx.out.item(&api.backup_bucket(org, &id).await?, COLUMNS)
        }
        Command::Create(mut args) => {
            let provider = args.provider.clone().unwrap_or_default();
            let id = service_id(ctx, org, &args.service).await?;
            let spec = args.take_spec(&provider);
            let what = format!("the backup bucket of service {}", args.service);
            // One bucket per service: read back, it is there or not.
            let bucket = confirm::write(
                ctx,
                &what,
                || api.create_backup_bucket(org, &id, &spec),
                || async {
                    match api.backup_bucket(org, &id).await {
                        Ok(bucket) => Ok(Some(bucket)),
                        Err(e) if e.status() == Some(404) => Ok(None),
                        Err(e) => Err(e),
                    }
                },
            )
            .await?
            .into_inner();
            ctx.out.status(&format!(
                "Service {} backs up to its own {provider} bucket now.",
                args.service
            ));
            ctx.out.item(&bucket, COLUMNS)
        }
        Command::Update(mut args) => {
            let id = service_id(ctx, org, &args.service).await?;
            let provider = match args.provider.clone() {
                Some(p) => p,
                None => {
                    let current = api.backup_bucket(org, &id).await?;
                    let provider = current.bucket_provider.unwrap_or_default();
                    args.check(&provider, "Patch")?;
                    provider
                }
            };
            let spec = args.take_spec(&provider);
            let what = format!("the backup bucket of service {}", args.service);
            let bucket =
                confirm::repeat(ctx, &what, || api.update_backup_bucket(org, &id, &spec)).await?;
            ctx.out.status(&format!(
                "Updated the backup bucket of service {}.",
                args.service
            ));
            ctx.out.item(&bucket, COLUMNS)
        }
        Command::Delete { service } => {
            let id = service_id(ctx, org, &service).await?;
            let what = format!("the backup bucket of service {service}");
            confirm::delete(ctx, &what, || api.delete_backup_bucket(org, &id)).await?;
            ctx.out
                .status(&format!("Deleted the backup bucket of service {service}."));
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_provider_takes_its_own_fields() {
        let aws = schema_of("AWS", "Post");
        assert_eq!(aws, "AwsBackupBucketPostRequestV1");
        assert!(takes(&aws, "iamRoleArn").is_some());
        assert!(takes(&aws, "secret").is_none());
        let gcp = schema_of("GCP", "Patch");
        assert_eq!(takes(&gcp, "secret"), Some("secretAccessKey"));
        assert!(takes(&gcp, "containerName").is_none());
        let azure = schema_of("AZURE", "Post");
        assert_eq!(takes(&azure, "secret"), Some("connectionString"));
        assert!(takes(&azure, "bucketPath").is_none());
    }
}
