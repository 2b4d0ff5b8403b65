//! The only module that prints results: table / json / yaml, `--jq`, `--columns`, messages and errors.
//!
//! stdout carries results only; progress, warnings and errors go to stderr. A closed stdout (`| head`) surfaces
//! as an I/O error of kind `BrokenPipe`, which `main` turns into a quiet exit 0 (Rust ignores SIGPIPE, so
//! `println!` would panic instead: nothing here uses it).

use std::io::{IsTerminal, Write};

use comfy_table::{Attribute, Cell as TableCell, ContentArrangement, Table, presets};
use serde::Serialize;
use serde_json::Value;

pub use crate::http::to_json;

use crate::error::{Error, Result};

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Yaml,
}

/// One curated table column: a header and how to read its cell from the resource's JSON.
#[derive(Clone, Copy)]
pub struct Column {
    pub header: &'static str,
    pub cell: Cell,
}

#[derive(Clone, Copy)]
pub enum Cell {
    /// A dotted path into the JSON (`endpoints.0.host`).
    Field(&'static str),
    /// A value computed from the whole resource (a memory range, the HTTPS host).
    Computed(fn(&Value) -> String),
}

impl Column {
    pub const fn field(header: &'static str, path: &'static str) -> Column {
        Column {
            header,
            cell: Cell::Field(path),
        }
    }
    pub const fn computed(header: &'static str, f: fn(&Value) -> String) -> Column {
        Column {
            header,
            cell: Cell::Computed(f),
        }
    }
    fn render(&self, value: &Value) -> String {
        match &self.cell {
            Cell::Field(path) => lookup(value, path).map(display).unwrap_or_default(),
            Cell::Computed(f) => f(value),
        }
    }
}

/// Follows a dotted path (`a.b.0.c`) through objects and arrays.
pub fn lookup<'a>(value: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(value, |v, key| match v {
        Value::Object(m) => m.get(key),
        Value::Array(a) => key.parse::<usize>().ok().and_then(|i| a.get(i)),
        _ => None,
    })
}

