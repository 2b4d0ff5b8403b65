//! The `PATCH .../{serviceId}` request that turns a live service into what the file wants: the IP access
//! list, private endpoints and tags as additions and removals, the optional endpoints, and the plain fields.

use serde_json::Value;

use super::super::changed;
use super::table::{CH, entries, ip_text, tags};
use crate::clickhouse::api::{AddRemove, EndpointChange, IpAccessEntry, ServicePatch, Tag};
use crate::declare::fields::{rule, strings};
use crate::declare::plan::Diff;

/// The `PATCH .../{serviceId}` body that turns the live service into what `changes` want.
pub(super) fn service_patch(raw: &Value, changes: &[Diff]) -> ServicePatch {
    let mut patch = ServicePatch::default();
    if let Some(want) = changed(changes, "ip_access") {
        let want = entries(Some(want));
        let have: Vec<IpAccessEntry> = raw["ipAccessList"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|e| serde_json::from_value(e.clone()).ok())
            .collect();
        let same = |a: &IpAccessEntry, b: &IpAccessEntry| ip_text(a) == ip_text(b);
        patch.ip_access_list = AddRemove {
            // Removed first: an entry whose description changes is removed and added again.
            remove: have
                .iter()
                .filter(|h| !want.iter().any(|w| same(w, h)))
                .map(|h| IpAccessEntry {
                    source: h.source.clone(),
                    description: None,
                })
                .collect(),
            add: want
                .iter()
                .filter(|w| !have.iter().any(|h| same(w, h)))
                .cloned()
                .collect(),
        };
    }
    if let Some(want) = changed(changes, "private_endpoint_ids") {
        let want = strings(Some(want));
        let have = strings(raw.get("privateEndpointIds"));
        patch.private_endpoint_ids = AddRemove {
            add: want.iter().filter(|w| !have.contains(w)).cloned().collect(),
            remove: have.iter().filter(|h| !want.contains(h)).cloned().collect(),
        };
    }
    if let Some(want) = changed(changes, "tags") {
        let want = tags(Some(want));
        let have: Vec<Tag> = raw["tags"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|t| serde_json::from_value(t.clone()).ok())
            .collect();
        patch.tags = AddRemove {
            remove: have
                .iter()
                .filter(|h| !want.contains(h))
                .map(|h| Tag {
                    key: h.key.clone(),
                    value: None,
                })
                .collect(),
            add: want.iter().filter(|w| !have.contains(w)).cloned().collect(),
        };
    }
    if let Some(want) = changed(changes, "endpoints") {
        let want = strings(Some(want));
        let have = live_endpoints(raw);
        for protocol in rule(CH, "ServiceEndpointChange.protocol").values {
            let on = want.iter().any(|w| w == protocol);
            if on != have.iter().any(|h| h == protocol) {
                patch.endpoints.push(EndpointChange {
                    protocol: protocol.to_string(),
                    enabled: on,
                });
            }
        }
    }
    patch.release_channel = changed(changes, "release_channel")
        .and_then(Value::as_str)
        .map(str::to_string);
    patch.enable_core_dumps = changed(changes, "core_dumps").and_then(Value::as_bool);
    patch.transparent_data_encryption_key_id =
        changed(changes, "transparent_data_encryption_key_id")
            .and_then(Value::as_str)
            .map(str::to_string);
    patch
}

/// The optional endpoints a service has enabled (those `ServiceEndpointChange` can turn on: MySQL).
pub(super) fn live_endpoints(raw: &Value) -> Vec<String> {
    let optional = rule(CH, "ServiceEndpointChange.protocol").values;
    raw["endpoints"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e["protocol"].as_str())
        .filter(|p| optional.contains(p))
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::to_json;
    use serde_json::json;

    fn diff(key: &'static str, to: Value) -> Diff {
        Diff {
            key,
            from: Value::Null,
            to,
        }
    }

    #[test]
    fn patches_carry_only_the_differences() {
        let raw = json!({
            "ipAccessList": [{"source": "10.0.0.0/8", "description": "old"}, {"source": "203.0.113.7"}],
            "tags": [{"key": "team", "value": "a"}, {"key": "env"}],
            "endpoints": [{"protocol": "https"}, {"protocol": "mysql"}],
            "privateEndpointIds": ["a"]
        });
        let patch = service_patch(
            &raw,
            &[
                diff("ip_access", json!(["10.0.0.0/8=new", "203.0.113.7"])),
                diff("tags", json!(["env", "team=b"])),
                diff("endpoints", json!([])),
                diff("private_endpoint_ids", json!(["b"])),
            ],
        );
        assert_eq!(
            to_json(&patch).unwrap(),
            json!({
                "ipAccessList": {"add": [{"source": "10.0.0.0/8", "description": "new"}],
                                 "remove": [{"source": "10.0.0.0/8"}]},
                "privateEndpointIds": {"add": ["b"], "remove": ["a"]},
                "endpoints": [{"protocol": "mysql", "enabled": false}],
                "tags": {"add": [{"key": "team", "value": "b"}], "remove": [{"key": "team"}]}
            })
        );
    }
}
