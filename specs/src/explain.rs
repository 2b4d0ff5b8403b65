//! What a failed `oneOf`/`anyOf` means. The validator says only that a document "is not valid under any of
//! the schemas listed in the 'oneOf' keyword" (and prints the whole document); a person needs the problems of
//! the alternative the document was meant to be. That is the alternative its discriminating field selects (a
//! field just below with an `enum` or `const`: `kind: log`, `displayType: line`, or the value's type, as in
//! `oneOf: [X, {type: null}]`), else the one with the fewest problems. When the discriminator itself matches
//! no alternative, it is named once with every value the alternatives allow.

use jsonschema::ValidationError;
use jsonschema::error::ValidationErrorKind;
use serde_json::Value;

/// One problem: where (a JSON pointer into the instance) and what.
#[derive(Clone, Debug)]
pub(crate) struct Problem {
    pub at: String,
    pub message: String,
    mismatch: Mismatch,
}

/// How a problem can tell that the instance is not meant to be an alternative.
#[derive(Clone, Debug)]
enum Mismatch {
    /// The value has another type.
    Type,
    /// The value is none of these.
    Values(Vec<Value>),
    Other,
}

/// The problems behind one validation error, composition explained.
pub(crate) fn problems(e: &ValidationError<'_>) -> Vec<Problem> {
    let here = e.instance_path().as_str().to_string();
    let (branches, keyword) = match e.kind() {
        ValidationErrorKind::OneOfNotValid { context } => (context, "oneOf"),
        ValidationErrorKind::AnyOf { context } => (context, "anyOf"),
        kind => {
            let mismatch = match kind {
                ValidationErrorKind::Type { .. } => Mismatch::Type,
                ValidationErrorKind::Enum { options } => {
                    Mismatch::Values(options.as_array().cloned().unwrap_or_default())
                }
                ValidationErrorKind::Constant { expected_value } => {
                    Mismatch::Values(vec![expected_value.as_ref().clone()])
                }
                _ => Mismatch::Other,
            };
            return vec![Problem {
                at: here,
                message: e.to_string(),
                mismatch,
            }];
        }
    };
    let explained: Vec<Vec<Problem>> = branches
        .iter()
        .map(|errors| errors.iter().flat_map(problems).collect())
        .collect();
    // An alternative of another type is not what the value was meant to be.
    let of_other_type = |ps: &Vec<Problem>| {
        ps.iter()
            .any(|p| matches!(p.mismatch, Mismatch::Type) && p.at == here)
    };
    // A field just below whose value this alternative refuses while another alternative of the value's type
    // takes it (`kind: log` against a trace source's `kind: trace`) is a discriminator: the value was meant to
    // be the other one. A value refused where no other alternative differs (a Kafka source's `format: xml`
    // in `oneOf: [KafkaSource, null]`) is just a wrong value of the one alternative.
    // When every alternative of the value's type (two or more) refuses the same field's value, that field is
    // the discriminator and its value fits none: said below, with every value allowed.
    let same_type: Vec<&Vec<Problem>> = explained.iter().filter(|ps| !of_other_type(ps)).collect();
    let refused_by_discriminator = |i: usize| {
        explained[i].iter().any(|p| {
            let refused_at = |ps: &&Vec<Problem>| {
                ps.iter()
                    .any(|q| q.at == p.at && matches!(q.mismatch, Mismatch::Values(_)))
            };
            matches!(p.mismatch, Mismatch::Values(_))
                && is_child(&p.at, &here)
                && (same_type
                    .iter()
                    .any(|other| !other.iter().any(|q| q.at == p.at))
                    || (same_type.len() >= 2 && same_type.iter().all(refused_at)))
        })
    };
    if let Some(best) = (0..explained.len())
        .filter(|&i| !of_other_type(&explained[i]) && !refused_by_discriminator(i))
        .map(|i| &explained[i])
        .min_by_key(|ps| ps.len())
    {
        return best.clone();
    }
    // Every alternative is refused: by the same discriminating field in each?
    let discriminator = explained.first().and_then(|ps| {
        ps.iter()
            .find(|p| matches!(p.mismatch, Mismatch::Values(_)) && is_child(&p.at, &here))
            .map(|p| p.at.clone())
    });
    if let Some(at) = discriminator {
        let mut allowed: Vec<Value> = Vec::new();
        let mut everywhere = true;
        for ps in &explained {
            match ps.iter().find_map(|p| match &p.mismatch {
                Mismatch::Values(values) if p.at == at => Some(values),
                _ => None,
            }) {
                Some(values) => {
                    for v in values {
                        if !allowed.contains(v) {
                            allowed.push(v.clone());
                        }
                    }
                }
                None => everywhere = false,
            }
        }
        if everywhere {
            let value = e
                .instance()
                .pointer(&at[here.len()..])
                .cloned()
                .unwrap_or(Value::Null);
            return vec![Problem {
                message: format!("{value} is not one of {}", Value::Array(allowed.clone())),
                at,
                mismatch: Mismatch::Values(allowed),
            }];
        }
    }
    let mut shown = e.instance().to_string();
    if shown.chars().count() > 80 {
        shown = shown.chars().take(77).collect::<String>() + "...";
    }
    vec![Problem {
        at: here,
        message: format!(
            "{shown} is not valid under any of the schemas listed in the '{keyword}' keyword"
        ),
        mismatch: Mismatch::Other,
    }]
}

