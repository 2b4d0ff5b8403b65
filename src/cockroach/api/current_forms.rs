//! The current API's forms of two seed operations, preferred where the server offers them: a database
//! renamed with `PATCH .../databases` (the name in the body) and an allowlist entry added with
//! `PUT .../allowlist/{cidr_ip}/{cidr_mask}`. A server that refuses them (404/405: it predates them) gets
//! the seed's form; neither refusal acted, so nothing is done twice.

use serde_json::{Value, json};

use super::networking::AllowlistEntry;
use super::private_links::form_refused;
use super::sql::Database;
use super::{Api, cluster_path};
use crate::error::Result;
use crate::http::{Request, segment};

impl Api {
    /// Renames a database: `PATCH .../databases` (EditDatabase2), else the seed's `PATCH .../databases/{name}`.
    pub async fn edit_database(
        &self,
        cluster: &str,
        name: &str,
        new_name: &str,
    ) -> Result<Database> {
        let path = format!("{}/databases", cluster_path(cluster));
        let body = json!({ "name": name, "new_name": new_name });
        match self.call(Request::patch(path, body)).await {
            Err(e) if form_refused(&e) => self.rename_database(cluster, name, new_name).await,
            other => other,
        }
    }

    /// Adds an entry: `PUT .../allowlist/{cidr_ip}/{cidr_mask}` (AddAllowlistEntry2), else the seed's POST.
    pub async fn put_allowlist_entry(
        &self,
        cluster: &str,
        entry: &AllowlistEntry,
    ) -> Result<AllowlistEntry> {
        let path = format!(
            "{}/networking/allowlist/{}/{}",
            cluster_path(cluster),
            segment(&entry.cidr_ip),
            entry.cidr_mask
        );
        let mut body = crate::http::to_json(entry)?;
        if let Value::Object(m) = &mut body {
            m.remove("cidr_ip");
            m.remove("cidr_mask");
        }
        match self.call(Request::put(path, body)).await {
            Err(e) if form_refused(&e) => self.add_allowlist_entry(cluster, entry).await,
            other => other,
        }
    }
}
