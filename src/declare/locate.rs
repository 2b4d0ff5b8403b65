//! Where a key is in a declaration file, for messages: TOML lines from the parser's spans, YAML lines found
//! by following the keys through the text (block style; inside a flow collection `{...}`/`[...]`, the line
//! of the collection). Also the TOML document as JSON, which the checks read.

use serde_json::Value;

use super::file::Seg;

// ----------------------------------------------------------------------------------------------------------
// TOML
// ----------------------------------------------------------------------------------------------------------

pub fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset.min(text.len()))
        .map_or(1, |t| t.matches('\n').count() + 1)
}

pub fn toml_item(item: &toml_edit::Item) -> Value {
    match item {
        toml_edit::Item::None => Value::Null,
        toml_edit::Item::Value(v) => toml_value(v),
        toml_edit::Item::Table(t) => Value::Object(
            t.iter()
                .map(|(k, v)| (k.to_string(), toml_item(v)))
                .collect(),
        ),
        toml_edit::Item::ArrayOfTables(a) => Value::Array(
            a.iter()
                .map(|t| {
                    Value::Object(
                        t.iter()
                            .map(|(k, v)| (k.to_string(), toml_item(v)))
                            .collect(),
                    )
                })
                .collect(),
        ),
    }
}

fn toml_value(v: &toml_edit::Value) -> Value {
    use toml_edit::Value as T;
    match v {
        T::String(s) => Value::String(s.value().clone()),
        T::Integer(i) => Value::from(*i.value()),
        T::Float(f) => serde_json::Number::from_f64(*f.value()).map_or(Value::Null, Value::Number),
        T::Boolean(b) => Value::Bool(*b.value()),
        T::Datetime(d) => Value::String(d.value().to_string()),
        T::Array(a) => Value::Array(a.iter().map(toml_value).collect()),
        T::InlineTable(t) => Value::Object(
            t.iter()
                .map(|(k, v)| (k.to_string(), toml_value(v)))
                .collect(),
        ),
    }
}

/// The span of the last key (or list item) of `path` that the document has.
pub fn toml_span(
    doc: &toml_edit::Document<String>,
    path: &[Seg],
) -> Option<std::ops::Range<usize>> {
    enum Cur<'a> {
        Item(&'a toml_edit::Item),
        Value(&'a toml_edit::Value),
    }
    let mut cur = Cur::Item(doc.as_item());
    let mut span = None;
    for seg in path {
        match seg {
            Seg::Key(k) => {
                let table: &dyn toml_edit::TableLike = match cur {
                    Cur::Item(i) => match i.as_table_like() {
                        Some(t) => t,
                        None => break,
                    },
                    Cur::Value(v) => match v.as_inline_table() {
                        Some(t) => t,
                        None => break,
                    },
                };
                let Some((key, item)) = table.get_key_value(k) else {
                    break;
                };
                span = key.span().or(span);
                cur = Cur::Item(item);
            }
            Seg::Index(i) => {
                let array = match cur {
                    Cur::Item(item) => item.as_array(),
                    Cur::Value(v) => v.as_array(),
                };
                let Some(v) = array.and_then(|a| a.get(*i)) else {
                    break;
                };
                span = v.span().or(span);
                cur = Cur::Value(v);
            }
        }
    }
    span
}

// ----------------------------------------------------------------------------------------------------------
// YAML: the line of a path, found by following its keys through the text (block style; inside a flow
// collection `{...}`/`[...]`, the line of the collection).
// ----------------------------------------------------------------------------------------------------------

/// A line's indentation and its content; a list item's dash counts as indentation (`- key: v`).
fn entry(line: &str) -> (usize, &str, bool) {
    let indent = line.len() - line.trim_start().len();
    let body = line.trim_start();
    match body
        .strip_prefix("- ")
        .or_else(|| (body == "-").then_some(""))
    {
        Some(rest) => {
            let extra = body.len() - rest.trim_start().len();
            (indent + extra, rest.trim_start(), true)
        }
        None => (indent, body, false),
    }
}

fn key_of(body: &str) -> Option<String> {
    let (key, rest) = if let Some(r) = body.strip_prefix('"') {
        let end = r.find('"')?;
        (r[..end].to_string(), &r[end + 1..])
    } else if let Some(r) = body.strip_prefix('\'') {
        let end = r.find('\'')?;
        (r[..end].to_string(), &r[end + 1..])
    } else {
        let end = body.find(':')?;
        (body[..end].trim_end().to_string(), &body[end..])
    };
    let rest = rest.trim_start();
    (rest.starts_with(':') && (rest.len() == 1 || rest[1..].starts_with([' ', '\t'])))
        .then_some(key)
}

pub fn yaml_line(text: &str, path: &[Seg]) -> Option<usize> {
    let lines: Vec<&str> = text.lines().collect();
    let content = |i: usize| {
        let t = lines[i].trim_start();
        !(t.is_empty() || t.starts_with('#') || t == "---")
    };
    // The lines of the current node: [start, end), whose entries are indented more than `outer`.
    let (mut start, mut end, mut outer) = (0usize, lines.len(), -1isize);
    let mut found = None;
    for seg in path {
        let mut hit = None;
        let mut level = None;
        for i in start..end {
            if !content(i) {
                continue;
            }
            let (indent, body, dash) = entry(lines[i]);
            let raw_indent = (lines[i].len() - lines[i].trim_start().len()) as isize;
            if raw_indent <= outer && !(dash && raw_indent == outer && matches!(seg, Seg::Index(_)))
            {
                if i > start {
                    break;
                }
                continue;
            }
            match seg {
                Seg::Key(k) => {
                    let l = *level.get_or_insert(indent);
                    if indent == l && key_of(body).as_deref() == Some(k.as_str()) {
                        hit = Some((i, indent as isize));
                        break;
                    }
                }
                Seg::Index(n) => {
                    if !dash {
                        continue;
                    }
                    let l = *level.get_or_insert(raw_indent as usize);
                    if raw_indent as usize != l {
                        continue;
                    }
                    let seen = level_count(&lines, start, i, l);
                    if seen == *n {
                        hit = Some((i, raw_indent));
                        break;
                    }
                }
            }
        }
        let Some((i, indent)) = hit else {
            break;
        };
        found = Some(i + 1);
        let mut next_end = lines.len().min(end);
        for (j, line) in lines.iter().enumerate().take(end).skip(i + 1) {
            if content(j) && ((line.len() - line.trim_start().len()) as isize) <= indent {
                let dash_at_same =
                    entry(line).2 && (line.len() - line.trim_start().len()) as isize == indent;
                if !(dash_at_same && matches!(seg, Seg::Key(_))) {
                    next_end = j;
                    break;
                }
            }
        }
        start = i;
        end = next_end;
        outer = indent;
        // The node's first entry may be on the item's own line (`- key: v`).
        if matches!(seg, Seg::Index(_)) {
            outer = indent;
        } else {
            start = i + 1;
        }
    }
    found
}

/// How many list items at indentation `level` come before line `before` (from `start`).
fn level_count(lines: &[&str], start: usize, before: usize, level: usize) -> usize {
    lines[start..before]
        .iter()
        .filter(|l| {
            let raw = l.len() - l.trim_start().len();
            raw == level && entry(l).2
        })
        .count()
}
