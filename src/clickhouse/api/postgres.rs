//! Postgres services (`/v1/organizations/{org}/postgres/...`): lifecycle, read replicas, restores, the
//! superuser password, configuration, CA certificates, metrics and slow query patterns.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{Api, Tag, child_path, org_path};
use crate::error::Result;
use crate::http::{List, Request, to_json};

/// A Postgres service as the API shows it (a list item has the same typed fields).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PostgresService {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub state: String,
    /// Returned only when the service is created (or its password reset): it can never be read again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// Embeds the password, so returned only with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_string: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The settings of a service: Postgres' own (`pgConfig`) and its PgBouncer's (`pgBouncerConfig`). Each is
/// sent only when it has a setting (the API refuses an empty one).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PostgresSettings {
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub pg_config: Map<String, Value>,
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub pg_bouncer_config: Map<String, Value>,
}

impl PostgresSettings {
    pub fn is_empty(&self) -> bool {
        self.pg_config.is_empty() && self.pg_bouncer_config.is_empty()
    }
}

/// `POST .../postgres`.
#[derive(Clone, Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewPostgres {
    pub name: String,
    pub provider: String,
    pub region: String,
    pub size: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub postgres_version: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ha_type: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Tag>,
    #[serde(flatten)]
    pub settings: PostgresSettings,
}

/// `PATCH .../postgres/{id}`.
#[derive(Clone, Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PostgresPatch {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ha_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

/// `POST .../readReplica`: a new service that follows this one.
#[derive(Clone, Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewReadReplica {
    pub name: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Tag>,
    #[serde(flatten)]
    pub settings: PostgresSettings,
}

/// `POST .../restoredService`: a new service from this one's continuous backup, as of `restore_target`.
#[derive(Clone, Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewRestoredPostgres {
    pub name: String,
    pub restore_target: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Tag>,
    #[serde(flatten)]
    pub settings: PostgresSettings,
}

/// `PATCH .../state` commands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PostgresCommand {
    Restart,
    Promote,
    Switchover,
}

impl PostgresCommand {
    pub fn as_str(self) -> &'static str {
        match self {
            PostgresCommand::Restart => "restart",
            PostgresCommand::Promote => "promote",
            PostgresCommand::Switchover => "switchover",
        }
    }
}

/// The answer to a password change: the generated password, when none was sent.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PostgresPasswordChanged {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `GET .../metrics`: the time window and the bucket size.
#[derive(Clone, Debug, Default)]
pub struct MetricsQuery {
    pub from: String,
    pub to: String,
    pub bucket_seconds: Option<u32>,
}

/// `GET .../slowQueryPatterns`: the window, filters, order and one page.
#[derive(Clone, Debug, Default)]
pub struct SlowQueryFilter {
    pub from: String,
    pub to: String,
    pub db_name: Option<String>,
    pub db_user: Option<String>,
    pub db_operation: Option<String>,
    pub app: Option<String>,
    pub sort_by: Option<String>,
    pub sort_order: Option<String>,
}

/// `GET .../slowQueryPatterns/{queryId}`: which pattern, and optionally one execution of it.
#[derive(Clone, Debug, Default)]
pub struct SlowQueryKey {
    pub db_name: String,
    pub db_user: String,
    pub db_operation: String,
    pub app: Option<String>,
    pub timestamp: Option<String>,
}

fn postgres_path(org: &str, id: &str) -> String {
    child_path(org, "postgres", id)
}

