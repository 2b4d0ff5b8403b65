//! The emulator's state: ordered collections of JSON resources keyed by their concrete collection
//! path (`/api/v1/clusters`, `/api/v1/clusters/<id>/databases`, ...), single configuration objects,
//! and persistence to a JSON file (written atomically after every mutation).
//!
//! Fields whose name starts with `_` are the emulator's own bookkeeping (the item's key and order,
//! when a transition began, secrets); they are never part of an answer.

use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value, json};

/// Milliseconds since the Unix epoch: the unit of every timestamp the state keeps, so that
/// transitions computed from them hold across processes sharing a state file.
pub type Millis = u64;

pub fn now_ms() -> Millis {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

/// RFC 3339 with second precision, as ClickHouse Cloud writes timestamps (`2024-05-01T10:00:00Z`).
pub fn rfc3339(ms: Millis) -> String {
    humantime::format_rfc3339_seconds(UNIX_EPOCH + Duration::from_millis(ms)).to_string()
}

/// RFC 3339 with millisecond precision (CockroachDB Cloud, the request log).
pub fn rfc3339_millis(ms: Millis) -> String {
    humantime::format_rfc3339_millis(UNIX_EPOCH + Duration::from_millis(ms)).to_string()
}

pub fn parse_rfc3339(s: &str) -> Option<Millis> {
    let s = s.trim();
    // humantime reads UTC only (`Z`); an explicit `±HH:MM` offset is applied here.
    let (local, offset_secs) = match s
        .len()
        .checked_sub(6)
        .and_then(|i| s.get(i..).map(|o| (&s[..i], o)))
    {
        Some((local, off)) if off.starts_with(['+', '-']) && off.as_bytes()[3] == b':' => {
            let hours: i64 = off[1..3].parse().ok()?;
            let minutes: i64 = off[4..6].parse().ok()?;
            let sign = if off.starts_with('-') { -1 } else { 1 };
            (local, sign * (hours * 3600 + minutes * 60))
        }
        _ => (s, 0),
    };
    let t = humantime::parse_rfc3339_weak(local).ok()?;
    let millis = t.duration_since(UNIX_EPOCH).ok()?.as_millis() as i64 - offset_secs * 1000;
    u64::try_from(millis).ok()
}

#[cfg(test)]
mod rfc3339_tests {
    use super::parse_rfc3339;

    #[test]
    fn offsets_are_applied() {
        let utc = parse_rfc3339("2026-11-22T10:00:00Z").unwrap();
        assert_eq!(parse_rfc3339("2026-11-22T10:00:00+00:00"), Some(utc));
        assert_eq!(parse_rfc3339("2026-11-22T11:00:00+01:00"), Some(utc));
        assert_eq!(parse_rfc3339("2026-11-22T04:30:00-05:30"), Some(utc));
        assert_eq!(parse_rfc3339("2026-11-22T10:00:00.500Z"), Some(utc + 500));
        assert_eq!(parse_rfc3339("yesterday"), None);
    }
}

/// A deterministic, valid version-4 UUID built from a tag and a number (seeded resources keep
/// their IDs from one run, or reset, to the next).
pub fn det_uuid(tag: u64, n: u64) -> String {
    let mut v: u128 = ((tag as u128) << 64) | n as u128;
    v = (v & !(0xF_u128 << 76)) | (0x4_u128 << 76);
    v = (v & !(0x3_u128 << 62)) | (0x2_u128 << 62);
    uuid::Uuid::from_u128(v).to_string()
}

pub fn new_uuid() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// A random string of `n` characters from `[A-Za-z0-9]`.
pub fn random_token(n: usize) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    (0..n)
        .map(|_| ALPHABET[fastrand::usize(..ALPHABET.len())] as char)
        .collect()
}