/// Whether the pointer `at` names a member directly below `parent` (`/a/kind` below `/a`).
fn is_child(at: &str, parent: &str) -> bool {
    at.strip_prefix(parent)
        .and_then(|rest| rest.strip_prefix('/'))
        .is_some_and(|name| !name.is_empty() && !name.contains('/'))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn explain(schema: Value, instance: Value) -> Vec<String> {
        let validator = jsonschema::validator_for(&schema).unwrap();
        validator
            .iter_errors(&instance)
            .flat_map(|e| problems(&e))
            .map(|p| format!("{}: {}", p.at, p.message))
            .collect()
    }

    fn kinds() -> Value {
        json!({
            "$defs": {
                "log": {"properties": {"kind": {"enum": ["log"]}, "name": {"type": "string"},
                                       "table": {"type": "string"}},
                        "required": ["kind", "name", "table"]},
                "metric": {"properties": {"kind": {"enum": ["metric"]}, "name": {"type": "string"},
                                          "tables": {"type": "object"}},
                           "required": ["kind", "name", "tables"]}
            },
            "oneOf": [{"$ref": "#/$defs/log"}, {"$ref": "#/$defs/metric"}]
        })
    }

    #[test]
    fn the_alternative_the_discriminator_picks_is_explained() {
        assert_eq!(
            explain(kinds(), json!({"kind": "log", "name": 5, "table": "t"})),
            ["/name: 5 is not of type \"string\""]
        );
        assert_eq!(
            explain(kinds(), json!({"kind": "metric", "name": "m"})),
            [": \"tables\" is a required property"]
        );
    }

    #[test]
    fn an_unknown_discriminator_lists_every_value() {
        assert_eq!(
            explain(kinds(), json!({"kind": "logs", "name": "n"})),
            ["/kind: \"logs\" is not one of [\"log\",\"metric\"]"]
        );
    }

    #[test]
    fn nested_and_nullable_alternatives() {
        let schema = json!({
            "$defs": kinds()["$defs"],
            "properties": {
                "config": {"oneOf": [{"oneOf": kinds()["oneOf"]}, {"type": "null"}]}
            }
        });
        assert_eq!(
            explain(
                schema.clone(),
                json!({"config": {"kind": "log", "name": "n"}})
            ),
            ["/config: \"table\" is a required property"]
        );
        assert!(explain(schema, json!({"config": null})).is_empty());
    }

    #[test]
    fn no_discriminator_means_the_closest_alternative() {
        let schema = json!({"anyOf": [
            {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "string"}},
             "required": ["a", "b"]},
            {"type": "integer", "minimum": 10}
        ]});
        assert_eq!(
            explain(schema.clone(), json!(5)),
            [": 5 is less than the minimum of 10"]
        );
        assert_eq!(
            explain(schema, json!({"a": "x"})),
            [": \"b\" is a required property"]
        );
    }
}
