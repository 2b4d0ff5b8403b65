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
use crate::http::List;

mod jq;
mod lines;
mod stream;
mod table;

pub use lines::Lines;

pub use jq::parse_arg as parse_jq_arg;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Yaml,
    /// `dbcloud export` only (other commands refuse it)
    #[value(hide = true)]
    Toml,
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

/// Only the `--columns` fields of a resource, each under its path (`{"name": .., "endpoints.0.host": ..}`).
fn select(value: &Value, fields: &[String]) -> Value {
    let mut out = serde_json::Map::new();
    for f in fields {
        out.insert(f.clone(), lookup(value, f).cloned().unwrap_or(Value::Null));
    }
    Value::Object(out)
}

/// A secret shown in the table output: its row header, the field it is put under, and its value.
pub struct ShownSecret<'a> {
    pub header: &'static str,
    pub field: &'static str,
    pub value: &'a str,
}

pub struct OutputOptions {
    pub format: Format,
    pub jq: Option<String>,
    /// `--jq-arg NAME=VALUE`: variables of the `--jq` expression.
    pub jq_args: Vec<(String, String)>,
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
        let jq = opts
            .jq
            .as_deref()
            .map(|code| jq::Filter::compile(code, &opts.jq_args))
            .transpose()?;
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

    pub fn stdout_is_terminal(&self) -> bool {
        self.stdout_tty
    }

    /// Whether stdout is a terminal that takes colours (not `--no-color`, not `NO_COLOR`).
    pub fn stdout_styled(&self) -> bool {
        self.color && self.stdout_tty
    }

    /// Whether stderr is a terminal that takes colours.
    pub fn stderr_styled(&self) -> bool {
        self.color && self.stderr_tty
    }

    /// One resource (a model or JSON): a two-column FIELD/VALUE table, or the JSON/YAML of it.
    pub fn item(&self, value: &impl Serialize, columns: &[Column]) -> Result<()> {
        if self.format() != Format::Table {
            return match &self.columns {
                Some(fields) => {
                    let value = to_json(value)?;
                    self.check_columns(fields, std::slice::from_ref(&value))?;
                    self.structured(&select(&value, fields))
                }
                None => self.structured(value),
            };
        }
        let value = &to_json(value)?;
        let rows: Vec<(String, String)> = match &self.columns {
            Some(fields) => {
                self.check_columns(fields, std::slice::from_ref(value))?;
                fields
                    .iter()
                    .map(|f| (f.clone(), lookup(value, f).map(display).unwrap_or_default()))
                    .collect()
            }
            None => columns
                .iter()
                .map(|c| (c.header.to_string(), c.render(value)))
                .collect(),
        };
        if self.stdout_tty {
            let table = table::fitted_item(&rows, table::terminal_width(), self.color);
            return self.write_stdout(&format!("{table}\n"));
        }
        let mut table = self.table();
        for (field, value) in rows {
            table.add_row(vec![self.header_cell(&field), TableCell::new(value)]);
        }
        self.write_table(&mut table)
    }

    /// A list: one row per resource, or one JSON/YAML array.
    pub fn list<T: Serialize>(&self, items: &[T], columns: &[Column]) -> Result<()> {
        if self.format() != Format::Table {
            return match &self.columns {
                Some(fields) => {
                    let values = items.iter().map(to_json).collect::<Result<Vec<_>>>()?;
                    self.check_columns(fields, &values)?;
                    let selected: Vec<Value> = values.iter().map(|v| select(v, fields)).collect();
                    self.structured(&selected)
                }
                None => self.structured(items),
            };
        }
        if items.is_empty() {
            self.status("No results.");
            return Ok(());
        }
        let headers: Vec<String> = match &self.columns {
            Some(fields) => fields.iter().map(|f| f.to_uppercase()).collect(),
            None => columns.iter().map(|c| c.header.to_string()).collect(),
        };
        let mut rows = Vec::with_capacity(items.len());
        let mut checked = false;
        for item in items {
            let item = to_json(item)?;
            let row: Vec<String> = match &self.columns {
                Some(fields) => {
                    if !checked {
                        self.check_columns(fields, std::slice::from_ref(&item))?;
                        checked = true;
                    }
                    fields
                        .iter()
                        .map(|f| lookup(&item, f).map(display).unwrap_or_default())
                        .collect()
                }
                None => columns.iter().map(|c| c.render(&item)).collect(),
            };
            rows.push(row);
        }
        if self.stdout_tty {
            let table = table::fitted_list(&headers, &rows, table::terminal_width(), self.color);
            return self.write_stdout(&format!("{table}\n"));
        }
        let mut table = self.table();
        table.set_header(headers.iter().map(|h| self.header_cell(h)));
        for row in rows {
            table.add_row(row);
        }
        self.write_table(&mut table)
    }

