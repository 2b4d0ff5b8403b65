//! Confirmation and interactive input. Nothing here ever waits on a user who is not there: without a terminal,
//! with `--no-input` / `DBCLOUD_NO_INPUT` or with `CI` set, a prompt is a usage error naming the flag or stdin
//! form to use instead.

use std::io::{IsTerminal, Read};

use crate::error::{Error, Result};

pub struct Prompter {
    interactive: bool,
    yes: bool,
}

impl Prompter {
    pub fn new(no_input: bool, yes: bool) -> Prompter {
        let ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty() && v != "false" && v != "0");
        let interactive =
            !no_input && !ci && std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
        Prompter { interactive, yes }
    }

    pub fn interactive(&self) -> bool {
        self.interactive
    }

    /// Asks before a destructive action; `--yes` skips the question. `action` reads as "delete service web".
    pub fn confirm(&self, action: &str) -> Result<()> {
        if self.yes {
            return Ok(());
        }
        if !self.interactive {
            return Err(Error::usage(format!(
                "refusing to {action} without confirmation: pass --yes (no terminal to ask on)"
            )));
        }
        let answer = dialoguer::Confirm::new()
            .with_prompt(format!("Really {action}?"))
            .default(false)
            .interact()
            .map_err(prompt_error)?;
        if answer {
            Ok(())
        } else {
            Err(Error::Failed(format!("cancelled: did not {action}")))
        }
    }

    /// A visible line of input; `flag` names the non-interactive way to give it.
    pub fn input(&self, prompt: &str, flag: &str) -> Result<String> {
        self.require(prompt, flag)?;
        dialoguer::Input::<String>::new()
            .with_prompt(prompt)
            .interact_text()
            .map_err(prompt_error)
    }

    /// Hidden input, typed twice when `confirm` is set (new passwords).
    pub fn secret(&self, prompt: &str, confirm: bool, flag: &str) -> Result<String> {
        self.require(prompt, flag)?;
        let mut p = dialoguer::Password::new().with_prompt(prompt);
        if confirm {
            p = p.with_confirmation("Repeat it", "the two entries differ");
        }
        p.interact().map_err(prompt_error)
    }

    /// A choice among `items`; returns the index.
    pub fn select(&self, prompt: &str, items: &[&str], flag: &str) -> Result<usize> {
        self.require(prompt, flag)?;
        dialoguer::Select::new()
            .with_prompt(prompt)
            .items(items)
            .default(0)
            .interact()
            .map_err(prompt_error)
    }

    fn require(&self, prompt: &str, flag: &str) -> Result<()> {
        if self.interactive {
            Ok(())
        } else {
            Err(Error::usage(format!(
                "{} is needed and there is no terminal to ask on: use {flag}",
                prompt.trim_end_matches(':').to_lowercase()
            )))
        }
    }
}

fn prompt_error(e: dialoguer::Error) -> Error {
    match e {
        dialoguer::Error::IO(io) if io.kind() == std::io::ErrorKind::Interrupted => {
            Error::Interrupted("interrupted".into())
        }
        dialoguer::Error::IO(io) => Error::io("prompt failed", io),
    }
}

/// Reads a secret from stdin: the whole input, without its final line break. Empty input is refused.
pub fn read_stdin_secret(what: &str) -> Result<String> {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(|e| Error::io(format!("cannot read {what} from stdin"), e))?;
    let secret = text.strip_suffix('\n').unwrap_or(&text);
    let secret = secret.strip_suffix('\r').unwrap_or(secret);
    if secret.is_empty() {
        return Err(Error::usage(format!("{what} on stdin is empty")));
    }
    Ok(secret.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ExitCode;

    #[test]
    fn without_a_terminal_confirmation_needs_yes() {
        let p = Prompter {
            interactive: false,
            yes: false,
        };
        let err = p.confirm("delete service web").unwrap_err();
        assert_eq!(err.exit_code(), ExitCode::Usage);
        assert!(err.to_string().contains("--yes"), "{err}");
        let p = Prompter {
            interactive: false,
            yes: true,
        };
        assert!(p.confirm("delete service web").is_ok());
    }

    #[test]
    fn without_a_terminal_prompts_name_the_flag() {
        let p = Prompter {
            interactive: false,
            yes: true,
        };
        let err = p.secret("Password", true, "--password-stdin").unwrap_err();
        assert_eq!(err.exit_code(), ExitCode::Usage);
        assert!(err.to_string().contains("--password-stdin"), "{err}");
    }
}
