//! Databases and SQL users of a cluster.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::{Api, cluster_path};
use crate::error::Result;
use crate::http::{List, Request, segment};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Database {
    pub name: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SqlUser {
    pub name: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

fn databases_path(cluster: &str) -> String {
    format!("{}/databases", cluster_path(cluster))
}

fn sql_users_path(cluster: &str) -> String {
    format!("{}/sql-users", cluster_path(cluster))
}

impl Api {
    pub fn databases(&self, cluster: &str, limit: Option<usize>) -> List<'_, Database> {
        self.list_all(Request::get(databases_path(cluster)), "databases", limit)
    }

    pub async fn create_database(&self, cluster: &str, name: &str) -> Result<Database> {
        self.call(Request::post(
            databases_path(cluster),
            json!({ "name": name }),
        ))
        .await
    }

    pub async fn rename_database(
        &self,
        cluster: &str,
        name: &str,
        new_name: &str,
    ) -> Result<Database> {
        let path = format!("{}/{}", databases_path(cluster), segment(name));
        self.call(Request::patch(path, json!({ "new_name": new_name })))
            .await
    }

    pub async fn delete_database(&self, cluster: &str, name: &str) -> Result<Database> {
        let path = format!("{}/{}", databases_path(cluster), segment(name));
        self.call(Request::delete(path)).await
    }

    pub fn sql_users(&self, cluster: &str, limit: Option<usize>) -> List<'_, SqlUser> {
        self.list_all(Request::get(sql_users_path(cluster)), "users", limit)
    }

    pub async fn create_sql_user(
        &self,
        cluster: &str,
        name: &str,
        password: &str,
    ) -> Result<SqlUser> {
        let body = json!({ "name": name, "password": password });
        self.call(Request::post(sql_users_path(cluster), body))
            .await
    }

    pub async fn delete_sql_user(&self, cluster: &str, name: &str) -> Result<SqlUser> {
        let path = format!("{}/{}", sql_users_path(cluster), segment(name));
        self.call(Request::delete(path)).await
    }

    pub async fn set_sql_user_password(
        &self,
        cluster: &str,
        name: &str,
        password: &str,
    ) -> Result<SqlUser> {
        let path = format!("{}/{}/password", sql_users_path(cluster), segment(name));
        self.call(Request::put(path, json!({ "password": password })))
            .await
    }
}