    /// A list as it is read: with `-o json` or `-o yaml` each page is written as it arrives, so a long list
    /// is held one page at a time and the output is still one array. A table (its columns are sized to every
    /// row), `--jq` (it runs on the whole array) and `--columns` (checked against every item) read the whole
    /// list first. When a page fails after others were written, the array is left open: a list cut short
    /// must not parse as the whole list (the error and the exit code say what happened).
    pub async fn list_pages<T: Serialize>(
        &self,
        mut list: List<'_, T>,
        columns: &[Column],
    ) -> Result<()> {
        if self.jq.is_some() || self.columns.is_some() || self.format == Format::Table {
            let items = list.all().await?;
            return self.list(&items, columns);
        }
        let stdout_error = |e| Error::io("cannot write to stdout", e);
        let mut out = stream::ArrayWriter::new(
            std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
            self.format,
        );
        while let Some(page) = list.next_page().await? {
            for item in &page {
                out.item(item).map_err(stdout_error)?;
            }
            out.flush().map_err(stdout_error)?;
        }
        out.finish().map_err(stdout_error)
    }

    /// `--columns` names fields of the resource: one that none of `values` has is a usage error listing the
    /// fields that exist (a typo is never silently an empty column).
    fn check_columns(&self, fields: &[String], values: &[Value]) -> Result<()> {
        let Some(first) = values.first() else {
            return Ok(());
        };
        let unknown: Vec<&String> = fields
            .iter()
            .filter(|f| values.iter().all(|v| lookup(v, f).is_none()))
            .collect();
        if unknown.is_empty() {
            return Ok(());
        }
        let known: Vec<String> = match first {
            Value::Object(m) => m.keys().cloned().collect(),
            _ => Vec::new(),
        };
        Err(Error::usage(format!(
            "--columns: no field {} here; the fields are: {} (nested ones with dots, e.g. a.b)",
            unknown
                .iter()
                .map(|f| format!("'{f}'"))
                .collect::<Vec<_>>()
                .join(", "),
            known.join(", ")
        )))
    }

    /// A resource carrying secrets the API shows only once (a create's password, a key's secret). A table shows
    /// the resource with the secrets as extra rows; JSON and YAML show the resource's fields at the top level,
    /// as every other command does, with each secret beside them under its documented key (`password`,
    /// `keySecret`, `secret`), so `jq -r .id` works on a create as on a get. Either way a warning on stderr says
    /// the secrets cannot be read again.
    pub fn item_with_secrets(
        &self,
        resource: &Value,
        columns: &[Column],
        secrets: &[ShownSecret<'_>],
        what: &str,
        save_hint: &str,
    ) -> Result<()> {
        let mut shown = resource.clone();
        for secret in secrets {
            if let Value::Object(map) = &mut shown {
                map.insert(
                    secret.field.to_string(),
                    Value::String(secret.value.to_string()),
                );
            }
        }
        if self.format() == Format::Table {
            let mut all = columns.to_vec();
            all.extend(secrets.iter().map(|s| Column::field(s.header, s.field)));
            self.item(&shown, &all)?;
        } else {
            self.value(&shown)?;
        }
        self.warn(&format!(
            "{what} shown above cannot be read again: keep a copy now ({save_hint})"
        ));
        Ok(())
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

/// The spinner of the wait in progress, if any, so that a notice printed meanwhile goes above it rather than
/// through it.
static SPINNER: std::sync::Mutex<Option<indicatif::ProgressBar>> = std::sync::Mutex::new(None);

/// Registers (or, with `None`, forgets) the spinner a notice must print above.
pub fn set_spinner(bar: Option<indicatif::ProgressBar>) {
    if let Ok(mut slot) = SPINNER.lock() {
        *slot = bar;
    }
}

/// A line on stderr, above the spinner of a wait when one spins; also for when no [`Output`] exists yet
/// (before the context is built), and for the HTTP core's rate-limit pauses.
pub fn notice(message: &str) {
    let spinner = SPINNER.lock().ok().and_then(|slot| slot.clone());
    match spinner {
        Some(bar) => bar.println(message),
        None => {
            let _ = writeln!(std::io::stderr().lock(), "{message}");
        }
    }
}

pub fn pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).unwrap_or_else(|_| value.to_string())
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
