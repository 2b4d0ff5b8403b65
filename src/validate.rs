//! Checks of user input, used as clap value parsers so a bad value is a usage error (exit 2) naming the flag
//! before anything is sent. Each returns the value in the form the API takes.

use std::net::IpAddr;
use std::time::Duration;

/// A human duration: `30s`, `2m`, `1h30m`, or a bare number of seconds.
pub fn duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    if let Ok(secs) = s.parse::<u64>() {
        return Ok(Duration::from_secs(secs));
    }
    humantime::parse_duration(s)
        .map_err(|_| format!("'{s}' is not a duration: use forms like 30s, 2m, 1h"))
}

pub fn uuid(s: &str) -> Result<String, String> {
    uuid::Uuid::parse_str(s.trim())
        .map(|u| u.hyphenated().to_string())
        .map_err(|_| format!("'{s}' is not a UUID (like 0f5e0e7c-55f3-4c5e-9a7a-3c1d4c0c9b1e)"))
}

pub fn is_uuid(s: &str) -> bool {
    uuid::Uuid::parse_str(s).is_ok()
}

/// A CIDR range (`10.0.0.0/8`, `2001:db8::/32`), host bits allowed as the APIs accept them.
/// A CIDR range. One with host bits set (`203.0.113.7/24`) means its network (`203.0.113.0/24`): that is what
/// is sent, with a note on stderr, so the user sees the range the service will store rather than a rejection.
pub fn cidr(s: &str) -> Result<ipnet::IpNet, String> {
    let net = s
        .trim()
        .parse::<ipnet::IpNet>()
        .map_err(|_| format!("'{s}' is not a CIDR range (like 203.0.113.0/24)"))?;
    let network = net.trunc();
    if network != net {
        crate::output::notice(&format!(
            "note: {net} has host bits set; using the range it belongs to, {network}"
        ));
    }
    Ok(network)
}

/// An IP address or a CIDR range, returned as written (normalized).
pub fn ip_or_cidr(s: &str) -> Result<String, String> {
    let s = s.trim();
    if let Ok(ip) = s.parse::<IpAddr>() {
        return Ok(ip.to_string());
    }
    cidr(s).map(|n| n.to_string()).map_err(|_| {
        format!("'{s}' is not an IP address or CIDR range (like 203.0.113.7 or 203.0.113.0/24)")
    })
}

pub fn email(s: &str) -> Result<String, String> {
    let s = s.trim();
    if email_address::EmailAddress::is_valid(s) {
        Ok(s.to_string())
    } else {
        Err(format!("'{s}' is not an e-mail address"))
    }
}

/// An RFC 3339 time (`2026-11-22T10:00:00Z`, `2026-11-22T10:00:00+01:00`), passed on unchanged.
pub fn rfc3339(s: &str) -> Result<String, String> {
    let s = s.trim();
    let err = || format!("'{s}' is not an RFC 3339 time (like 2026-11-22T10:00:00Z)");
    let upper = s.to_ascii_uppercase();
    // humantime knows only `Z`; an explicit offset is checked by shape and the local part parsed.
    let local = if let Some(local) = upper.strip_suffix('Z') {
        local.to_string()
    } else {
        let (local, offset) = upper.split_at(upper.len().checked_sub(6).ok_or_else(err)?);
        let ob = offset.as_bytes();
        let valid_offset = matches!(ob[0], b'+' | b'-')
            && ob[1..3].iter().all(u8::is_ascii_digit)
            && ob[3] == b':'
            && ob[4..6].iter().all(u8::is_ascii_digit)
            && offset[1..3].parse::<u8>().is_ok_and(|h| h < 24)
            && offset[4..6].parse::<u8>().is_ok_and(|m| m < 60);
        if !valid_offset {
            return Err(err());
        }
        local.to_string()
    };
    if !local.contains('T') {
        return Err(err());
    }
    humantime::parse_rfc3339_weak(&local)
        .map(|_| s.to_string())
        .map_err(|_| err())
}

/// A calendar date, `YYYY-MM-DD` (`2026-11-22`), passed on unchanged.
pub fn date(s: &str) -> Result<String, String> {
    let s = s.trim();
    let shaped = s.len() == 10
        && s.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if shaped && humantime::parse_rfc3339_weak(&format!("{s}T00:00:00")).is_ok() {
        Ok(s.to_string())
    } else {
        Err(format!("'{s}' is not a date (like 2026-11-22)"))
    }
}