/// The public view of a stored item: the item without its `_` bookkeeping fields.
pub fn public(item: &Value) -> Value {
    match item {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(k, _)| !k.starts_with('_'))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// An ordered collection of resources: insertion order is kept (by a sequence number), lookups by
/// key are O(1), and a page after a cursor is O(page).
#[derive(Clone, Debug, Default)]
pub struct Collection {
    /// The path template the collection belongs to (`/api/v1/clusters/{cluster_id}/databases`).
    pub template: String,
    next_seq: u64,
    items: BTreeMap<u64, Value>,
    index: HashMap<String, u64>,
}

impl Collection {
    pub fn new(template: &str) -> Collection {
        Collection {
            template: template.to_string(),
            ..Collection::default()
        }
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        self.index.get(key).and_then(|s| self.items.get(s))
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        let seq = *self.index.get(key)?;
        self.items.get_mut(&seq)
    }

    /// Inserts (or replaces, keeping its place) the item under `key`.
    pub fn insert(&mut self, key: &str, mut item: Value) -> &mut Value {
        let seq = match self.index.get(key) {
            Some(s) => *s,
            None => {
                self.next_seq += 1;
                self.next_seq
            }
        };
        if let Value::Object(m) = &mut item {
            m.insert("_key".into(), json!(key));
            m.insert("_seq".into(), json!(seq));
        }
        self.index.insert(key.to_string(), seq);
        self.items.insert(seq, item);
        self.items.get_mut(&seq).expect("just inserted")
    }

    pub fn remove(&mut self, key: &str) -> Option<Value> {
        let seq = self.index.remove(key)?;
        self.items.remove(&seq)
    }

    /// Gives an item a new key, keeping its place in the order.
    pub fn rekey(&mut self, old: &str, new: &str) -> bool {
        let Some(seq) = self.index.remove(old) else {
            return false;
        };
        self.index.insert(new.to_string(), seq);
        if let Some(Value::Object(m)) = self.items.get_mut(&seq) {
            m.insert("_key".into(), json!(new));
        }
        true
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Value> {
        self.items.values()
    }

    pub fn iter_mut(&mut self) -> impl Iterator<Item = &mut Value> {
        self.items.values_mut()
    }

    /// Items strictly after the cursor (a sequence number) in the given direction, with their
    /// sequence numbers.
    pub fn iter_after(
        &self,
        cursor: Option<u64>,
        descending: bool,
    ) -> Box<dyn Iterator<Item = (u64, &Value)> + '_> {
        use std::ops::Bound::{Excluded, Unbounded};
        match (cursor, descending) {
            (None, false) => Box::new(self.items.iter().map(|(k, v)| (*k, v))),
            (None, true) => Box::new(self.items.iter().rev().map(|(k, v)| (*k, v))),
            (Some(c), false) => Box::new(
                self.items
                    .range((Excluded(c), Unbounded))
                    .map(|(k, v)| (*k, v)),
            ),
            (Some(c), true) => Box::new(self.items.range(..c).rev().map(|(k, v)| (*k, v))),
        }
    }
}

#[derive(Serialize, Deserialize)]
struct CollectionFile {
    template: String,
    next_seq: u64,
    items: Vec<Value>,
}

impl Serialize for Collection {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Out<'a> {
            template: &'a str,
            next_seq: u64,
            items: Vec<&'a Value>,
        }
        Out {
            template: &self.template,
            next_seq: self.next_seq,
            items: self.items.values().collect(),
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for Collection {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let f = CollectionFile::deserialize(d)?;
        let mut c = Collection::new(&f.template);
        c.next_seq = f.next_seq;
        for item in f.items {
            let key = item["_key"]
                .as_str()
                .ok_or_else(|| D::Error::custom("item without _key"))?
                .to_string();
            let seq = item["_seq"]
                .as_u64()
                .ok_or_else(|| D::Error::custom("item without _seq"))?;
            c.next_seq = c.next_seq.max(seq);
            c.index.insert(key, seq);
            c.items.insert(seq, item);
        }
        Ok(c)
    }
}

/// Everything the emulator remembers.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct State {
    /// Format version of the state file.
    pub version: u32,
    /// Collections by concrete path.
    pub collections: BTreeMap<String, Collection>,
    /// Single objects (configurations) by concrete path.
    pub singletons: BTreeMap<String, Value>,
    /// Facts fixed when the state was seeded (organization IDs, the seeded key's record, ...).
    pub meta: Map<String, Value>,
}

pub const STATE_VERSION: u32 = 1;

impl State {
    pub fn collection(&self, path: &str) -> Option<&Collection> {
        self.collections.get(path)
    }

    /// The collection at `path`, created (for the template) when absent.
    pub fn collection_mut(&mut self, path: &str, template: &str) -> &mut Collection {
        self.collections
            .entry(path.to_string())
            .or_insert_with(|| Collection::new(template))
    }

