//! Generated files must match the command tree: shell completions (completions/), the command reference
//! (docs/reference.md), man pages (docs/man/) and the exit-code table (docs/exit-codes.md).
//! After changing commands or flags, regenerate them with:
//!     UPDATE_GENERATED=1 cargo test --test it generated::

use std::path::{Path, PathBuf};

use clap::ValueEnum;
use clap_complete::Shell;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn updating() -> bool {
    std::env::var_os("UPDATE_GENERATED").is_some()
}

/// Compares a generated file with the committed one, or writes it when updating.
fn check(path: &Path, expected: &[u8], stale: &mut Vec<String>) {
    if updating() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, expected).unwrap();
        return;
    }
    if std::fs::read(path).ok().as_deref() != Some(expected) {
        stale.push(
            path.strip_prefix(root())
                .unwrap_or(path)
                .display()
                .to_string(),
        );
    }
}

fn report(stale: Vec<String>) {
    assert!(
        stale.is_empty(),
        "generated files are out of date: {}\nregenerate with: UPDATE_GENERATED=1 cargo test --test it generated::",
        stale.join(", ")
    );
}

/// Every command with its full name (`dbcloud ch service list`), depth first, in the tree's order.
fn commands() -> Vec<(String, clap::Command)> {
    fn walk(cmd: &clap::Command, prefix: &str, out: &mut Vec<(String, clap::Command)>) {
        let name = if prefix.is_empty() {
            cmd.get_name().to_string()
        } else {
            format!("{prefix} {}", cmd.get_name())
        };
        out.push((name.clone(), cmd.clone()));
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            walk(sub, &name, out);
        }
    }
    let mut root = dbcloud::cli::command().term_width(100);
    root.build();
    let mut out = Vec::new();
    walk(&root, "", &mut out);
    out
}

/// The same tree as [`commands`] (same order) without the `help` subcommands, which have no pages of their own:
/// a man page's SUBCOMMANDS section must not point at a `dbcloud-help(1)` that does not exist.
fn man_commands() -> Vec<clap::Command> {
    fn without_help(cmd: clap::Command) -> clap::Command {
        let names: Vec<String> = cmd
            .get_subcommands()
            .map(|s| s.get_name().to_string())
            .collect();
        names
            .iter()
            .fold(cmd.disable_help_subcommand(true), |cmd, name| {
                cmd.mut_subcommand(name, without_help)
            })
    }
    let mut root = without_help(dbcloud::cli::command().term_width(100));
    root.build();
    fn walk(cmd: &clap::Command, out: &mut Vec<clap::Command>) {
        out.push(cmd.clone());
        for sub in cmd.get_subcommands() {
            walk(sub, out);
        }
    }
    let mut out = Vec::new();
    walk(&root, &mut out);
    out
}

/// Roff text shown line for line (`.nf`): backslashes and dashes escaped, a leading `.` or `'` made literal.
fn roff_verbatim(text: &str) -> String {
    let mut out = String::from(".nf\n");
    for line in text.lines() {
        let line = line.replace('\\', "\\\\").replace('-', "\\-");
        if line.starts_with('.') || line.starts_with('\'') {
            out.push_str("\\&");
        }
        out.push_str(&line);
        out.push('\n');
    }
    out.push_str(".fi\n");
    out
}

