//! What `--verbose` never shows: credentials in headers and the secret-bearing fields of JSON bodies.

use reqwest::header::HeaderValue;
use serde_json::Value;

pub(super) fn redacted_auth(value: &HeaderValue) -> &'static str {
    match value.to_str().unwrap_or_default().split(' ').next() {
        Some("Basic") => "Basic [REDACTED]",
        Some("Bearer") => "Bearer [REDACTED]",
        _ => "[REDACTED]",
    }
}

/// JSON fields that carry secrets in either API (passwords, hashes of them, API key secrets, tokens).
const SECRET_FIELDS: &[&str] = &[
    "password",
    "newpasswordhash",
    "newdoublesha1hash",
    "keysecret",
    "key_secret",
    "secret",
    "api_key",
    "apikey",
    "azure_shared_key",
    "token",
    "access_token",
    "private_key",
    "credentials",
    // A Postgres connection string embeds the password.
    "connectionstring",
    // A presigned upload URL (UDF archives) carries its signature.
    "uploadurl",
    // Inside ClickPipe documents: AWS secret keys, TLS private keys, Azure and GCP credentials.
    "secretkey",
    "privatekey",
    "serviceaccountkey",
    "serviceaccountfile",
    // A backup bucket's credentials.
    "secretaccesskey",
    // ClickStack webhooks: the HTTP headers and query parameters sent with an alert (tokens, keys).
    "headers",
    "queryparams",
];

/// Replaces the value of every secret-bearing field, at any depth, with "[REDACTED]".
pub fn redact_json(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                if SECRET_FIELDS.contains(&k.to_ascii_lowercase().as_str()) && !v.is_null() {
                    *v = Value::String("[REDACTED]".into());
                } else {
                    redact_json(v);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(redact_json),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_redacted_at_any_depth() {
        let mut v = serde_json::json!({
            "result": {"service": {"name": "a"}, "password": "p4ss"},
            "keys": [{"keySecret": "s"}],
            "newPasswordHash": "h"
        });
        redact_json(&mut v);
        assert_eq!(v["result"]["password"], "[REDACTED]");
        assert_eq!(v["keys"][0]["keySecret"], "[REDACTED]");
        assert_eq!(v["newPasswordHash"], "[REDACTED]");
        let mut pipe = serde_json::json!({"source": {
            "kinesis": {"accessKey": {"accessKeyId": "AKIA", "secretKey": "s"}},
            "objectStorage": {"connectionString": "c", "serviceAccountKey": "k"},
            "pubsub": {"serviceAccountKey": {"serviceAccountFile": "f"}},
            "kafka": {"credentials": {"privateKey": "p"}}
        }});
        redact_json(&mut pipe);
        let text = pipe.to_string();
        for secret in ["\"s\"", "\"c\"", "\"k\"", "\"f\"", "\"p\""] {
            assert!(!text.contains(secret), "{text}");
        }
        assert_eq!(v["result"]["service"]["name"], "a");
        let mut v = serde_json::json!({"result": {"connectionString": "postgres://u:p4ss@h/db"}});
        redact_json(&mut v);
        assert_eq!(v["result"]["connectionString"], "[REDACTED]");
    }
}