    pub fn item(&self, collection: &str, key: &str) -> Option<&Value> {
        self.collections.get(collection)?.get(key)
    }

    pub fn item_mut(&mut self, collection: &str, key: &str) -> Option<&mut Value> {
        self.collections.get_mut(collection)?.get_mut(key)
    }

    pub fn meta_str(&self, key: &str) -> String {
        self.meta
            .get(key)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    }
}

/// Loads a state file; `Ok(None)` when it does not exist yet.
pub fn load(path: &Path) -> std::io::Result<Option<State>> {
    match std::fs::read(path) {
        Ok(bytes) if bytes.iter().all(u8::is_ascii_whitespace) => Ok(None),
        Ok(bytes) => {
            let state: State = serde_json::from_slice(&bytes).map_err(|e| {
                std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    format!(
                        "the emulator state file {} is not valid: {e}",
                        path.display()
                    ),
                )
            })?;
            if state.version != STATE_VERSION {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    format!(
                        "the emulator state file {} has format version {}, this emulator writes {STATE_VERSION}; remove it to start afresh",
                        path.display(),
                        state.version
                    ),
                ));
            }
            Ok(Some(state))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// Writes the state atomically: a temporary file in the same directory, then a rename.
pub fn save(path: &Path, state: &State) -> std::io::Result<()> {
    let dir: PathBuf = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(&dir)?;
    {
        let mut w = std::io::BufWriter::new(tmp.as_file_mut());
        serde_json::to_writer(&mut w, state)?;
        w.flush()?;
    }
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collection_keeps_order_and_pages_after_a_cursor() {
        let mut c = Collection::new("/x");
        for i in 0..10 {
            c.insert(&format!("k{i}"), json!({"n": i}));
        }
        c.remove("k3");
        c.insert("k5", json!({"n": 55}));
        let ns: Vec<i64> = c.iter().map(|v| v["n"].as_i64().unwrap()).collect();
        assert_eq!(ns, vec![0, 1, 2, 4, 55, 6, 7, 8, 9]);
        let (seq, _) = c.iter_after(None, false).nth(2).unwrap();
        let next: Vec<i64> = c
            .iter_after(Some(seq), false)
            .map(|(_, v)| v["n"].as_i64().unwrap())
            .collect();
        assert_eq!(next, vec![4, 55, 6, 7, 8, 9]);
        let back: Vec<i64> = c
            .iter_after(Some(seq), true)
            .map(|(_, v)| v["n"].as_i64().unwrap())
            .collect();
        assert_eq!(back, vec![1, 0]);
        assert!(c.rekey("k0", "z"));
        assert_eq!(c.get("z").unwrap()["n"], 0);
        assert_eq!(public(c.get("z").unwrap()), json!({"n": 0}));
    }

    #[test]
    fn state_round_trips_through_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        assert!(load(&path).unwrap().is_none());
        let mut s = State {
            version: STATE_VERSION,
            ..State::default()
        };
        s.collection_mut("/a", "/a")
            .insert("one", json!({"id": "one"}));
        s.collection_mut("/a", "/a")
            .insert("two", json!({"id": "two"}));
        s.collection_mut("/a", "/a").remove("one");
        save(&path, &s).unwrap();
        let loaded = load(&path).unwrap().unwrap();
        let c = loaded.collection("/a").unwrap();
        assert_eq!(c.len(), 1);
        assert_eq!(c.get("two").unwrap()["id"], "two");
        let mut loaded = loaded;
        loaded.collection_mut("/a", "/a").insert("three", json!({}));
        let keys: Vec<&str> = loaded
            .collection("/a")
            .unwrap()
            .iter()
            .map(|v| v["_key"].as_str().unwrap())
            .collect();
        assert_eq!(keys, vec!["two", "three"]);
    }

    #[test]
    fn times_and_ids() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(parse_rfc3339("1970-01-01T00:00:01Z"), Some(1000));
        assert_eq!(parse_rfc3339(&rfc3339_millis(1234567)), Some(1234567));
        let a = det_uuid(7, 1);
        assert_eq!(a, det_uuid(7, 1));
        assert_ne!(a, det_uuid(7, 2));
        let u = uuid::Uuid::parse_str(&a).unwrap();
        assert_eq!(u.get_version_num(), 4);
    }
}