impl Api {
    pub fn postgres_services(&self, org: &str) -> List<'_, PostgresService> {
        self.list(Request::get(format!("{}/postgres", org_path(org))))
    }

    pub async fn postgres_service(&self, org: &str, id: &str) -> Result<PostgresService> {
        self.call(Request::get(postgres_path(org, id))).await
    }

    pub async fn create_postgres(&self, org: &str, spec: &NewPostgres) -> Result<PostgresService> {
        let req = Request::post(format!("{}/postgres", org_path(org)), to_json(spec)?);
        self.call(req).await
    }

    pub async fn update_postgres(
        &self,
        org: &str,
        id: &str,
        patch: &PostgresPatch,
    ) -> Result<PostgresService> {
        self.call(Request::patch(postgres_path(org, id), to_json(patch)?))
            .await
    }

    pub async fn delete_postgres(&self, org: &str, id: &str) -> Result<()> {
        self.call_empty(Request::delete(postgres_path(org, id)))
            .await
    }

    pub async fn change_postgres_state(
        &self,
        org: &str,
        id: &str,
        command: PostgresCommand,
    ) -> Result<PostgresService> {
        let body = serde_json::json!({ "command": command.as_str() });
        let path = format!("{}/state", postgres_path(org, id));
        self.call(Request::patch(path, body)).await
    }

    pub async fn create_postgres_read_replica(
        &self,
        org: &str,
        id: &str,
        spec: &NewReadReplica,
    ) -> Result<PostgresService> {
        let path = format!("{}/readReplica", postgres_path(org, id));
        self.call(Request::post(path, to_json(spec)?)).await
    }

    pub async fn restore_postgres(
        &self,
        org: &str,
        id: &str,
        spec: &NewRestoredPostgres,
    ) -> Result<PostgresService> {
        let path = format!("{}/restoredService", postgres_path(org, id));
        self.call(Request::post(path, to_json(spec)?)).await
    }

    /// Sets the superuser password: `Some` sets that one, `None` has the API generate one (returned).
    pub async fn change_postgres_password(
        &self,
        org: &str,
        id: &str,
        password: Option<&str>,
    ) -> Result<PostgresPasswordChanged> {
        let body = match password {
            Some(p) => serde_json::json!({ "password": p }),
            None => serde_json::json!({}),
        };
        let path = format!("{}/password", postgres_path(org, id));
        self.call(Request::patch(path, body)).await
    }

    pub async fn postgres_config(&self, org: &str, id: &str) -> Result<Value> {
        let path = format!("{}/config", postgres_path(org, id));
        self.call(Request::get(path)).await
    }

    /// Changes the settings named in `body` (a `postgresInstanceConfig` document), keeping the others.
    pub async fn patch_postgres_config(&self, org: &str, id: &str, body: Value) -> Result<Value> {
        let path = format!("{}/config", postgres_path(org, id));
        self.call(Request::patch(path, body)).await
    }

    /// Replaces the whole configuration with `body` (a `postgresInstanceConfig` document).
    pub async fn replace_postgres_config(&self, org: &str, id: &str, body: Value) -> Result<Value> {
        let path = format!("{}/config", postgres_path(org, id));
        self.call(Request::post(path, body)).await
    }

    /// The CA certificates of the service, PEM text as the API sends it.
    pub async fn postgres_ca_certificates(&self, org: &str, id: &str) -> Result<String> {
        let path = format!("{}/caCertificates", postgres_path(org, id));
        self.call_text(Request::get(path)).await
    }

    pub async fn postgres_prometheus(&self, org: &str, id: &str) -> Result<String> {
        let path = format!("{}/prometheus", postgres_path(org, id));
        self.call_text(Request::get(path)).await
    }

    /// Prometheus metrics of every Postgres service of the organization.
    pub async fn postgres_org_prometheus(&self, org: &str) -> Result<String> {
        let path = format!("{}/postgres/prometheus", org_path(org));
        self.call_text(Request::get(path)).await
    }

    pub async fn postgres_metrics(&self, org: &str, id: &str, q: &MetricsQuery) -> Result<Value> {
        let path = format!("{}/metrics", postgres_path(org, id));
        let req = Request::get(path)
            .query("from_date", &q.from)
            .query("to_date", &q.to)
            .query_opt("bucket_size_seconds", q.bucket_seconds);
        self.call(req).await
    }

    /// One page of slow query patterns: `limit` of them after the first `offset`.
    pub fn postgres_slow_queries(
        &self,
        org: &str,
        id: &str,
        filter: &SlowQueryFilter,
        limit: u32,
        offset: u64,
    ) -> List<'_, Value> {
        let path = format!("{}/slowQueryPatterns", postgres_path(org, id));
        let req = Request::get(path)
            .query("from_date", &filter.from)
            .query("to_date", &filter.to)
            .query_opt("db_name", filter.db_name.as_ref())
            .query_opt("db_user", filter.db_user.as_ref())
            .query_opt("db_operation", filter.db_operation.as_ref())
            .query_opt("app", filter.app.as_ref())
            .query_opt("sort_by", filter.sort_by.as_ref())
            .query_opt("sort_order", filter.sort_order.as_ref())
            .query("limit", limit)
            .query("offset", offset);
        self.list(req)
    }

    pub async fn postgres_slow_query(
        &self,
        org: &str,
        id: &str,
        query_id: &str,
        key: &SlowQueryKey,
    ) -> Result<Value> {
        let path = format!(
            "{}/slowQueryPatterns/{}",
            postgres_path(org, id),
            crate::http::segment(query_id)
        );
        let req = Request::get(path)
            .query("db_name", &key.db_name)
            .query("db_user", &key.db_user)
            .query("db_operation", &key.db_operation)
            .query_opt("app", key.app.as_ref())
            .query_opt("timestamp", key.timestamp.as_ref());
        self.call(req).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn bodies_carry_only_what_is_set() {
        let mut settings = PostgresSettings::default();
        settings
            .pg_config
            .insert("max_connections".into(), json!(200));
        let spec = NewPostgres {
            name: "pg".into(),
            provider: "aws".into(),
            region: "us-east-1".into(),
            size: "r8gd.large".into(),
            tags: vec![Tag {
                key: "env".into(),
                value: Some("prod".into()),
            }],
            settings,
            ..NewPostgres::default()
        };
        assert_eq!(
            to_json(&spec).unwrap(),
            json!({"name": "pg", "provider": "aws", "region": "us-east-1", "size": "r8gd.large",
                   "tags": [{"key": "env", "value": "prod"}], "pgConfig": {"max_connections": 200}})
        );
        assert_eq!(
            to_json(&PostgresPatch {
                ha_type: Some("sync".into()),
                ..PostgresPatch::default()
            })
            .unwrap(),
            json!({"haType": "sync"})
        );
    }

    #[test]
    fn secrets_are_read_apart_from_the_rest() {
        let s: PostgresService = serde_json::from_value(json!({
            "id": "i", "name": "n", "state": "creating", "password": "p", "connectionString": "postgres://u:p@h",
            "size": "r8gd.large"
        }))
        .unwrap();
        assert_eq!(s.password.as_deref(), Some("p"));
        assert_eq!(s.extra["size"], "r8gd.large");
        assert!(!s.extra.contains_key("password"));
    }
}
