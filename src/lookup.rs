//! Finding the one resource a name refers to, for every noun of both providers that accepts an ID or a name.

use crate::error::{Error, Result};

/// The single match: none is exit 3 with `not_found`; several is exit 2 with `several(count)` followed by one
/// line per match (`describe`), so the user can pick the ID.
pub fn one_match<T>(
    mut matches: Vec<T>,
    not_found: impl FnOnce() -> String,
    several: impl FnOnce(usize) -> String,
    describe: impl Fn(&T) -> String,
) -> Result<T> {
    match matches.len() {
        1 => Ok(matches.remove(0)),
        0 => Err(Error::NotFound(not_found())),
        n => Err(Error::usage(format!(
            "{}:\n{}",
            several(n),
            matches
                .iter()
                .map(|m| format!("  {}", describe(m)).trim_end().to_string())
                .collect::<Vec<_>>()
                .join("\n")
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ExitCode;

    #[test]
    fn one_none_or_several() {
        let pick = |items: Vec<&'static str>| {
            one_match(
                items,
                || "none".into(),
                |n| format!("{n} found"),
                |s| s.to_string(),
            )
        };
        assert_eq!(pick(vec!["a"]).unwrap(), "a");
        assert_eq!(pick(vec![]).unwrap_err().exit_code(), ExitCode::NotFound);
        let err = pick(vec!["a", "b"]).unwrap_err();
        assert_eq!(err.exit_code(), ExitCode::Usage);
        assert_eq!(err.to_string(), "2 found:\n  a\n  b");
    }
}
