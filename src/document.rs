//! Deep request bodies from a file: `--file F` (JSON, or YAML when the name ends in `.yaml`/`.yml`; `-` reads
//! stdin, JSON when it starts with `{` or `[`, else YAML), checked against the operation's request schema in the
//! vendored spec before anything is sent. A problem is exit 2 naming the file, the field and the rule:
//!
//! ```text
//! error: pipe.yaml: source.kafka.format: "xml" is not one of ["JSONEachRow", "Avro", ...]
//! ```

use std::io::Read;
use std::path::Path;

use serde_json::Value;

use crate::error::{Error, Result};
use crate::provider::Provider;

/// `--file F|-`: a JSON or YAML document.
#[derive(clap::Args, Debug, Clone)]
pub struct FileArg {
    /// JSON or YAML document with the request body (`-` reads stdin); checked against the API's schema before
    /// it is sent
    #[arg(long = "file", short = 'f', value_name = "FILE")]
    pub file: String,
}

/// What the user called the document, for messages: the path, or "stdin".
pub fn display_name(path: &str) -> String {
    if path == "-" {
        "stdin".to_string()
    } else {
        path.to_string()
    }
}

/// Reads and parses a document: JSON or YAML as its name (or, on stdin, its first character) says.
pub fn read(path: &str) -> Result<Value> {
    let name = display_name(path);
    let text = if path == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| Error::usage(format!("{name}: cannot read it: {e}")))?;
        s
    } else {
        std::fs::read_to_string(Path::new(path))
            .map_err(|e| Error::usage(format!("{name}: cannot read it: {e}")))?
    };
    parse(&name, &text)
}

/// Parses a document's text; `name` picks the format (`.yaml`/`.yml`, else JSON unless the text does not look
/// like JSON) and appears in errors.
pub fn parse(name: &str, text: &str) -> Result<Value> {
    let lower = name.to_ascii_lowercase();
    let yaml = lower.ends_with(".yaml")
        || lower.ends_with(".yml")
        || (!lower.ends_with(".json") && !text.trim_start().starts_with(['{', '[']));
    if yaml {
        serde_norway::from_str::<Value>(text)
            .map_err(|e| Error::usage(format!("{name}: not valid YAML: {e}")))
    } else {
        serde_json::from_str(text).map_err(|e| Error::usage(format!("{name}: not valid JSON: {e}")))
    }
}

/// Checks a request body against the schema of the operation (`operationId`), naming every problem.
pub fn check(provider: Provider, operation_id: &str, name: &str, body: &Value) -> Result<()> {
    let spec = dbcloud_spec::spec_for(provider.into());
    let op = spec
        .by_id(operation_id)
        .unwrap_or_else(|| panic!("the vendored {provider} spec has no operation {operation_id}"));
    op.validate_body(body).map_err(|problems| {
        Error::usage(format!(
            "{name} is not what the API takes:\n{}",
            problems
                .iter()
                .map(|p| format!("  {p}"))
                .collect::<Vec<_>>()
                .join("\n")
        ))
    })
}

/// Reads `--file` and checks it as the body of `operation_id`.
pub fn read_body(provider: Provider, operation_id: &str, arg: &FileArg) -> Result<Value> {
    let body = read(&arg.file)?;
    check(provider, operation_id, &display_name(&arg.file), &body)?;
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn json_and_yaml_by_name_and_content() {
        assert_eq!(parse("a.json", "{\"a\": 1}").unwrap(), json!({"a": 1}));
        assert_eq!(
            parse("a.yaml", "a: 1\nb: [x]").unwrap(),
            json!({"a": 1, "b": ["x"]})
        );
        assert_eq!(parse("stdin", "a: 1").unwrap(), json!({"a": 1}));
        assert_eq!(parse("stdin", "[1]").unwrap(), json!([1]));
        let e = parse("a.json", "{").unwrap_err().to_string();
        assert!(e.starts_with("a.json: not valid JSON"), "{e}");
    }

    #[test]
    fn bodies_are_checked_against_the_spec() {
        // A CockroachDB maintenance window needs both durations.
        let ok = json!({"offset_duration": "3600s", "window_duration": "21600s"});
        assert!(check(Provider::Cockroach, "SetMaintenanceWindow", "w.yaml", &ok).is_ok());
        let e = check(
            Provider::Cockroach,
            "SetMaintenanceWindow",
            "w.yaml",
            &json!({"offset_duration": "3600s", "window": 1}),
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("w.yaml") && e.contains("window_duration"), "{e}");
        assert!(e.contains("window: unknown field"), "{e}");
    }
}
