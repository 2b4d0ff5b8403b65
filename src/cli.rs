//! The clap tree root and the global flags.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};

use crate::output::Format;

const ABOUT: &str =
    "Manage ClickHouse Cloud services and CockroachDB Cloud clusters from one command line";

const EXAMPLES: &str = "\
Examples:
  dbcloud --emulator ch service list          # try it offline, no account needed
  dbcloud auth login --provider clickhouse
  dbcloud ch service list
  dbcloud crdb cluster list --json
  dbcloud ch service get web --jq .state

Long lists: with -o json or -o yaml each page is printed as it arrives, so memory stays flat;
a table, --jq and --columns read the whole list first.

Exit codes: 0 ok, 1 error, 2 usage, 3 not found, 4 not authenticated, 5 conflict, 6 timed out, 130 interrupted.";

#[derive(Parser, Debug)]
#[command(name = "dbcloud", version, about = ABOUT, after_help = EXAMPLES, propagate_version = true)]
// Environment values are never shown in help: they may be secrets, and generated docs must not vary.
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// The flags every command takes; help lists them under their own heading, after the command's own.
#[derive(Args, Debug, Clone)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Profile to use (or DBCLOUD_PROFILE; default: the config's default_profile)
    #[arg(short, long, global = true, value_name = "NAME")]
    pub profile: Option<String>,
    /// Output format [default: table]
    #[arg(
        short,
        long,
        global = true,
        value_enum,
        env = "DBCLOUD_OUTPUT",
        hide_env_values = true,
        value_name = "FORMAT"
    )]
    pub output: Option<Format>,
    /// Shorthand for --output json
    #[arg(long, global = true)]
    pub json: bool,
    /// Filter the JSON output with a jq expression (built in; no jq needed)
    #[arg(long, global = true, value_name = "EXPR")]
    pub jq: Option<String>,
    /// A string variable for --jq, as `$NAME` (repeatable; like jq's --arg)
    #[arg(long = "jq-arg", global = true, value_name = "NAME=VALUE", value_parser = crate::output::parse_jq_arg)]
    pub jq_args: Vec<(String, String)>,
    /// Table columns, as JSON field paths (e.g. id,name,state)
    #[arg(long, global = true, value_delimiter = ',', value_name = "FIELDS")]
    pub columns: Option<Vec<String>>,
    /// No progress or status messages
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Answer yes to confirmations (required for destructive commands without a terminal)
    #[arg(short, long, global = true)]
    pub yes: bool,
    /// Never prompt (also when stdin is not a terminal or CI is set)
    #[arg(long, global = true, env = "DBCLOUD_NO_INPUT", hide_env_values = true)]
    pub no_input: bool,
    /// Log each HTTP request and response to stderr, secrets redacted
    #[arg(
        short,
        long,
        global = true,
        env = "DBCLOUD_DEBUG",
        hide_env_values = true
    )]
    pub verbose: bool,
    /// Timeout of each HTTP request (e.g. 30s, 2m)
    #[arg(long, global = true, value_name = "DURATION", default_value = "30s", env = "DBCLOUD_TIMEOUT", hide_env_values = true,
          value_parser = crate::validate::duration)]
    pub timeout: Duration,
    /// No colours (also NO_COLOR)
    #[arg(long, global = true)]
    pub no_color: bool,
    /// Config file [default: config.toml in the platform config directory]
    #[arg(
        long,
        global = true,
        env = "DBCLOUD_CONFIG",
        hide_env_values = true,
        value_name = "FILE"
    )]
    pub config: Option<PathBuf>,
    /// Run against a local emulator of both APIs (state kept in the data directory); no account needed
    #[arg(long, global = true)]
    pub emulator: bool,
}

impl GlobalArgs {
    pub fn format(&self) -> Format {
        if self.json {
            Format::Json
        } else {
            self.output.unwrap_or(Format::Table)
        }
    }
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// ClickHouse Cloud: organizations, services, backups, keys, members, invitations, activities
    #[command(visible_alias = "clickhouse")]
    Ch(Lazy<crate::clickhouse::Args>),
    /// CockroachDB Cloud: clusters, databases, SQL users, networking, backups and more
    #[command(visible_alias = "cockroach")]
    Crdb(Lazy<crate::cockroach::Args>),
    /// Every database of every profile and provider, in one table
    #[command(visible_alias = "status")]
    Ls(crate::commands::ls::Args),
    /// Log in, and see which credentials are in effect
    Auth(crate::commands::auth::Args),
    /// Manage named profiles in the config file
    Profile(crate::commands::profile::Args),
    /// Send an authenticated request to either API and print the answer
    Api(crate::commands::api::Args),
    /// Show what `apply` would change to make the live state what a file declares
    Plan(crate::commands::plan::Args),
    /// Make the live state what a file declares: databases as code, across both clouds
    Apply(crate::commands::apply::Args),
    /// Write the live state of a profile as a file for `plan` and `apply`
    Export(crate::commands::export::Args),
    /// Run the local emulator of both APIs
    #[cfg(feature = "emulator")]
    Emulator(crate::commands::emulator::Args),
    /// Print a shell completion script
    Completions(crate::commands::completions::Args),
}