/// A JSON value as a table cell: strings bare, arrays joined, objects compact, null empty.
pub fn display(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(display).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

pub struct OutputOptions {
    pub format: Format,
    pub jq: Option<String>,
    pub columns: Option<Vec<String>>,
    pub quiet: bool,
    pub no_color: bool,
}

pub struct Output {
    format: Format,
    jq: Option<jq::Filter>,
    columns: Option<Vec<String>>,
    quiet: bool,
    color: bool,
    stdout_tty: bool,
    stderr_tty: bool,
}

impl Output {
    /// Compiles `--jq` up front, so a bad expression is a usage error before any request.
    pub fn new(opts: OutputOptions) -> Result<Output> {
        let jq = opts.jq.as_deref().map(jq::Filter::compile).transpose()?;
        let stdout_tty = std::io::stdout().is_terminal();
        let stderr_tty = std::io::stderr().is_terminal();
        let color = !opts.no_color && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
        Ok(Output {
            format: opts.format,
            jq,
            columns: opts.columns,
            quiet: opts.quiet,
            color,
            stdout_tty,
            stderr_tty,
        })
    }

    /// The format results are printed in (`--jq` always works on JSON).
    pub fn format(&self) -> Format {
        if self.jq.is_some() {
            Format::Json
        } else {
            self.format
        }
    }

    pub fn quiet(&self) -> bool {
        self.quiet
    }

    pub fn stderr_is_terminal(&self) -> bool {
        self.stderr_tty
    }

    /// One resource (a model or JSON): a two-column FIELD/VALUE table, or the JSON/YAML of it.
    pub fn item(&self, value: &impl Serialize, columns: &[Column]) -> Result<()> {
        if self.format() != Format::Table {
            return self.structured(value);
        }
        let value = &to_json(value)?;
        let mut table = self.table();
        match &self.columns {
            Some(fields) => {
                for f in fields {
                    table.add_row(vec![
                        self.header_cell(f),
                        TableCell::new(lookup(value, f).map(display).unwrap_or_default()),
                    ]);
                }
            }
            None => {
                for c in columns {
                    table.add_row(vec![
                        self.header_cell(c.header),
                        TableCell::new(c.render(value)),
                    ]);
                }
            }
        }
        self.write_table(&mut table)
    }

    /// A list: one row per resource, or one JSON/YAML array.
    pub fn list<T: Serialize>(&self, items: &[T], columns: &[Column]) -> Result<()> {
        if self.format() != Format::Table {
            return self.structured(items);
        }
        if items.is_empty() {
            self.status("No results.");
            return Ok(());
        }
        let mut table = self.table();
        let headers: Vec<String> = match &self.columns {
            Some(fields) => fields.iter().map(|f| f.to_uppercase()).collect(),
            None => columns.iter().map(|c| c.header.to_string()).collect(),
        };
        table.set_header(headers.iter().map(|h| self.header_cell(h)));
        for item in items {
            let item = to_json(item)?;
            let row: Vec<String> = match &self.columns {
                Some(fields) => fields
                    .iter()
                    .map(|f| lookup(&item, f).map(display).unwrap_or_default())
                    .collect(),
                None => columns.iter().map(|c| c.render(&item)).collect(),
            };
            table.add_row(row);
        }
        self.write_table(&mut table)
    }

    /// A JSON value with no curated table (the `api` command, or a resource the table cannot help with):
    /// JSON on table output too, YAML when asked.
    pub fn value(&self, value: &Value) -> Result<()> {
        self.structured(value)
    }

    /// Text passed through unchanged (Prometheus metrics, a connection string). `--jq` does not apply.
    pub fn text(&self, text: &str) -> Result<()> {
        if text.ends_with('\n') || text.is_empty() {
            self.write_stdout(text)
        } else {
            self.write_stdout(&format!("{text}\n"))
        }
    }

    /// JSON (streamed to stdout, so a large list is never held twice), YAML, or the `--jq` results.
    fn structured(&self, value: &(impl Serialize + ?Sized)) -> Result<()> {
        if let Some(jq) = &self.jq {
            let mut out = String::new();
            for result in jq.run(&to_json(value)?)? {
                match result {
                    Value::String(s) => out.push_str(&s),
                    other => out.push_str(&pretty(&other)),
                }
                out.push('\n');
            }
            return self.write_stdout(&out);
        }
        if self.format == Format::Yaml {
            let text = serde_norway::to_string(value)
                .map_err(|e| Error::Failed(format!("cannot render YAML: {e}")))?;
            return self.write_stdout(&text);
        }
        let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
        serde_json::to_writer_pretty(&mut out, value)
            .map_err(std::io::Error::from)
            .and_then(|_| out.write_all(b"\n"))
            .and_then(|_| out.flush())
            .map_err(|e| Error::io("cannot write to stdout", e))
    }

    fn table(&self) -> Table {
        let mut table = Table::new();
        if self.stdout_tty {
            table
                .load_style(presets::UTF8_BORDERS_ONLY)
                .set_content_arrangement(ContentArrangement::Dynamic);
        } else {
            // Off a terminal: plain aligned columns, no borders, colours or truncation.
            table
                .load_style(presets::NOTHING)
                .set_content_arrangement(ContentArrangement::Disabled);
            table.force_no_tty();
        }
        table
    }

    fn write_table(&self, table: &mut Table) -> Result<()> {
        if !self.stdout_tty {
            // Plain columns for pipes: no leading blank, two spaces between columns, no trailing blanks.
            for column in table.column_iter_mut() {
                column.set_padding((0, 2));
            }
            let mut text = table
                .lines()
                .map(|l| l.trim_end().to_string())
                .collect::<Vec<_>>()
                .join("\n");
            text.push('\n');
            return self.write_stdout(&text);
        }
        self.write_stdout(&format!("{table}\n"))
    }

    fn header_cell(&self, text: &str) -> TableCell {
        let cell = TableCell::new(text);
        if self.color && self.stdout_tty {
            cell.add_attribute(Attribute::Bold)
        } else {
            cell
        }
    }

    fn write_stdout(&self, text: &str) -> Result<()> {
        write_stdout(text.as_bytes())
    }

    /// Progress and confirmations for people ("Service created."); silent with `--quiet`.
    pub fn status(&self, message: &str) {
        if !self.quiet {
            let _ = writeln!(std::io::stderr().lock(), "{message}");
        }
    }

    /// Always shown (on stderr), even with `--quiet`: something the user must know.
    pub fn warn(&self, message: &str) {
        let prefix = if self.color && self.stderr_tty {
            "\x1b[33mwarning:\x1b[0m"
        } else {
            "warning:"
        };
        let _ = writeln!(std::io::stderr().lock(), "{prefix} {message}");
    }
}

/// An error on stderr: a message and hint, or with `-o json` one object
/// `{"error":{"code","status","message","request_id","hint"}}` so scripts can parse it.
pub fn print_error(error: &Error, json: bool, no_color: bool) {
    let mut err = std::io::stderr().lock();
    if json {
        let object = serde_json::json!({"error": {
            "code": error.exit_code().name(),
            "status": error.status(),
            "message": error.to_string(),
            "request_id": error.request_id(),
            "hint": error.hint(),
        }});
        let _ = writeln!(err, "{object}");
        return;
    }
    let color = !no_color
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && std::io::stderr().is_terminal();
    let prefix = if color {
        "\x1b[31merror:\x1b[0m"
    } else {
        "error:"
    };
    let mut line = format!("{prefix} {error}");
    if let Some(api) = error.api() {
        line.push_str(&format!(" (HTTP {}", api.status));
        if let Some(id) = &api.request_id {
            line.push_str(&format!(", request ID {id}"));
        }
        line.push(')');
    }
    let _ = writeln!(err, "{line}");
    if let Some(hint) = error.hint() {
        let _ = writeln!(err, "hint: {hint}");
    }
}

/// Bytes to stdout as they are (also for commands that run without a context, like `completions`).
pub fn write_stdout(bytes: &[u8]) -> Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)
        .and_then(|_| out.flush())
        .map_err(|e| Error::io("cannot write to stdout", e))
}

