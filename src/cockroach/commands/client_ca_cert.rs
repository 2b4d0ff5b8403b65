//! `dbcloud crdb client-ca-cert`: the CA certificate (PEM) whose client certificates may log in to an
//! ADVANCED cluster's SQL users. Setting, replacing or removing it locks the cluster while the change rolls
//! out; `--wait` returns once it is done.

use std::io::Read;

use base64::Engine as _;
use clap::Subcommand;
use serde_json::Value;
use sha2::{Digest, Sha256};

use super::common::{ClusterArg, report_deleted};
use crate::cockroach::api::client_ca::ClientCaCert;
use crate::cockroach::{ClusterRef, once, waits};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{Column, to_json};
use crate::wait::WaitArgs;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    cluster: ClusterArg,
    #[command(subcommand)]
    command: Command,
}

/// `--file PEM`: the certificate file (`-` reads stdin).
#[derive(clap::Args, Debug)]
struct PemArg {
    /// The CA certificate, PEM (one or more BEGIN CERTIFICATE blocks; `-` reads stdin)
    #[arg(long = "file", short = 'f', value_name = "PEM")]
    file: String,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Show the client CA certificate of a cluster and its status
    #[command(after_help = "\
Examples:
  dbcloud crdb client-ca-cert get -c orders
  dbcloud crdb client-ca-cert get -c orders --jq -r .x509_pem_cert > ca.pem")]
    Get,
    /// Set the client CA certificate of a cluster that has none
    #[command(after_help = "\
Example:
  dbcloud crdb client-ca-cert set -c orders --file ca.pem --wait

The file is checked to be PEM before anything is sent. With --wait, returns once the
certificate is set (IS_SET) on the cluster; FAILED is exit 1.")]
    Set {
        #[command(flatten)]
        pem: PemArg,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Replace the client CA certificate of a cluster
    #[command(after_help = "\
Example:
  dbcloud crdb client-ca-cert update -c orders --file new-ca.pem --wait")]
    Update {
        #[command(flatten)]
        pem: PemArg,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Remove the client CA certificate: certificate logins stop working (asks first)
    #[command(after_help = "Example:\n  dbcloud crdb client-ca-cert delete -c orders --yes --wait")]
    Delete {
        #[command(flatten)]
        wait: WaitArgs,
    },
}

const COLUMNS: &[Column] = &[
    Column::field("STATUS", "status"),
    Column::computed("CERTIFICATES", count),
    Column::computed("SHA-256", fingerprint),
];

fn count(info: &Value) -> String {
    match info.get("x509_pem_cert").and_then(Value::as_str) {
        Some(pem) => certificates(pem)
            .map(|c| c.len().to_string())
            .unwrap_or_default(),
        None => "0".into(),
    }
}

/// The SHA-256 fingerprint of the (first) certificate, as `openssl x509 -fingerprint -sha256` shows it.
fn fingerprint(info: &Value) -> String {
    info.get("x509_pem_cert")
        .and_then(Value::as_str)
        .and_then(|pem| certificates(pem).ok())
        .and_then(|certs| certs.into_iter().next())
        .map(|der| {
            Sha256::digest(&der)
                .iter()
                .map(|b| format!("{b:02X}"))
                .collect::<Vec<_>>()
                .join(":")
        })
        .unwrap_or_default()
}

/// The DER certificates of a PEM text: one or more `CERTIFICATE` blocks of base64, each an ASN.1 sequence;
/// nothing else but whitespace around them. The error says what is wrong.
fn certificates(pem: &str) -> std::result::Result<Vec<Vec<u8>>, String> {
    const BEGIN: &str = "-----BEGIN CERTIFICATE-----";
    const END: &str = "-----END CERTIFICATE-----";
    let mut certs = Vec::new();
    let mut rest = pem.trim();
    while !rest.is_empty() {
        let Some(body) = rest.strip_prefix(BEGIN) else {
            let found = rest.lines().next().unwrap_or_default();
            return Err(if found.starts_with("-----BEGIN ") {
                format!("it holds a {found} block: give the CA certificate, never a key")
            } else {
                format!(
                    "expected {BEGIN}, found '{}'",
                    crate::http::excerpt(found.as_bytes())
                )
            });
        };
        let (b64, after) = body
            .split_once(END)
            .ok_or_else(|| format!("a certificate has no {END}"))?;
        let b64: String = b64.chars().filter(|c| !c.is_whitespace()).collect();
        let der = base64::engine::general_purpose::STANDARD
            .decode(&b64)
            .map_err(|e| format!("certificate {} is not base64: {e}", certs.len() + 1))?;
        if der.len() < 2 || der[0] != 0x30 {
            return Err(format!(
                "certificate {} is not an X.509 certificate (DER)",
                certs.len() + 1
            ));
        }
        certs.push(der);
        rest = after.trim_start();
    }
    if certs.is_empty() {
        return Err("it is empty".into());
    }
    Ok(certs)
}

/// Reads `--file` and checks it is PEM: a usage error (nothing sent) naming the file otherwise.
fn read_pem(arg: &PemArg) -> Result<String> {
    let name = crate::document::display_name(&arg.file);
    let text = if arg.file == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| Error::usage(format!("{name}: cannot read it: {e}")))?;
        s
    } else {
        std::fs::read_to_string(&arg.file)
            .map_err(|e| Error::usage(format!("{name}: cannot read it: {e}")))?
    };
    certificates(&text)
        .map_err(|why| Error::usage(format!("{name} is not a PEM certificate: {why}")))?;
    Ok(text)
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let reference = args.cluster.reference(ctx)?;
    // The file is read and checked before any request.
    let pem = match &args.command {
        Command::Set { pem, .. } | Command::Update { pem, .. } => Some(read_pem(pem)?),
        Command::Delete { .. } => {
            ctx.prompt.confirm(&format!(
                "remove the client CA certificate of cluster {reference} (logins with its client certificates stop working)"
            ))?;
            None
        }
        Command::Get => None,
    };
    let cluster = args.cluster.resolve(ctx).await?;
    let api = ctx.cockroach()?;
    let pem = pem.unwrap_or_default();
    let what = format!("the client CA certificate of cluster {}", cluster.name);
    match args.command {
        Command::Get => {
            let info = api.client_ca_cert(&cluster.id).await?;
            ctx.out.item(&info, COLUMNS)
        }
        Command::Set { wait, .. } => {
            // Read back, not repeated: the change locks the cluster, which would refuse a repeat.
            let mut info = once::write(
                ctx,
                &cluster,
                &wait,
                &what,
                || api.set_client_ca_cert(&cluster.id, &pem),
                || shows(ctx, &cluster, Some(&pem)),
            )
            .await?
            .into_inner();
            if wait.wait {
                info = until(ctx, &cluster, "IS_SET", &wait).await?;
            }
            ctx.out.status(&done(&cluster, &info, "Set"));
            ctx.out.item(&info, COLUMNS)
        }
        Command::Update { wait, .. } => {
            let mut info = once::write(
                ctx,
                &cluster,
                &wait,
                &what,
                || api.update_client_ca_cert(&cluster.id, &pem),
                || shows(ctx, &cluster, Some(&pem)),
            )
            .await?
            .into_inner();
            if wait.wait {
                info = until(ctx, &cluster, "IS_SET", &wait).await?;
            }
            ctx.out.status(&done(&cluster, &info, "Replaced"));
            ctx.out.item(&info, COLUMNS)
        }
        Command::Delete { wait } => {
            let mut info = once::write(
                ctx,
                &cluster,
                &wait,
                &what,
                || api.delete_client_ca_cert(&cluster.id),
                || shows(ctx, &cluster, None),
            )
            .await?
            .into_inner();
            if wait.wait {
                info = until(ctx, &cluster, "NOT_SET", &wait).await?;
            }
            report_deleted(ctx, &done(&cluster, &info, "Removed"), &to_json(&info)?)
        }
    }
}