/// A command's man page: clap_mangen's sections, except that the text after the options (notes, then
/// `Examples:`) keeps its lines as written, under NOTES and EXAMPLES, instead of being filled into one paragraph.
fn man_page(name: &str, cmd: clap::Command) -> Vec<u8> {
    let after = cmd
        .get_after_long_help()
        .or(cmd.get_after_help())
        .map(|t| t.to_string());
    let cmd = cmd
        .name(&*Box::leak(name.to_string().into_boxed_str()))
        .after_help(None::<&str>)
        .after_long_help(None::<&str>);
    let mut page = Vec::new();
    clap_mangen::Man::new(cmd).render(&mut page).unwrap();
    let Some(after) = after else { return page };
    let examples_at = after
        .match_indices("Example")
        .map(|(at, _)| at)
        .find(|&at| at == 0 || after[..at].ends_with('\n'));
    let (notes, examples) = match examples_at {
        Some(at) => (
            &after[..at],
            after[at..].split_once('\n').map_or("", |(_, rest)| rest),
        ),
        None => (after.as_str(), ""),
    };
    let mut sections = String::new();
    if !notes.trim().is_empty() {
        sections.push_str(".SH NOTES\n");
        sections.push_str(&roff_verbatim(notes.trim_end()));
    }
    if !examples.trim().is_empty() {
        sections.push_str(".SH EXAMPLES\n");
        let lines: Vec<&str> = examples.trim_end().lines().collect();
        let indent = lines
            .iter()
            .filter(|l| !l.trim().is_empty())
            .map(|l| l.len() - l.trim_start().len())
            .min()
            .unwrap_or(0);
        let dedented: Vec<&str> = lines
            .iter()
            .map(|l| l.get(indent..).unwrap_or(""))
            .collect();
        sections.push_str(&roff_verbatim(&dedented.join("\n")));
    }
    let text = String::from_utf8(page).unwrap();
    let at = text.find(".SH VERSION").unwrap_or(text.len());
    format!("{}{sections}{}", &text[..at], &text[at..]).into_bytes()
}

#[test]
fn completions_are_current() {
    let mut stale = Vec::new();
    for shell in Shell::value_variants() {
        let mut script = Vec::new();
        clap_complete::generate(
            *shell,
            &mut dbcloud::cli::command().term_width(100),
            "dbcloud",
            &mut script,
        );
        let ext = match shell {
            Shell::Bash => "bash",
            Shell::Zsh => "zsh",
            Shell::Fish => "fish",
            Shell::PowerShell => "ps1",
            Shell::Elvish => "elv",
            _ => continue,
        };
        check(
            &root().join("completions").join(format!("dbcloud.{ext}")),
            &script,
            &mut stale,
        );
    }
    report(stale);
}

#[test]
fn reference_and_man_pages_are_current() {
    let mut stale = Vec::new();
    let mut reference = String::from(
        "# dbcloud command reference\n\nGenerated from the command tree by `tests/generated.rs`; do not edit.\n",
    );
    let man_dir = root().join("docs").join("man");
    let mut expected_pages = Vec::new();
    let rows = coverage();
    for ((name, mut cmd), man_cmd) in commands().into_iter().zip(man_commands()) {
        let help = cmd.render_long_help().to_string();
        reference.push_str(&format!("\n## {name}\n\n"));
        // The operations this command sends, and the spec each comes from (docs/api-coverage.md).
        let path = name.trim_start_matches("dbcloud").trim();
        for row in rows.iter().filter(|r| r.commands.iter().any(|c| c == path)) {
            reference.push_str(&format!(
                "API: `{} {}` ({}; spec: {})\n\n",
                row.method, row.path, row.operation_id, row.source
            ));
        }
        reference.push_str(&format!("```text\n{}\n```\n", help.trim_end()));
        let page_name = name.replace(' ', "-");
        let page = man_page(&page_name, man_cmd);
        let text = String::from_utf8_lossy(&page);
        assert!(
            !text.contains("\\-help(1)"),
            "{page_name}: a link to a help page that does not exist"
        );
        assert!(
            !text.contains(".SH EXTRA"),
            "{page_name}: examples filled into a paragraph"
        );
        let file = format!("{page_name}.1");
        check(&man_dir.join(&file), &page, &mut stale);
        expected_pages.push(file);
    }
    check(
        &root().join("docs").join("reference.md"),
        reference.as_bytes(),
        &mut stale,
    );
    // Pages of commands that no longer exist are stale too.
    for entry in std::fs::read_dir(&man_dir).into_iter().flatten().flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        if !expected_pages.contains(&file) {
            if updating() {
                std::fs::remove_file(entry.path()).unwrap();
            } else {
                stale.push(format!("docs/man/{file} (no such command)"));
            }
        }
    }
    report(stale);
}

