//! JWT issuers: external identity providers whose tokens the organization accepts.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::Api;
use crate::error::Result;
use crate::http::{List, Request, segment};

const JWT_ISSUERS: &str = "/api/v1/jwt-issuers";

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct JwtIssuer {
    pub id: String,
    #[serde(default)]
    pub issuer_url: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// How a token's identity becomes a CockroachDB Cloud identity (`JWTIssuerIdentityMapEntry`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct IdentityMapEntry {
    /// The identity in the token's claim: a value, or a regular expression starting with `/`.
    pub token_identity: String,
    /// The e-mail address or service account ID it maps to (`\1` for what the expression matched).
    pub cc_identity: String,
}

/// The body of AddJWTIssuer and, every field optional, of UpdateJWTIssuer.
#[derive(Clone, Debug, Default, Serialize)]
pub struct JwtIssuerFields {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issuer_url: Option<String>,
    /// The audience the tokens are for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audience: Option<String>,
    /// The claim that identifies the user [the service's default: `sub`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claim: Option<String>,
    /// The JSON Web Key Set verifying the tokens, as a JSON string.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jwks: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity_map: Option<Vec<IdentityMapEntry>>,
}

impl JwtIssuerFields {
    pub fn is_empty(&self) -> bool {
        self.issuer_url.is_none()
            && self.audience.is_none()
            && self.claim.is_none()
            && self.jwks.is_none()
            && self.identity_map.is_none()
    }
}

fn issuer_path(id: &str) -> String {
    format!("{JWT_ISSUERS}/{}", segment(id))
}

impl Api {
    pub fn jwt_issuers(&self, limit: Option<usize>) -> List<'_, JwtIssuer> {
        self.list_all(Request::get(JWT_ISSUERS), "jwt_issuers", limit)
    }

    pub async fn add_jwt_issuer(&self, issuer: &JwtIssuerFields) -> Result<JwtIssuer> {
        let body = crate::http::to_json(issuer)?;
        self.call(Request::post(JWT_ISSUERS, body)).await
    }

    pub async fn jwt_issuer(&self, id: &str) -> Result<JwtIssuer> {
        self.call(Request::get(issuer_path(id))).await
    }

    pub async fn update_jwt_issuer(
        &self,
        id: &str,
        changes: &JwtIssuerFields,
    ) -> Result<JwtIssuer> {
        let body = crate::http::to_json(changes)?;
        self.call(Request::patch(issuer_path(id), body)).await
    }

    pub async fn delete_jwt_issuer(&self, id: &str) -> Result<JwtIssuer> {
        self.call(Request::delete(issuer_path(id))).await
    }
}
