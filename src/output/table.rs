//! Tables that fit the terminal, as gh's do: an ID, a host name or any other token is never broken; when the
//! table is too wide, cells of free text are shortened with `…`, then the rightmost columns (the least useful:
//! each resource's curated columns go from most to least important) are dropped. A FIELD/VALUE table wraps long
//! values between words instead. Off a terminal nothing is shortened, wrapped or dropped. A terminal that does
//! not say its width (a pty reporting 0×0) is taken as 80 columns.

use comfy_table::{Attribute, Cell, ContentArrangement, Table, presets};

/// The width to fit, when stdout is a terminal.
pub fn terminal_width() -> usize {
    let probe = Table::new();
    match probe.width() {
        Some(w) if w > 0 => w as usize,
        _ => std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.parse::<usize>().ok())
            .filter(|w| *w > 0)
            .unwrap_or(80),
    }
}

fn width_of(s: &str) -> usize {
    s.lines().map(|l| l.chars().count()).max().unwrap_or(0)
}

/// Shortens to `max` characters with a trailing `…`.
pub fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut out: String = s.chars().take(max - 1).collect();
    out.push('…');
    out
}

/// Wraps text to lines of at most `max` characters, breaking only after spaces (and after ", " in lists):
/// a token longer than the line stays whole.
pub fn wrap(s: &str, max: usize) -> String {
    if s.chars().count() <= max || max == 0 {
        return s.to_string();
    }
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in s.split(' ') {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if candidate.chars().count() <= max || line.is_empty() {
            line = candidate;
        } else {
            lines.push(std::mem::take(&mut line));
            line = word.to_string();
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines.join("\n")
}

/// Columns to keep and the width of each, for rows of `cells` under `headers` to fit `avail` characters when
/// each column costs `per_column` characters beyond its text and the table `fixed` more.
pub fn fit(
    headers: &[String],
    rows: &[Vec<String>],
    avail: usize,
    per_column: usize,
    fixed: usize,
) -> (Vec<bool>, Vec<usize>) {
    let n = headers.len();
    let natural: Vec<usize> = (0..n)
        .map(|i| {
            rows.iter()
                .map(|r| r.get(i).map(|c| width_of(c)).unwrap_or(0))
                .chain([width_of(&headers[i])])
                .max()
                .unwrap_or(0)
        })
        .collect();
    // Free text (a cell with a space in it) may be shortened; tokens may not.
    let free: Vec<bool> = (0..n)
        .map(|i| {
            rows.iter()
                .any(|r| r.get(i).is_some_and(|c| c.contains(' ')))
        })
        .collect();
    let mut keep = vec![true; n];
    let mut widths = natural.clone();
    let total = |keep: &[bool], widths: &[usize]| -> usize {
        fixed
            + (0..n)
                .filter(|i| keep[*i])
                .map(|i| widths[i] + per_column)
                .sum::<usize>()
    };
    loop {
        if total(&keep, &widths) <= avail {
            break;
        }
        // Shorten the rightmost free-text column that can still give, down to its header or 12 characters.
        let over = total(&keep, &widths) - avail;
        let shrinkable = (0..n)
            .rev()
            .find(|&i| keep[i] && free[i] && widths[i] > headers[i].chars().count().max(12));
        if let Some(i) = shrinkable {
            let floor = headers[i].chars().count().max(12);
            widths[i] = widths[i].saturating_sub(over).max(floor);
            continue;
        }
        // Then drop the rightmost column but the first.
        match (1..n).rev().find(|&i| keep[i]) {
            Some(i) => {
                keep[i] = false;
                // Dropping may leave room: give shortened columns back what fits.
                widths = natural.clone();
                for j in 0..n {
                    if !keep[j] {
                        widths[j] = 0;
                    }
                }
            }
            None => break,
        }
    }
    (keep, widths)
}

/// What the style adds to the text of its columns: (per column, per table), measured on the style itself so
/// the fit holds whatever the preset's borders and padding.
fn overhead() -> (usize, usize) {
    let measure = |n: usize| -> usize {
        let mut t = Table::new();
        t.load_style(presets::UTF8_BORDERS_ONLY)
            .set_content_arrangement(ContentArrangement::Disabled);
        t.add_row(vec!["x"; n]);
        width_of(&t.to_string()) - n
    };
    let (one, two) = (measure(1), measure(2));
    let per_column = two - one;
    (per_column, one - per_column)
}

/// A list table for a terminal of `avail` columns.
/// Headers are bold when `bold` (a colour terminal).
pub fn fitted_list(headers: &[String], rows: &[Vec<String>], avail: usize, bold: bool) -> Table {
    let (per_column, fixed) = overhead();
    let (keep, widths) = fit(headers, rows, avail, per_column, fixed);
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_BORDERS_ONLY)
        .set_content_arrangement(ContentArrangement::Disabled);
    let pick = |cells: &[String], header: bool| -> Vec<String> {
        cells
            .iter()
            .enumerate()
            .filter(|(i, _)| keep.get(*i).copied().unwrap_or(false))
            .map(|(i, c)| {
                if header {
                    c.clone()
                } else {
                    shorten(c, widths[i])
                }
            })
            .collect()
    };
    table.set_header(pick(headers, true).into_iter().map(|h| {
        let cell = Cell::new(h);
        if bold {
            cell.add_attribute(Attribute::Bold)
        } else {
            cell
        }
    }));
    for row in rows {
        table.add_row(pick(row, false));
    }
    table
}

/// A FIELD/VALUE table for a terminal of `avail` columns: values wrap between words.
/// Field names are bold when `bold` (a colour terminal).
pub fn fitted_item(rows: &[(String, String)], avail: usize, bold: bool) -> Table {
    let field_width = rows.iter().map(|(f, _)| width_of(f)).max().unwrap_or(0);
    let (per_column, fixed) = overhead();
    let value_width = avail
        .saturating_sub(field_width + 2 * per_column + fixed)
        .max(20);
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_BORDERS_ONLY)
        .set_content_arrangement(ContentArrangement::Disabled);
    for (field, value) in rows {
        let name = Cell::new(field);
        let name = if bold {
            name.add_attribute(Attribute::Bold)
        } else {
            name
        };
        table.add_row(vec![name, Cell::new(wrap(value, value_width))]);
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn a_table_that_fits_is_left_alone() {
        let (keep, widths) = fit(&s(&["NAME", "ID"]), &[s(&["web", "abc"])], 80, 2, 2);
        assert_eq!(keep, [true, true]);
        assert_eq!(widths, [4, 3]);
    }

    #[test]
    fn tokens_are_never_broken_free_text_is_shortened_then_columns_dropped() {
        let id = "0f5e0e7c-55f3-4c5e-9a7a-3c1d4c0c9b1e";
        let headers = s(&["NAME", "ID", "DESCRIPTION", "CREATED"]);
        let rows = vec![s(&[
            "web",
            id,
            "a long description of what this service is for",
            "2026-11-30T12:00:00Z",
        ])];
        // Room for everything but part of the description: it is shortened, the ID stays whole.
        let (keep, widths) = fit(&headers, &rows, 100, 2, 2);
        assert_eq!(keep, [true, true, true, true]);
        assert_eq!(widths[1], id.len());
        assert!(widths[2] < 47);
        let table = fitted_list(&headers, &rows, 100, false).to_string();
        assert!(table.contains(id), "{table}");
        assert!(table.contains('…'), "{table}");
        assert!(table.lines().all(|l| l.chars().count() <= 100), "{table}");
        // Little room: the rightmost columns go, the ID still whole.
        let table = fitted_list(&headers, &rows, 50, false).to_string();
        assert!(table.contains(id), "{table}");
        assert!(!table.contains("CREATED"), "{table}");
        assert!(table.lines().all(|l| l.chars().count() <= 50), "{table}");
    }

    #[test]
    fn values_wrap_between_words() {
        assert_eq!(wrap("a b c d", 3), "a b\nc d");
        let host = "very-long-host-name.us-east-1.aws.clickhouse.cloud";
        assert_eq!(wrap(host, 10), host);
        let table = fitted_item(
            &[("ENDPOINTS".into(), format!("{host}:8443, {host}:9440"))],
            60,
            false,
        )
        .to_string();
        assert!(table.contains(&format!("{host}:8443")), "{table}");
    }
}
