//! Generates the rules table (`rules.rs` in OUT_DIR) from the vendored current specs, so that every check
//! dbcloud makes before sending comes from the spec itself: a spec refresh is a file copy.

#[path = "src/extract.rs"]
mod extract;

use std::fmt::Write as _;
use std::path::Path;

fn opt<T: std::fmt::Debug>(v: &Option<T>) -> String {
    match v {
        Some(v) => format!("Some({v:?})"),
        None => "None".to_string(),
    }
}

fn opt_str(v: &Option<String>) -> String {
    match v {
        Some(v) => format!("Some({v:?})"),
        None => "None".to_string(),
    }
}

fn table(name: &str, file: &str, out: &mut String) {
    println!("cargo:rerun-if-changed={file}");
    let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
    let spec: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
    let rules = extract::extract(&spec);
    writeln!(out, "pub(crate) static {name}: &[Rule] = &[").unwrap();
    for r in rules {
        writeln!(
            out,
            "    Rule {{ key: {:?}, ty: {:?}, values: &{:?}, minimum: {}, maximum: {}, exclusive_minimum: {}, \
             exclusive_maximum: {}, multiple_of: {}, min_length: {}, max_length: {}, min_items: {}, max_items: {}, \
             pattern: {}, format: {}, deprecated: {}, required: {} }},",
            r.key,
            r.ty,
            r.values,
            opt(&r.minimum),
            opt(&r.maximum),
            opt(&r.exclusive_minimum),
            opt(&r.exclusive_maximum),
            opt(&r.multiple_of),
            opt(&r.min_length),
            opt(&r.max_length),
            opt(&r.min_items),
            opt(&r.max_items),
            opt_str(&r.pattern),
            opt_str(&r.format),
            r.deprecated,
            r.required,
        )
        .unwrap();
    }
    writeln!(out, "];").unwrap();
}

fn main() {
    println!("cargo:rerun-if-changed=src/extract.rs");
    let mut out = String::new();
    table(
        "CLICKHOUSE_RULES",
        "current/clickhouse-cloud.json",
        &mut out,
    );
    table("COCKROACH_RULES", "current/cockroach-cloud.json", &mut out);
    let out_dir = std::env::var("OUT_DIR").unwrap();
    std::fs::write(Path::new(&out_dir).join("rules.rs"), out).unwrap();
    // The specs are embedded compressed (a tenth of the size); `spec_text` unpacks them.
    for file in ["clickhouse-cloud.json", "cockroach-cloud.json"] {
        let text = std::fs::read(format!("current/{file}")).unwrap();
        let deflated = miniz_oxide::deflate::compress_to_vec(&text, 10);
        std::fs::write(
            Path::new(&out_dir).join(format!("{file}.deflate")),
            deflated,
        )
        .unwrap();
    }
}