/// The certificate read back after a lost answer: `Some` when it is `pem` (`None`: when there is none).
async fn shows(ctx: &Ctx, cluster: &ClusterRef, pem: Option<&str>) -> Result<Option<ClientCaCert>> {
    let info = ctx.cockroach()?.client_ca_cert(&cluster.id).await?;
    let cert = info
        .x509_pem_cert
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty() && info.status.as_deref() != Some("NOT_SET"));
    Ok((cert == pem.map(str::trim)).then_some(info))
}

fn done(cluster: &ClusterRef, info: &ClientCaCert, verb: &str) -> String {
    match info.status.as_deref() {
        Some("PENDING") => format!(
            "{verb} the client CA certificate of cluster {}: the change is rolling out (PENDING); wait for it with --wait.",
            cluster.name
        ),
        _ => format!(
            "{verb} the client CA certificate of cluster {}.",
            cluster.name
        ),
    }
}

/// Until the certificate's status is `target`; FAILED ends it with an error.
async fn until(
    ctx: &Ctx,
    cluster: &ClusterRef,
    target: &str,
    wait: &WaitArgs,
) -> Result<ClientCaCert> {
    let api = ctx.cockroach()?;
    let what = format!(
        "the client CA certificate of cluster {} to be {target}",
        cluster.name
    );
    waits::until_status(ctx, wait, &what, target, || async {
        let info = api.client_ca_cert(&cluster.id).await?;
        let status = info.status.clone().unwrap_or_default();
        Ok((info, status))
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    const PEM: &str = "-----BEGIN CERTIFICATE-----
MIIBlzCCAT2gAwIBAgIUZVfaFz9XTM9BqqeWKPV8OQqmUNUwCgYIKoZIzj0EAwIw
ITEfMB0GA1UEAwwWZGJjbG91ZCB0ZXN0IGNsaWVudCBDQTAeFw0yNjExMzAxNDQ1
NTlaFw0zNjExMjcxNDQ1NTlaMCExHzAdBgNVBAMMFmRiY2xvdWQgdGVzdCBjbGll
bnQgQ0EwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAAQmJ7V/bFdFZFYAeUmy2a4w
nJzQWcN/7X+XUBNCW5KcLq5Q3Cw13HK7y9zqXaJUFy4vsJpqDVq1zD2Oho9fl8gl
o1MwUTAdBgNVHQ4EFgQUyMhFKWL72W+eivQ96EvO5lS8fSUwHwYDVR0jBBgwFoAU
yMhFKWL72W+eivQ96EvO5lS8fSUwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQD
AgNIADBFAiBOYI7eGR88/tlCNpDZmAxZ218By4xcRDiRuoBHeZkrPQIhAJ//xIQP
Vcdv1Q5lvdxllZn83tOQelStXXRF/moh9I1q
-----END CERTIFICATE-----
";

    #[test]
    fn pem_certificates_are_read() {
        assert_eq!(certificates(PEM).unwrap().len(), 1);
        assert_eq!(certificates(&format!("{PEM}\n{PEM}")).unwrap().len(), 2);
        let info = serde_json::json!({"status": "IS_SET", "x509_pem_cert": PEM});
        // As `openssl x509 -noout -fingerprint -sha256` prints it.
        assert_eq!(
            fingerprint(&info),
            "F3:1A:3E:BF:73:FC:A0:46:F3:B3:F2:3A:C4:8B:FF:FB:42:DB:DF:68:D8:0D:33:D3:04:60:85:7F:47:B5:58:3D"
        );
        assert_eq!(count(&info), "1");
    }

    #[test]
    fn what_is_not_pem_is_named() {
        assert!(certificates("").unwrap_err().contains("empty"));
        assert!(
            certificates("hello")
                .unwrap_err()
                .contains("expected -----BEGIN CERTIFICATE-----")
        );
        let key = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n";
        assert!(certificates(key).unwrap_err().contains("never a key"));
        let cut = PEM.replace("-----END CERTIFICATE-----", "");
        assert!(certificates(&cut).unwrap_err().contains("no -----END"));
        let garbled = PEM.replace("MIIBlz", "MIIB!z");
        assert!(certificates(&garbled).unwrap_err().contains("not base64"));
        let not_der = "-----BEGIN CERTIFICATE-----\naGVsbG8=\n-----END CERTIFICATE-----";
        assert!(certificates(not_der).unwrap_err().contains("not an X.509"));
    }
}