#[test]
fn exit_codes_are_documented() {
    let mut doc = String::from(
        "# Exit codes\n\nEvery dbcloud command ends with one of these codes; scripts can rely on them. With `-o json`, \
         an error is also one JSON object on stderr whose `code` is the name below:\n\
         `{\"error\":{\"code\":\"not_found\",\"status\":404,\"message\":\"...\",\"request_id\":\"...\"}}`.\n\n\
         | code | name | meaning |\n|---|---|---|\n",
    );
    for code in dbcloud::error::ExitCode::ALL {
        doc.push_str(&format!(
            "| {} | `{}` | {} |\n",
            code as u8,
            code.name(),
            code.meaning()
        ));
    }
    doc.push_str(
        "\nA closed stdout (`dbcloud ... | head`) ends the program quietly with 0. Generated by `tests/generated.rs`.\n",
    );
    let mut stale = Vec::new();
    check(
        &root().join("docs").join("exit-codes.md"),
        doc.as_bytes(),
        &mut stale,
    );
    report(stale);
}

#[test]
fn every_command_has_help_and_an_example() {
    let mut missing = Vec::new();
    for (name, cmd) in commands() {
        if cmd.get_about().is_none() {
            missing.push(format!("{name}: no description"));
        }
        let leaf = cmd.get_subcommands().next().is_none();
        let examples = [cmd.get_after_help(), cmd.get_after_long_help()]
            .into_iter()
            .flatten()
            .any(|h| h.to_string().contains("dbcloud "));
        if leaf && !examples {
            missing.push(format!("{name}: no example"));
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

/// One row of docs/api-coverage.md: the operation, the spec it comes from, and the command paths it names
/// (`["ch service start", "ch service stop"]`).
struct CoverageRow {
    line: String,
    method: String,
    path: String,
    operation_id: String,
    source: String,
    commands: Vec<String>,
}

fn coverage() -> Vec<CoverageRow> {
    let map = std::fs::read_to_string(root().join("docs").join("api-coverage.md")).unwrap();
    let mut rows = Vec::new();
    for line in map.lines().filter(|l| l.starts_with("| ")) {
        let cells: Vec<&str> = line.trim_start_matches("| ").splitn(6, " | ").collect();
        if cells.len() < 6 || cells[0].parse::<u32>().is_err() {
            continue;
        }
        let command = line
            .rsplit("`dbcloud ")
            .next()
            .unwrap()
            .trim_end_matches(" |")
            .trim_end_matches('`');
        // One row may name two commands ("ch service start SERVICE [--wait] / ch service stop SERVICE") or
        // alternatives of one word ("ch postgres restart|promote|switchover PG").
        let mut commands = Vec::new();
        for variant in command.split(" / ") {
            let words: Vec<&str> = variant
                .trim_start_matches("dbcloud ")
                .split_whitespace()
                .take_while(|w| {
                    w.chars()
                        .all(|c| c.is_ascii_lowercase() || c == '-' || c == '|')
                })
                .filter(|w| !w.starts_with('-'))
                .collect();
            let mut paths: Vec<Vec<&str>> = vec![Vec::new()];
            for word in words {
                paths = paths
                    .into_iter()
                    .flat_map(|p| {
                        word.split('|').map(move |alt| {
                            let mut p = p.clone();
                            p.push(alt);
                            p
                        })
                    })
                    .collect();
            }
            commands.extend(paths.into_iter().map(|p| p.join(" ")));
        }
        rows.push(CoverageRow {
            line: line.to_string(),
            method: cells[1].to_string(),
            path: cells[2].trim_matches('`').to_string(),
            operation_id: cells[3].to_string(),
            source: cells[4].to_string(),
            commands,
        });
    }
    rows
}

/// Every operation of both vendored current specs has its row in docs/api-coverage.md, every row names an
/// operation of the spec (method, path and operationId as the spec has them) and the spec it comes from, and
/// every command a row names exists in the command tree.
#[test]
fn every_api_operation_has_its_command() {
    use dbcloud_spec::{Provider, spec_for};
    let tree = dbcloud::cli::command();
    let mut seen = std::collections::BTreeSet::new();
    let mut problems = Vec::new();
    for row in coverage() {
        let line = &row.line;
        let provider = if row.path.starts_with("/v1") {
            Provider::ClickHouse
        } else {
            Provider::Cockroach
        };
        match spec_for(provider).find(&row.method, &row.path) {
            Some(op) if op.operation_id == row.operation_id => {
                seen.insert((row.method.clone(), row.path.clone()));
                if op.deprecated != row.source.contains("deprecated") {
                    problems.push(format!(
                        "{line}: deprecated is {} in the spec",
                        op.deprecated
                    ));
                }
            }
            Some(op) => problems.push(format!(
                "{line}: the spec's operationId is {}",
                op.operation_id
            )),
            None => problems.push(format!("{line}: no such operation in the vendored spec")),
        }
        if !(row.source.starts_with("seed + current") || row.source.starts_with("current")) {
            problems.push(format!(
                "{line}: the spec column says neither seed + current nor current"
            ));
        }
        for command in &row.commands {
            let words: Vec<&str> = command.split(' ').collect();
            let mut cmd = &tree;
            for word in &words {
                match cmd.find_subcommand(word) {
                    Some(sub) => cmd = sub,
                    // Past the command path: a positional value such as `cloudwatch`.
                    None if cmd.get_positionals().next().is_some() => break,
                    None => {
                        problems.push(format!("no command dbcloud {command}"));
                        break;
                    }
                }
            }
        }
    }
    for provider in [Provider::ClickHouse, Provider::Cockroach] {
        for op in &spec_for(provider).operations {
            if !seen.contains(&(op.method.clone(), op.template.clone())) {
                problems.push(format!(
                    "{} {} ({}) has no row",
                    op.method, op.template, op.operation_id
                ));
            }
        }
    }
    assert_eq!(
        seen.len(),
        286,
        "the map should list the 286 operations of both specs"
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The command column of docs/api-coverage.md is each command's usage line as the tree renders it (required
/// flags and arguments), so the map can never name a flag that does not exist. The rows' operations and the
/// spec column stay as written; `UPDATE_GENERATED=1` rewrites the command cells.
#[test]
fn the_coverage_map_shows_each_commands_usage() {
    let path = root().join("docs").join("api-coverage.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut tree = dbcloud::cli::command().term_width(0);
    tree.build();
    let mut usage = |command: &str| -> Option<String> {
        let mut cmd = &mut tree;
        for word in command.split(' ') {
            cmd = cmd.find_subcommand_mut(word)?;
        }
        let rendered = cmd.render_usage().to_string();
        // A `|` in a Markdown table cell ends the cell, even in a code span: escape it.
        Some(
            rendered
                .trim_start_matches("Usage: ")
                .trim()
                .replace('|', "\\|"),
        )
    };
    let rows = coverage();
    let mut out = String::new();
    for line in text.lines() {
        let row = rows.iter().find(|r| r.line == line);
        match row {
            Some(row) => {
                let mut seen = Vec::new();
                let mut cells = Vec::new();
                let mut missing = false;
                for command in &row.commands {
                    // A positional value in the path (`metric-export get cloudwatch`): the usage of the
                    // command that takes it.
                    let found = usage(command).or_else(|| {
                        let (parent, _) = command.rsplit_once(' ')?;
                        usage(parent).filter(|u| u.contains('<'))
                    });
                    match found {
                        Some(u) if !seen.contains(&u) => {
                            seen.push(u.clone());
                            cells.push(format!("`{u}`"));
                        }
                        Some(_) => {}
                        None => missing = true,
                    }
                }
                // A command that does not exist yet keeps the row as written (the test above reports it).
                if missing {
                    out.push_str(line);
                    out.push('\n');
                    continue;
                }
                let head: Vec<&str> = line
                    .trim_start_matches("| ")
                    .splitn(6, " | ")
                    .take(5)
                    .collect();
                out.push_str(&format!(
                    "| {} | {} |\n",
                    head.join(" | "),
                    cells.join(" / ")
                ));
            }
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    let mut stale = Vec::new();
    check(&path, out.as_bytes(), &mut stale);
    report(stale);
}
