//! One progress line per item of a long operation on several things at once (`dbcloud apply`): on a terminal,
//! a line per item that changes in place (a spinner while it runs, its outcome when it ends); elsewhere a plain
//! line on stderr each time an item's text changes; nothing with `--quiet`. Notes go above the lines.

use std::cell::RefCell;
use std::collections::HashMap;
use std::io::Write;
use std::time::Duration;

use super::Output;

pub struct Lines {
    multi: Option<indicatif::MultiProgress>,
    bars: RefCell<HashMap<String, indicatif::ProgressBar>>,
    last: RefCell<HashMap<String, String>>,
    quiet: bool,
}

impl Lines {
    pub fn new(out: &Output) -> Lines {
        let multi = (!out.quiet() && out.stderr_is_terminal()).then(indicatif::MultiProgress::new);
        Lines {
            multi,
            bars: RefCell::new(HashMap::new()),
            last: RefCell::new(HashMap::new()),
            quiet: out.quiet(),
        }
    }

    /// Whether lines change in place (a terminal), rather than being printed one after another.
    pub fn live(&self) -> bool {
        self.multi.is_some()
    }

    /// The item `id` is now at `text` (its line is created the first time).
    pub fn update(&self, id: &str, text: &str) {
        if self.quiet {
            return;
        }
        let Some(multi) = &self.multi else {
            self.plain(id, text);
            return;
        };
        let mut bars = self.bars.borrow_mut();
        let bar = bars.entry(id.to_string()).or_insert_with(|| {
            // Fitted to the terminal's width: a line that wrapped could not be redrawn in place.
            let bar = indicatif::ProgressBar::new_spinner()
                .with_style(
                    indicatif::ProgressStyle::with_template("{spinner} {elapsed:>3} {wide_msg}")
                        .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
                )
                .with_message(text.to_string());
            let bar = multi.add(bar);
            bar.enable_steady_tick(Duration::from_millis(120));
            bar
        });
        bar.set_message(text.to_string());
    }

    /// The item `id` has ended with `text`; its line stays as it is from now on.
    pub fn finish(&self, id: &str, text: &str) {
        if self.quiet {
            return;
        }
        let Some(multi) = &self.multi else {
            self.plain(id, text);
            return;
        };
        let style = indicatif::ProgressStyle::with_template("{wide_msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner());
        let bar = match self.bars.borrow_mut().remove(id) {
            Some(bar) => {
                bar.set_style(style);
                bar
            }
            None => multi.add(indicatif::ProgressBar::new_spinner().with_style(style)),
        };
        bar.finish_with_message(text.to_string());
    }

    /// The item `id` needs no line any more (it has nothing to report): its line, if it has one, goes.
    pub fn clear(&self, id: &str) {
        if let Some(bar) = self.bars.borrow_mut().remove(id) {
            bar.finish_and_clear();
        }
    }

    /// A message of its own (a warning), above the lines; shown even with `--quiet`.
    pub fn note(&self, text: &str) {
        match &self.multi {
            Some(multi) => {
                let _ = multi.println(text);
            }
            None => {
                let _ = writeln!(std::io::stderr().lock(), "{text}");
            }
        }
    }

    fn plain(&self, id: &str, text: &str) {
        let mut last = self.last.borrow_mut();
        if last.get(id).map(String::as_str) != Some(text) {
            let _ = writeln!(std::io::stderr().lock(), "{text}");
            last.insert(id.to_string(), text.to_string());
        }
    }
}
