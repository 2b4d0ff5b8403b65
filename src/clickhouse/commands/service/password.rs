//! `dbcloud ch service reset-password`.

use serde_json::json;

use super::{Prepared, print_result};
use crate::clickhouse::service_id;
use crate::confirm;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::{Column, ShownSecret, to_json};

pub(super) async fn reset_password(
    ctx: &Ctx,
    org: &str,
    reference: &str,
    prepared: Prepared,
) -> Result<()> {
    let id = service_id(ctx, org, reference).await?;
    let api = ctx.clickhouse()?;
    // A generated password lost with its answer is replaced by the repeat's: the last one is in force.
    let what = format!("the password of service {reference}");
    let mut changed = confirm::repeat(ctx, &what, || {
        api.change_service_password(org, &id, &prepared.hashes)
    })
    .await?;
    ctx.out
        .status(&format!("Changed the password of service {reference}."));
    match (changed.password.take(), prepared.password_file) {
        (Some(password), Some(file)) => {
            let path = file.path().display().to_string();
            file.write(&password)?;
            ctx.out.status(&format!("Password written to {path}."));
            print_result(ctx, &to_json(&changed)?)
        }
        (Some(password), None) => {
            let shown = json!({ "service": reference, "id": id });
            changed.password = Some(password.clone());
            ctx.out.item_with_secrets(
                &shown,
                &[
                    Column::field("SERVICE", "service"),
                    Column::field("ID", "id"),
                ],
                &[ShownSecret {
                    header: "PASSWORD",
                    field: "password",
                    value: &password,
                }],
                "the new password",
                "or use --password-file or --password-stdin next time",
            )
        }
        (None, file) => {
            if file.is_some() {
                ctx.out
                    .warn("the API returned no generated password; nothing was written");
            }
            print_result(ctx, &to_json(&changed)?)
        }
    }
}
