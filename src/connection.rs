//! Connection strings that work as printed: for a ClickHouse service (a `clickhouse client` command line, or a
//! URL), a Postgres service (a `postgres://` URL) and a CockroachDB cluster (the API's string with its
//! certificate path made real). No secret is ever part of them: clients ask for the password, or read it from
//! their own configuration.

use serde_json::{Value, json};

/// A ClickHouse service's connection: its native TLS endpoint for `clickhouse client`, its HTTPS one for URLs.
pub fn clickhouse(service: &Value, user: &str) -> Option<Value> {
    let endpoint = |protocol: &str| {
        service["endpoints"]
            .as_array()?
            .iter()
            .find(|e| e["protocol"] == protocol)
            .map(|e| {
                (
                    e["host"].as_str().unwrap_or_default().to_string(),
                    e["port"].as_u64().unwrap_or_default(),
                )
            })
    };
    let (host, native_port) =
        endpoint("nativesecure").or_else(|| endpoint("https").map(|(h, _)| (h, 9440)))?;
    let https_port = endpoint("https").map_or(8443, |(_, p)| p);
    Some(json!({
        "host": host,
        "port": native_port,
        "user": user,
        "command": format!(
            "clickhouse client --host {host} --port {native_port} --secure --user {user} --password"
        ),
        "url": format!("https://{user}@{host}:{https_port}"),
    }))
}

/// A Postgres service's `postgres://` URL (TLS required), for its superuser unless another user is given.
pub fn postgres(service: &Value, user: Option<&str>) -> Option<Value> {
    let host = service["hostname"].as_str()?;
    let user = user
        .or_else(|| service["username"].as_str())
        .unwrap_or("postgres");
    Some(json!({
        "host": host,
        "port": 5432,
        "user": user,
        "url": format!("postgres://{user}@{host}:5432/postgres?sslmode=require"),
    }))
}

/// The CockroachDB API writes the CA certificate's path with a variable (`$HOME/...`, `%APPDATA%\...`) that
/// no client expands inside a URL: it becomes the real path of this machine, and the path is returned so the
/// caller can say how to get the certificate when it is not there.
pub fn real_cert_path(connection: &str) -> (String, Option<String>) {
    let Some(start) = connection.find("sslrootcert=") else {
        return (connection.to_string(), None);
    };
    let value_start = start + "sslrootcert=".len();
    let value_end = connection[value_start..]
        .find('&')
        .map_or(connection.len(), |i| value_start + i);
    let raw = &connection[value_start..value_end];
    let expanded = expand(raw);
    let fixed = format!(
        "{}{}{}",
        &connection[..value_start],
        expanded,
        &connection[value_end..]
    );
    (fixed, Some(expanded))
}

fn expand(path: &str) -> String {
    let home = std::env::var("HOME").ok();
    let appdata = std::env::var("APPDATA").ok();
    let mut out = path.to_string();
    if let Some(home) = home {
        out = out.replace("$HOME", &home).replace("${HOME}", &home);
        if let Some(rest) = out.strip_prefix("~/") {
            out = format!("{home}/{rest}");
        }
    }
    if let Some(appdata) = appdata {
        out = out.replace("%APPDATA%", &appdata);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clickhouse_client_lines_and_urls() {
        let service = json!({"endpoints": [
            {"protocol": "https", "host": "h.example.com", "port": 8443},
            {"protocol": "nativesecure", "host": "h.example.com", "port": 9440}
        ]});
        let c = clickhouse(&service, "default").unwrap();
        assert_eq!(
            c["command"],
            "clickhouse client --host h.example.com --port 9440 --secure --user default --password"
        );
        assert_eq!(c["url"], "https://default@h.example.com:8443");
        assert!(clickhouse(&json!({"endpoints": []}), "default").is_none());
    }

    #[test]
    fn certificate_paths_become_real() {
        // SAFETY of the test: HOME is read, not changed.
        let home = std::env::var("HOME").unwrap_or_default();
        let (s, path) = real_cert_path(
            "postgresql://u@h:26257/db?sslmode=verify-full&sslrootcert=$HOME/.postgresql/root.crt",
        );
        assert_eq!(
            path.as_deref(),
            Some(format!("{home}/.postgresql/root.crt").as_str())
        );
        assert!(
            s.ends_with(&format!("sslrootcert={home}/.postgresql/root.crt")),
            "{s}"
        );
        assert!(!s.contains("$HOME"));
        let (s, path) = real_cert_path("postgresql://u@h:26257/db?sslmode=verify-full");
        assert!(path.is_none() && s.ends_with("verify-full"));
    }
}
