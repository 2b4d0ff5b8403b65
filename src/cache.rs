//! A small cache of answers that change rarely (the regions a cloud offers), in the data directory, so a check
//! that needs them costs one request a day instead of one per command. A cache that cannot be read or written
//! is simply not used: it never makes a command fail.

use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use serde_json::Value;

/// How long a cached answer is trusted.
pub const REGIONS_TTL: Duration = Duration::from_secs(24 * 3600);

fn dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "dbcloud").map(|d| d.cache_dir().to_path_buf())
}

/// A file name for a key (any text: an API URL, a provider, a flag).
fn file_for(key: &str) -> Option<PathBuf> {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(key.as_bytes());
    Some(dir()?.join(format!("{}.json", hex::encode(&digest[..12]))))
}

/// The value cached under `key`, if it is younger than `ttl`.
pub fn get(key: &str, ttl: Duration) -> Option<Value> {
    let path = file_for(key)?;
    let age = std::fs::metadata(&path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| SystemTime::now().duration_since(t).ok())?;
    if age > ttl {
        return None;
    }
    serde_json::from_slice(&std::fs::read(&path).ok()?).ok()
}

/// Caches `value` under `key` (atomically: a reader never sees half a file).
pub fn put(key: &str, value: &Value) {
    let Some(path) = file_for(key) else { return };
    let Some(parent) = path.parent() else { return };
    if std::fs::create_dir_all(parent).is_err() {
        return;
    }
    if let Ok(mut tmp) = tempfile::NamedTempFile::new_in(parent) {
        use std::io::Write;
        if tmp.write_all(value.to_string().as_bytes()).is_ok() {
            let _ = tmp.persist(&path);
        }
    }
}
