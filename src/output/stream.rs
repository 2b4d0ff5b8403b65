//! A JSON or YAML array written item by item as a list's pages arrive: the same text, byte for byte, as the
//! whole array written at once, with one page in memory instead of the whole list.

use std::io::{self, Write};

use serde::Serialize;

use super::Format;

pub(super) struct ArrayWriter<W: Write> {
    out: W,
    yaml: bool,
    count: usize,
}

impl<W: Write> ArrayWriter<W> {
    /// `format` is JSON or YAML (the only ones written this way).
    pub(super) fn new(out: W, format: Format) -> ArrayWriter<W> {
        ArrayWriter {
            out,
            yaml: format == Format::Yaml,
            count: 0,
        }
    }

    pub(super) fn item<T: Serialize>(&mut self, item: &T) -> io::Result<()> {
        if self.yaml {
            // A one-item sequence is the item's `- ...` entry as the whole sequence would have it.
            serde_norway::to_writer(&mut self.out, std::slice::from_ref(item))
                .map_err(io::Error::other)?;
        } else {
            self.out
                .write_all(if self.count == 0 { b"[\n  " } else { b",\n  " })?;
            serde_json::to_writer_pretty(Indented(&mut self.out), item).map_err(io::Error::from)?;
        }
        self.count += 1;
        Ok(())
    }

    /// Sends what is written so far on its way (after each page, so the reader sees the list as it comes).
    pub(super) fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    /// Closes the array. Never called after a failed page: a list cut short is not a valid document, so no
    /// reader can take it for the whole list.
    pub(super) fn finish(mut self) -> io::Result<()> {
        let end: &[u8] = match (self.yaml, self.count) {
            (_, 0) => b"[]\n",
            (true, _) => b"",
            (false, _) => b"\n]\n",
        };
        self.out.write_all(end)?;
        self.out.flush()
    }
}

/// Indents every line but the first by one level (two spaces), as an array's items are; JSON strings hold no
/// raw line breaks, so only the layout's are touched.
struct Indented<W: Write>(W);

impl<W: Write> Write for Indented<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut rest = buf;
        while let Some(i) = rest.iter().position(|b| *b == b'\n') {
            self.0.write_all(&rest[..=i])?;
            self.0.write_all(b"  ")?;
            rest = &rest[i + 1..];
        }
        self.0.write_all(rest)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::*;

    fn streamed(items: &[Value], format: Format) -> String {
        let mut out = Vec::new();
        let mut writer = ArrayWriter::new(&mut out, format);
        for item in items {
            writer.item(item).unwrap();
        }
        writer.finish().unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn streamed_arrays_are_the_same_text_as_whole_ones() {
        let items = [
            json!({"id": "a", "name": "line\nbreak \"quoted\"", "regions": [{"name": "us", "node_count": 3}],
                   "empty": {}, "none": [], "null": null, "n": 1.5}),
            json!({"id": "b", "nested": {"deeper": {"list": [1, [2, 3], {"k": "v"}]}}}),
            json!("a string"),
            json!([]),
        ];
        for n in 0..=items.len() {
            let items = &items[..n];
            let whole = serde_json::to_string_pretty(items).unwrap() + "\n";
            assert_eq!(streamed(items, Format::Json), whole);
            let whole_yaml = serde_norway::to_string(items).unwrap();
            assert_eq!(streamed(items, Format::Yaml), whole_yaml);
        }
    }
}
