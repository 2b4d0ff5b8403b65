//! What a cluster offers to read: its connection string and nodes; the regions and versions
//! clusters can be created with.

use serde_json::{Value, json};

use super::Area;
use super::clusters::{DEDICATED_PLAN, REGIONS, VERSIONS, cluster_view};
use crate::engine::{ApiError, Ctx, Reply, list_body, page_params, paginate_vec};

pub(super) const AREA: Area = Area::new(dispatch);

fn dispatch(ctx: &mut Ctx<'_>, op_id: &str) -> Option<Result<Reply, ApiError>> {
    Some(match op_id {
        "GetConnectionString" => connection_string(ctx),
        "ListClusterNodes" => nodes(ctx),
        "ListAvailableRegions" => available_regions(ctx),
        "ListMajorClusterVersions" => versions(ctx),
        _ => return None,
    })
}

fn connection_string(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let c = cluster_view(ctx)?;
    let database = ctx.query("database").unwrap_or("defaultdb");
    let user = ctx.query("sql_user").unwrap_or("{username}");
    let host = c["regions"][0]["sql_dns"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let os = ctx.query("os").unwrap_or("LINUX");
    let cert = match os {
        "MAC" => "$HOME/Library/CockroachCloud/certs/root.crt",
        "WINDOWS" => "%APPDATA%\\postgresql\\root.crt",
        _ => "$HOME/.postgresql/root.crt",
    };
    let mut s = format!("postgresql://{user}@{host}:26257/{database}?sslmode=verify-full");
    if c["plan"] == DEDICATED_PLAN {
        s.push_str(&format!("&sslrootcert={cert}"));
    }
    Ok(Reply::Json(json!({
        "connection_string": s,
        "params": {"Host": host, "Port": "26257", "Database": database, "Username": user},
    })))
}

fn nodes(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let c = cluster_view(ctx)?;
    let filter = ctx.query("region_name").map(str::to_string);
    let status = if c["state"] == "CREATING" || c["state"] == "CREATION_FAILED" {
        "NOT_READY"
    } else {
        "LIVE"
    };
    let short: String = c["id"]
        .as_str()
        .unwrap_or_default()
        .chars()
        .filter(|c| *c != '-')
        .take(4)
        .collect();
    let mut nodes = Vec::new();
    if c["plan"] == DEDICATED_PLAN {
        for r in c["regions"].as_array().into_iter().flatten() {
            let region = r["name"].as_str().unwrap_or_default();
            if filter.as_deref().is_some_and(|f| f != region) {
                continue;
            }
            for i in 0..r["node_count"].as_i64().unwrap_or(0) {
                nodes.push(json!({
                    "name": format!("cockroachdb-{short}-{region}-{i}"),
                    "region_name": region,
                    "status": status,
                }));
            }
        }
    }
    let page = page_params(ctx)?;
    let (nodes, next) = paginate_vec(nodes, &page);
    Ok(Reply::Json(list_body("nodes", nodes, next)))
}

fn available_regions(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let provider = ctx.query("provider").map(str::to_string);
    let serverless = ctx.query("serverless") == Some("true");
    let regions: Vec<Value> = REGIONS
        .iter()
        .filter(|(p, _, s, _)| provider.as_deref().is_none_or(|f| f == *p) && (!serverless || *s))
        .enumerate()
        .map(|(i, (p, r, s, location))| {
            // How far the region is from the caller, in km; the emulator has no caller location.
            let distance = 100.0 * (i + 1) as f64;
            json!({"name": r, "provider": p, "serverless": s, "location": location, "distance": distance})
        })
        .collect();
    let page = page_params(ctx)?;
    let (regions, next) = paginate_vec(regions, &page);
    Ok(Reply::Json(list_body("regions", regions, next)))
}

fn versions(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let versions: Vec<Value> = VERSIONS
        .iter()
        .map(|(major, _)| {
            json!({
                "version": major,
                "support_status": if *major < "v24.1" { "UNSUPPORTED" } else { "SUPPORTED" },
                "release_type": if *major == "v24.2" { "INNOVATION" } else { "REGULAR" },
                "support_end": support_end(major),
                "allowed_upgrades": VERSIONS
                    .iter()
                    .map(|(m, _)| *m)
                    .filter(|m| m > major)
                    .take(2)
                    .collect::<Vec<_>>(),
            })
        })
        .collect();
    let page = page_params(ctx)?;
    let (versions, next) = paginate_vec(versions, &page);
    Ok(Reply::Json(list_body("versions", versions, next)))
}

/// When support of a major version ends: a year after its release, the releases twice a year
/// (vYY.1 in spring, vYY.2 and later in autumn).
fn support_end(major: &str) -> String {
    let mut parts = major.trim_start_matches('v').split('.');
    let year = parts
        .next()
        .and_then(|y| y.parse::<u32>().ok())
        .unwrap_or(25);
    let minor = parts
        .next()
        .and_then(|m| m.parse::<u32>().ok())
        .unwrap_or(1);
    let month = if minor == 1 { 5 } else { 11 };
    format!("20{:02}-{month:02}-15T00:00:00Z", year + 1)
}