/// Builds the whole command tree (used by completions, docs, error hints and tests). Every command reads a
/// negative number as a value (`--retention-days -1` reaches its check, which names the flag and the allowed
/// range, instead of being taken for an unknown flag).
pub fn command() -> clap::Command {
    negatives_are_values(<Cli as clap::CommandFactory>::command())
}

fn negatives_are_values(cmd: clap::Command) -> clap::Command {
    cmd.allow_negative_numbers(true)
        .mut_subcommands(negatives_are_values)
}

thread_local! {
    /// Set while [`parse`] builds its tree: the [`Lazy`] subtrees are then left for clap to build on entry.
    static DEFER_SUBTREES: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Parses the process's arguments. The `ch` and `crdb` subtrees and each of their nouns (nearly all of the
/// ~300 commands) are built only when the command line enters them (clap's `Command::defer`): `--version`
/// or `ls` build no provider command, and `crdb cluster list` builds `crdb cluster` and nothing else under
/// `ch` or `crdb` (issue 13's start-up).
pub fn parse() -> Result<Cli, clap::Error> {
    parse_from(std::env::args_os())
}

/// [`parse`] of the given arguments (the first is the program's name).
pub fn parse_from<I, T>(args: I) -> Result<Cli, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    use clap::FromArgMatches;
    // Set through the parse, not just the first build: a subtree clap builds on entry holds lazy ones too.
    DEFER_SUBTREES.set(true);
    let matches = command().try_get_matches_from(args);
    DEFER_SUBTREES.set(false);
    Cli::from_arg_matches(&matches?)
}

/// A subcommand whose own arguments and subcommands are built only when needed (see [`parse`]); elsewhere,
/// for [`command`]'s whole tree, it is built at once like any other.
#[derive(Debug)]
pub struct Lazy<T>(pub T);

impl<T: clap::Args> clap::Args for Lazy<T> {
    fn augment_args(cmd: clap::Command) -> clap::Command {
        if DEFER_SUBTREES.get() {
            cmd.defer(|cmd| negatives_are_values(T::augment_args(cmd)))
        } else {
            T::augment_args(cmd)
        }
    }

    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        if DEFER_SUBTREES.get() {
            cmd.defer(|cmd| negatives_are_values(T::augment_args_for_update(cmd)))
        } else {
            T::augment_args_for_update(cmd)
        }
    }

    fn group_id() -> Option<clap::Id> {
        T::group_id()
    }
}

impl<T: clap::FromArgMatches> clap::FromArgMatches for Lazy<T> {
    fn from_arg_matches(matches: &clap::ArgMatches) -> Result<Self, clap::Error> {
        T::from_arg_matches(matches).map(Lazy)
    }

    fn from_arg_matches_mut(matches: &mut clap::ArgMatches) -> Result<Self, clap::Error> {
        T::from_arg_matches_mut(matches).map(Lazy)
    }

    fn update_from_arg_matches(&mut self, matches: &clap::ArgMatches) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches(matches)
    }

    fn update_from_arg_matches_mut(
        &mut self,
        matches: &mut clap::ArgMatches,
    ) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches_mut(matches)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_tree_is_consistent() {
        super::command().debug_assert();
    }

    /// Every command of the whole tree is reached the same way through the lazily built one, with its own
    /// arguments: its help names the same flags.
    #[test]
    fn the_lazy_tree_reaches_every_command_with_its_flags() {
        fn walk(cmd: &clap::Command, path: &mut Vec<String>, seen: &mut usize) {
            let mut args = vec!["dbcloud".to_string()];
            args.extend(path.iter().cloned());
            args.push("--help".into());
            let err = super::parse_from(&args).expect_err("--help ends the parse");
            assert_eq!(err.kind(), clap::error::ErrorKind::DisplayHelp, "{args:?}");
            let help = err.to_string();
            for arg in cmd.get_arguments().filter_map(clap::Arg::get_long) {
                assert!(
                    help.contains(&format!("--{arg}")),
                    "{args:?} has no --{arg}:\n{help}"
                );
            }
            *seen += 1;
            for sub in cmd.get_subcommands() {
                path.push(sub.get_name().to_string());
                walk(sub, path, seen);
                path.pop();
            }
        }
        let mut seen = 0;
        walk(&super::command(), &mut Vec::new(), &mut seen);
        assert!(seen > 300, "{seen} commands");
    }
}
