//! `dbcloud completions SHELL`.

use crate::error::Result;

#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  dbcloud completions bash > ~/.local/share/bash-completion/completions/dbcloud\n  dbcloud completions zsh > \"${fpath[1]}/_dbcloud\""
)]
pub struct Args {
    /// The shell to print the completion script for
    shell: clap_complete::Shell,
}

pub fn run(args: Args) -> Result<()> {
    let mut script = Vec::new();
    clap_complete::generate(
        args.shell,
        &mut crate::cli::command(),
        "dbcloud",
        &mut script,
    );
    crate::output::write_stdout(&script)
}
