//! JWT issuers: external identity providers whose tokens the organization accepts.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::Api;
use crate::error::Result;
use crate::http::{Request, segment};

const JWT_ISSUERS: &str = "/api/v1/jwt-issuers";

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct JwtIssuer {
    pub id: String,
    #[serde(default)]
    pub issuer_url: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// What `jwt-issuer update` changes; `None` leaves a value as it is.
#[derive(Clone, Debug, Default)]
pub struct JwtIssuerChanges {
    pub issuer_url: Option<String>,
    pub jwks_id: Option<String>,
}

fn issuer_path(id: &str) -> String {
    format!("{JWT_ISSUERS}/{}", segment(id))
}

impl Api {
    pub async fn jwt_issuers(&self, limit: Option<usize>) -> Result<Vec<JwtIssuer>> {
        self.list_all(Request::get(JWT_ISSUERS), "issuers", limit)
            .await
    }

    pub async fn add_jwt_issuer(&self, issuer_url: &str, jwks_id: &str) -> Result<JwtIssuer> {
        let body = json!({ "issuer_url": issuer_url, "jwks_id": jwks_id });
        self.call(Request::post(JWT_ISSUERS, body)).await
    }

    pub async fn jwt_issuer(&self, id: &str) -> Result<JwtIssuer> {
        self.call(Request::get(issuer_path(id))).await
    }

    pub async fn update_jwt_issuer(
        &self,
        id: &str,
        changes: &JwtIssuerChanges,
    ) -> Result<JwtIssuer> {
        let mut body = Map::new();
        if let Some(u) = &changes.issuer_url {
            body.insert("issuer_url".into(), json!(u));
        }
        if let Some(j) = &changes.jwks_id {
            body.insert("jwks_id".into(), json!(j));
        }
        self.call(Request::patch(issuer_path(id), Value::Object(body)))
            .await
    }

    pub async fn delete_jwt_issuer(&self, id: &str) -> Result<JwtIssuer> {
        self.call(Request::delete(issuer_path(id))).await
    }
}
