//! Which cloud a ClickHouse region belongs to. The spec lists every region in one enum without saying whose
//! it is; each cloud names its regions in its own form, and that form tells them apart:
//!
//! - AWS: `area-direction-N` (`us-east-1`, `ca-central-1`, `il-central-1`);
//! - GCP: `area-directionN` (`us-east1`, `europe-west2`, `asia-northeast1`);
//! - Azure: one word (`eastus`, `eastus2`, `germanywestcentral`, `centralus`).
//!
//! A new region in a refreshed spec is classified by its form, with no list to update; a test checks that
//! every region of the vendored spec has a cloud.

/// `aws`, `gcp` or `azure` for a region of the ClickHouse spec's form, else `None`.
pub fn clickhouse_region_cloud(region: &str) -> Option<&'static str> {
    let parts: Vec<&str> = region.split('-').collect();
    let word = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase());
    let number = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    match parts.as_slice() {
        [a, b, n] if word(a) && word(b) && number(n) => Some("aws"),
        [a, b] if word(a) => {
            let letters = b.trim_end_matches(|c: char| c.is_ascii_digit());
            (word(letters) && letters.len() < b.len()).then_some("gcp")
        }
        [w] => {
            let letters = w.trim_end_matches(|c: char| c.is_ascii_digit());
            word(letters).then_some("azure")
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Provider, rules};

    #[test]
    fn every_region_of_the_spec_has_a_cloud() {
        let regions = rules::get(Provider::ClickHouse, "ServicePostRequest.region");
        assert!(regions.values.len() >= 24);
        for r in regions.values {
            assert!(clickhouse_region_cloud(r).is_some(), "{r}");
        }
        assert_eq!(clickhouse_region_cloud("ca-central-1"), Some("aws"));
        assert_eq!(clickhouse_region_cloud("europe-west2"), Some("gcp"));
        assert_eq!(clickhouse_region_cloud("centralus"), Some("azure"));
        assert_eq!(clickhouse_region_cloud("eastus2"), Some("azure"));
        assert_eq!(clickhouse_region_cloud("us-east"), None);
    }
}
