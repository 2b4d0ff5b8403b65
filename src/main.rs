//! The dbcloud binary: parse, run, and map the error to an exit code. Nothing else.

use dbcloud::error::Error;
use dbcloud::{output, run};

fn main() -> std::process::ExitCode {
    let cli = match dbcloud::cli::parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(e),
    };
    let json_errors = cli.global.format() == output::Format::Json || cli.global.jq.is_some();
    let no_color = cli.global.no_color;
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            return report(
                &Error::io("cannot start the async runtime", e),
                json_errors,
                no_color,
            );
        }
    };
    let result = runtime.block_on(async {
        tokio::select! {
            biased;
            r = run(cli) => r,
            _ = tokio::signal::ctrl_c() => Err(Error::Interrupted("interrupted".into())),
        }
    });
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            let args: Vec<String> = std::env::args().collect();
            let e = dbcloud::field_hints::with_flag_hint(e, &dbcloud::cli::command(), &args);
            report(&e, json_errors, no_color)
        }
    }
}

/// clap's own errors (an unknown flag, a value a parser refused) are usage errors, exit 2; with `-o json` they
/// too are one JSON object on stderr, as scripts expect of every error.
fn usage_error(e: clap::Error) -> std::process::ExitCode {
    use clap::error::ErrorKind;
    let asks_json = {
        let args: Vec<String> = std::env::args().collect();
        args.iter()
            .any(|a| a == "--json" || a == "-ojson" || a == "--output=json")
            || args
                .windows(2)
                .any(|w| (w[0] == "-o" || w[0] == "--output") && w[1] == "json")
            || std::env::var("DBCLOUD_OUTPUT").is_ok_and(|v| v == "json")
    };
    if !asks_json || matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        e.exit();
    }
    let (message, hint) = usage_parts(&e.to_string());
    let error = Error::usage(message);
    let error = match hint {
        Some(hint) => error.with_hint(hint),
        None => error,
    };
    report(&error, true, true)
}

/// clap's rendered error as a message (all of it but the usage line: which arguments are missing, the valid
/// values) and a hint (its tips and "For more information" line), for the JSON error object.
fn usage_parts(text: &str) -> (String, Option<String>) {
    let mut message = Vec::new();
    let mut hints = Vec::new();
    let mut in_usage = false;
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with("Usage:") {
            in_usage = true;
            continue;
        }
        if in_usage && !trimmed.is_empty() && line.starts_with(' ') {
            continue;
        }
        in_usage = false;
        if trimmed.starts_with("tip:") || trimmed.starts_with("For more information") {
            hints.push(trimmed.to_string());
        } else if !trimmed.is_empty() {
            message.push(line.trim_end().trim_start_matches("error: ").to_string());
        }
    }
    let hint = (!hints.is_empty()).then(|| hints.join(" "));
    (message.join("\n"), hint)
}

fn report(error: &Error, json_errors: bool, no_color: bool) -> std::process::ExitCode {
    // `| head` closed stdout: the reader has what it wanted, so end quietly and successfully.
    if error.is_broken_pipe() {
        return std::process::ExitCode::SUCCESS;
    }
    if error.is_silent() {
        return std::process::ExitCode::from(error.exit_code() as u8);
    }
    output::print_error(error, json_errors, no_color);
    std::process::ExitCode::from(error.exit_code() as u8)
}