/// An ID the API defines as an opaque string (an API key's, an invoice's): non-empty, without whitespace or
/// control characters, which no ID has and which would only earn a 404.
pub fn id(s: &str) -> Result<String, String> {
    let t = s.trim();
    if t.is_empty() {
        return Err("the ID must not be empty".into());
    }
    if t.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!(
            "'{s}' is not an ID: IDs have no spaces or control characters"
        ));
    }
    Ok(t.to_string())
}

/// An absolute http(s) URL with a host (`https://login.example.com/`), passed on as written.
pub fn http_url(s: &str) -> Result<String, String> {
    let t = s.trim();
    match reqwest::Url::parse(t) {
        Ok(u) if matches!(u.scheme(), "https" | "http") && u.host_str().is_some() => {
            Ok(t.to_string())
        }
        _ => Err(format!(
            "'{s}' is not an http(s) URL (like https://accounts.example.com)"
        )),
    }
}

/// A non-empty name without control characters.
pub fn name(s: &str) -> Result<String, String> {
    let t = s.trim();
    if t.is_empty() {
        return Err("the name must not be empty".into());
    }
    if t.chars().any(char::is_control) {
        return Err(format!("'{s}' contains control characters"));
    }
    Ok(t.to_string())
}

/// The first rule of ClickHouse Cloud's console a password breaks (at least 12 characters, an upper-case
/// letter, a lower-case letter, a digit, a special character), or `None`. Only the password's hashes reach the
/// API, so nothing but dbcloud can catch a weak one.
pub fn weak_password(password: &str) -> Option<&'static str> {
    if password.chars().count() < 12 {
        Some("it is shorter than 12 characters")
    } else if !password.chars().any(|c| c.is_uppercase()) {
        Some("it has no upper-case letter")
    } else if !password.chars().any(|c| c.is_lowercase()) {
        Some("it has no lower-case letter")
    } else if !password.chars().any(|c| c.is_ascii_digit()) {
        Some("it has no digit")
    } else if password.chars().all(|c| c.is_alphanumeric()) {
        Some("it has no special character")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(duration("30s").unwrap(), Duration::from_secs(30));
        assert_eq!(duration("2m").unwrap(), Duration::from_secs(120));
        assert_eq!(duration("1h").unwrap(), Duration::from_secs(3600));
        assert_eq!(duration("45").unwrap(), Duration::from_secs(45));
        assert!(duration("soon").is_err());
    }

    #[test]
    fn addresses() {
        assert_eq!(ip_or_cidr("10.0.0.1").unwrap(), "10.0.0.1");
        assert_eq!(ip_or_cidr("10.0.0.0/8").unwrap(), "10.0.0.0/8");
        assert!(ip_or_cidr("10.0.0.0/33").is_err());
        assert!(ip_or_cidr("example.com").is_err());
        assert!(cidr("2001:db8::/32").is_ok());
    }

    #[test]
    fn times() {
        assert!(rfc3339("2026-11-22T10:00:00Z").is_ok());
        assert!(rfc3339("2026-11-22T10:00:00.123Z").is_ok());
        assert!(rfc3339("2026-11-22T10:00:00+01:00").is_ok());
        assert!(rfc3339("2026-11-22").is_err());
        assert!(rfc3339("2026-13-22T10:00:00Z").is_err());
        assert!(rfc3339("yesterday").is_err());
        assert!(rfc3339("2026-11-22T10:00:00+25:00").is_err());
    }

    #[test]
    fn dates() {
        assert_eq!(date("2026-11-22").unwrap(), "2026-11-22");
        assert!(date("2026-02-30").is_err());
        assert!(date("2026-1-2").is_err());
        assert!(date("2026-11-22T00:00:00Z").is_err());
        assert!(date("yesterday").is_err());
    }

    #[test]
    fn ids_and_mail() {
        assert!(uuid("0f5e0e7c-55f3-4c5e-9a7a-3c1d4c0c9b1e").is_ok());
        assert!(uuid("nope").is_err());
        assert!(email("a@example.com").is_ok());
        assert!(email("a@").is_err());
        assert!(name("  ").is_err());
        assert_eq!(id(" abc123 ").unwrap(), "abc123");
        assert!(id("").is_err());
        assert!(id("a b").is_err());
    }

    #[test]
    fn urls() {
        assert!(http_url("https://accounts.example.com").is_ok());
        assert!(http_url("http://localhost:8080/realms/x").is_ok());
        assert!(http_url("ftp://example.com").is_err());
        assert!(http_url("example.com").is_err());
        assert!(http_url("https://").is_err());
    }
}
