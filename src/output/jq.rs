//! `--jq`, built in with the jaq crates: no jq binary needed. Beyond jaq's standard library it has jq's `@csv`
//! and `@tsv` (written here in jq), `--jq-arg NAME=VALUE` variables (`$NAME`), and errors that show a short
//! excerpt of the value they concern instead of the whole input.

use jaq_core::load::{Arena, File, Loader};
use jaq_core::{Compiler, Ctx, Native, Vars, data};
use jaq_json::Val;
use serde_json::Value;

use crate::error::{Error, Result};

type JustLut = data::JustLut<Val>;

/// jq's `@csv` and `@tsv`, which jaq's standard library lacks.
const EXTRA_DEFS: &str = r#"
def @csv: if type != "array" then error("@csv needs an array") end
  | map(if type == "string" then "\"" + (split("\"") | join("\"\"")) + "\""
        elif . == null then ""
        else tostring end)
  | join(",");
def @tsv: if type != "array" then error("@tsv needs an array") end
  | map(if type == "string"
        then split("\\") | join("\\\\") | split("\t") | join("\\t")
           | split("\n") | join("\\n") | split("\r") | join("\\r")
        elif . == null then ""
        else tostring end)
  | join("\t");
"#;

pub struct Filter {
    filter: jaq_core::compile::Filter<Native<JustLut>>,
    vars: Vec<String>,
}

/// `NAME=VALUE` for `--jq-arg`: a jq variable name and its string value.
pub fn parse_arg(s: &str) -> std::result::Result<(String, String), String> {
    let (name, value) = s
        .split_once('=')
        .ok_or_else(|| format!("'{s}' is not NAME=VALUE"))?;
    let valid = name
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if !valid {
        return Err(format!(
            "'{name}' is not a jq variable name (letters, digits, _)"
        ));
    }
    Ok((name.to_string(), value.to_string()))
}

impl Filter {
    pub fn compile(code: &str, args: &[(String, String)]) -> Result<Filter> {
        let extra = jaq_core::load::parse(EXTRA_DEFS, |p| p.defs())
            .expect("the built-in jq definitions parse");
        let defs = jaq_core::defs()
            .chain(jaq_std::defs())
            .chain(jaq_json::defs())
            .chain(extra);
        let funs = jaq_core::funs()
            .chain(jaq_std::funs())
            .chain(jaq_json::funs());
        let loader = Loader::new(defs);
        let arena = Arena::default();
        let modules = loader.load(&arena, File { code, path: () }).map_err(|_| {
            Error::usage(format!(
                "invalid --jq expression '{code}': not valid jq syntax"
            ))
        })?;
        let names: Vec<String> = args.iter().map(|(n, _)| format!("${n}")).collect();
        let filter = Compiler::default()
            .with_funs(funs)
            .with_global_vars(names.iter().map(String::as_str))
            .compile(modules)
            .map_err(|errs| {
                let names: Vec<String> = errs
                    .iter()
                    .flat_map(|(_, es)| es.iter().map(|(name, _)| name.to_string()))
                    .collect();
                Error::usage(format!(
                    "invalid --jq expression '{code}': undefined {}",
                    names.join(", ")
                ))
            })?;
        Ok(Filter {
            filter,
            vars: args.iter().map(|(_, v)| v.clone()).collect(),
        })
    }

    pub fn run(&self, input: &Value) -> Result<Vec<Value>> {
        let bytes = serde_json::to_vec(input).unwrap_or_default();
        let input = jaq_json::read::parse_single(&bytes)
            .map_err(|e| Error::Failed(format!("--jq: cannot read the input: {e}")))?;
        let vars = self
            .vars
            .iter()
            .map(|v| Val::from(v.clone()))
            .collect::<Vec<_>>();
        let ctx = Ctx::<JustLut>::new(&self.filter.lut, Vars::new(vars));
        let mut results = Vec::new();
        for out in self.filter.id.run((ctx, input)).map(jaq_core::unwrap_valr) {
            let val = out.map_err(|e| Error::Failed(format!("--jq: {}", short(&e.to_string()))))?;
            let text = val.to_string();
            let value = serde_json::from_str(&text).unwrap_or(Value::String(text));
            results.push(value);
        }
        Ok(results)
    }
}

/// An error message with any long value in it cut to an excerpt: jaq puts the whole value it failed on in its
/// message, which for a list of a thousand services is a screenful.
fn short(message: &str) -> String {
    const MAX: usize = 160;
    let flat = message.replace('\n', " ");
    if flat.chars().count() <= MAX {
        return flat;
    }
    let mut out: String = flat.chars().take(MAX).collect();
    out.push_str(" …");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(code: &str, input: Value) -> Vec<Value> {
        Filter::compile(code, &[]).unwrap().run(&input).unwrap()
    }

    #[test]
    fn filters_and_functions_work() {
        let input = serde_json::json!([{"name": "a", "n": 1}, {"name": "b", "n": 2}]);
        assert_eq!(
            run(".[] | select(.n > 1) | .name", input.clone()),
            vec![Value::String("b".into())]
        );
        assert_eq!(
            run("map(.n) | add", input.clone()),
            vec![serde_json::json!(3)]
        );
        assert_eq!(run("length", input), vec![serde_json::json!(2)]);
    }

    #[test]
    fn csv_and_tsv_as_jq_writes_them() {
        let row = serde_json::json!(["a", "b\"c", 1, null, true]);
        assert_eq!(
            run("@csv", row.clone()),
            vec![Value::String("\"a\",\"b\"\"c\",1,,true".into())]
        );
        let row = serde_json::json!(["a\tb", "c\\d", 2]);
        assert_eq!(
            run("@tsv", row),
            vec![Value::String("a\\tb\tc\\\\d\t2".into())]
        );
    }

    #[test]
    fn variables_and_short_errors() {
        let f = Filter::compile("$who", &[("who".into(), "me".into())]).unwrap();
        assert_eq!(
            f.run(&Value::Null).unwrap(),
            vec![Value::String("me".into())]
        );
        let big = serde_json::json!({"items": vec!["x".repeat(50); 100]});
        let err = Filter::compile(".items.first", &[])
            .unwrap()
            .run(&big)
            .unwrap_err()
            .to_string();
        assert!(err.len() < 200, "{err}");
        assert!(parse_arg("a=b").is_ok());
        assert!(parse_arg("1a=b").is_err());
        assert!(parse_arg("novalue").is_err());
    }

    #[test]
    fn bad_expressions_are_usage_errors() {
        for code in [".[", "nosuchfunction", "$undefined"] {
            let err = Filter::compile(code, &[]).err().expect("should fail");
            assert_eq!(err.exit_code(), crate::error::ExitCode::Usage, "{code}");
        }
    }
}