/// A message on stderr for when no [`Output`] exists yet (before the context is built).
pub fn notice(message: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{message}");
}

pub fn pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).unwrap_or_else(|_| value.to_string())
}

/// `--jq`, built in with the jaq crates: no jq binary needed.
mod jq {
    use jaq_core::load::{Arena, File, Loader};
    use jaq_core::{Compiler, Ctx, Native, Vars, data};
    use jaq_json::Val;
    use serde_json::Value;

    use crate::error::{Error, Result};

    type JustLut = data::JustLut<Val>;

    pub struct Filter {
        filter: jaq_core::compile::Filter<Native<JustLut>>,
    }

    impl Filter {
        pub fn compile(code: &str) -> Result<Filter> {
            let defs = jaq_core::defs()
                .chain(jaq_std::defs())
                .chain(jaq_json::defs());
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
            let filter = Compiler::default()
                .with_funs(funs)
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
            Ok(Filter { filter })
        }

        pub fn run(&self, input: &Value) -> Result<Vec<Value>> {
            let bytes = serde_json::to_vec(input).unwrap_or_default();
            let input = jaq_json::read::parse_single(&bytes)
                .map_err(|e| Error::Failed(format!("--jq: cannot read the input: {e}")))?;
            let ctx = Ctx::<JustLut>::new(&self.filter.lut, Vars::new([]));
            let mut results = Vec::new();
            for out in self.filter.id.run((ctx, input)).map(jaq_core::unwrap_valr) {
                let val = out.map_err(|e| Error::Failed(format!("--jq: {e}")))?;
                let text = val.to_string();
                let value = serde_json::from_str(&text).unwrap_or(Value::String(text));
                results.push(value);
            }
            Ok(results)
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn filters_and_functions_work() {
            let input = serde_json::json!([{"name": "a", "n": 1}, {"name": "b", "n": 2}]);
            let f = Filter::compile(".[] | select(.n > 1) | .name").unwrap();
            assert_eq!(f.run(&input).unwrap(), vec![Value::String("b".into())]);
            let f = Filter::compile("map(.n) | add").unwrap();
            assert_eq!(f.run(&input).unwrap(), vec![serde_json::json!(3)]);
            let f = Filter::compile("length").unwrap();
            assert_eq!(f.run(&input).unwrap(), vec![serde_json::json!(2)]);
        }

        #[test]
        fn bad_expressions_are_usage_errors() {
            for code in [".[", "nosuchfunction"] {
                let err = Filter::compile(code).err().expect("should fail");
                assert_eq!(err.exit_code(), crate::error::ExitCode::Usage, "{code}");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_follows_paths() {
        let v = serde_json::json!({"a": {"b": [{"c": 1}]}});
        assert_eq!(lookup(&v, "a.b.0.c"), Some(&serde_json::json!(1)));
        assert_eq!(lookup(&v, "a.x"), None);
    }

    #[test]
    fn cells_are_plain() {
        assert_eq!(display(&serde_json::json!(null)), "");
        assert_eq!(display(&serde_json::json!(["a", "b"])), "a, b");
        assert_eq!(display(&serde_json::json!(true)), "true");
        assert_eq!(display(&serde_json::json!({"k": 1})), r#"{"k":1}"#);
    }
}
