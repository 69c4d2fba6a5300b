//! The one way a result is printed. A result is a [`Render`]: serde gives its JSON
//! and YAML, [`Render::human`] its form for people (tables and text), and a table
//! also gives CSV. [`Printer::show`](super::Printer::show) picks the form from
//! `--output`. What a command prints is known before it runs ([`Shape`]), so `-o csv`
//! is refused, with one message, before anything is read or sent.

use std::io::{self, Write};

use comfy_table::{ContentArrangement, Table, presets};
use serde::{Serialize, Serializer};

use super::records::{Column, Record};
use super::safe::{Layout, Styled, escape};
use super::{Lang, Paint, Printer};
use crate::exit::Failure;

/// A result a command prints.
pub trait Render: Serialize {
    /// Writes the form for people: tables and text, headers and dates in
    /// [`Human::lang`].
    fn human(&self, h: &mut Human<'_>) -> io::Result<()>;

    /// Writes the CSV when it is a table; `None`, having written nothing, when it is
    /// not, and `-o csv` is refused.
    fn csv(&self, _out: &mut dyn Write) -> Option<io::Result<()>> {
        None
    }
}

/// What a command prints, known before it runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Rows of records: a table for people, CSV, JSON or YAML.
    Rows,
    /// A document, a plan or a report: for people, JSON or YAML, never CSV.
    /// `rows_with` names the flags that make the command print rows instead.
    Document {
        /// Flags under which the command prints rows, when there are some.
        rows_with: Option<&'static str>,
    },
}

impl Shape {
    /// A document that no flag turns into rows.
    pub const DOCUMENT: Shape = Shape::Document { rows_with: None };
}

/// The one refusal of `-o csv` for what is not a table (exit 2).
pub fn csv_refused(rows_with: Option<&str>) -> Failure {
    Failure::usage(
        "-o csv writes tables, and what this command prints is not one",
        match rows_with {
            Some(flags) => format!(
                "with {flags} it prints a table that -o csv writes; otherwise use -o json or -o yaml"
            ),
            None => "use -o json or -o yaml for data, or -o table to read it".to_owned(),
        },
    )
}

/// Where the form for people is written: the result writer, in the printer's
/// language, with its messages on the side. What is written to it is escaped by
/// [`Safe`](super::safe::Safe), and a table's cells by [`escape`] before the
/// columns are measured.
pub struct Human<'a> {
    out: &'a mut dyn Styled,
    printer: &'a Printer,
}

impl<'a> Human<'a> {
    pub(super) fn new(out: &'a mut dyn Styled, printer: &'a Printer) -> Human<'a> {
        Human { out, printer }
    }

    /// `text` (escaped like the rest) in the colour of what it is, when results are
    /// coloured (a terminal, or `--color always`).
    pub fn paint(&mut self, paint: Paint, text: &str) -> io::Result<()> {
        if !self.printer.colors_results() {
            return self.out.write_all(text.as_bytes());
        }
        self.out.raw(format!("\x1b[{}m", paint.ansi()).as_bytes())?;
        self.out.write_all(text.as_bytes())?;
        self.out.raw(b"\x1b[0m")
    }

    /// The language of headers and dates.
    pub fn lang(&self) -> Lang {
        self.printer.lang
    }

    /// A line of text.
    pub fn line(&mut self, text: &str) -> io::Result<()> {
        writeln!(self.out, "{text}")
    }

    /// A table: columns two spaces apart, no trailing blanks, each cell escaped
    /// ([`Layout::Cell`]) before the columns are measured, so they stay aligned.
    pub fn table(&mut self, table: Table) -> io::Result<()> {
        let cells = |row: &comfy_table::Row| -> Vec<String> {
            row.cell_iter()
                .map(|c| escape(&c.content(), Layout::Cell).into_owned())
                .collect()
        };
        let mut table = {
            let mut safe = new_table();
            if let Some(header) = table.header() {
                safe.set_header(cells(header));
            }
            for row in table.row_iter() {
                safe.add_row(cells(row));
            }
            safe
        };
        for column in table.column_iter_mut() {
            column.set_padding((0, 2));
        }
        let text = table
            .to_string()
            .lines()
            .map(str::trim_end)
            .collect::<Vec<_>>()
            .join("\n");
        writeln!(self.out, "{text}")
    }

    /// Titled groups of label/value rows, a blank line between them.
    pub fn sections(&mut self, sections: &[Section]) -> io::Result<()> {
        for (i, s) in sections.iter().enumerate() {
            if i > 0 {
                writeln!(self.out)?;
            }
            writeln!(self.out, "{}", s.title)?;
            let mut table = new_table();
            for (label, value) in &s.rows {
                table.add_row([label.as_str(), value.as_str()]);
            }
            self.table(table)?;
        }
        Ok(())
    }

    /// Records as a table, with headers.
    pub fn records<R: Record>(
        &mut self,
        items: &[R],
        columns: &[&'static Column],
    ) -> io::Result<()> {
        let lang = self.lang();
        let mut table = new_table();
        table.set_header(columns.iter().map(|c| c.header(lang)));
        for item in items {
            table.add_row(columns.iter().map(|c| item.cell(c, lang)));
        }
        self.table(table)
    }

    /// A message for people on the message writer; silent under `-q`.
    pub fn note(&self, message: &str) {
        self.printer.note(message);
    }

    /// A warning on the message writer, even under `-q`.
    pub fn warn(&self, message: &str) {
        self.printer.warn(message);
    }
}

impl Write for Human<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.out.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// A table with no borders that never wraps.
pub fn new_table() -> Table {
    let mut table = Table::new();
    table
        .load_preset(presets::NOTHING)
        .set_content_arrangement(ContentArrangement::Disabled);
    table
}

/// A titled group of label/value rows, as `points show` prints a tab.
pub struct Section {
    /// The title.
    pub title: String,
    /// Label and value rows.
    pub rows: Vec<(String, String)>,
}

/// A CSV error as the I/O error beneath it, so a closed pipe stays recognisable.
pub(super) fn csv_io(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => io,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// Records as CSV: the columns' keys as the header row, then machine values.
pub fn write_csv<R: Record>(
    out: &mut dyn Write,
    items: &[R],
    columns: &[&'static Column],
) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(columns.iter().map(|c| c.key))
        .map_err(csv_io)?;
    for item in items {
        w.write_record(columns.iter().map(|c| item.raw(c)))
            .map_err(csv_io)?;
    }
    w.flush()
}

/// Records as rows: an array in JSON and YAML, a table for people, CSV.
pub struct Rows<'a, R> {
    /// The records.
    pub items: &'a [R],
    /// The table and CSV columns.
    pub columns: &'a [&'static Column],
}

impl<R: Record> Serialize for Rows<'_, R> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.items.serialize(s)
    }
}

impl<R: Record> Render for Rows<'_, R> {
    /// No rows, no table: a bare header tells nothing (the command says why).
    fn human(&self, h: &mut Human<'_>) -> io::Result<()> {
        if self.items.is_empty() {
            return Ok(());
        }
        h.records(self.items, self.columns)
    }

    fn csv(&self, out: &mut dyn Write) -> Option<io::Result<()>> {
        Some(write_csv(out, self.items, self.columns))
    }
}

/// One record: an object in JSON and YAML, a one-row table or CSV otherwise.
pub struct One<'a, R> {
    /// The record.
    pub item: &'a R,
    /// The table and CSV columns.
    pub columns: &'a [&'static Column],
}

impl<R: Record> Serialize for One<'_, R> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.item.serialize(s)
    }
}

impl<R: Record> Render for One<'_, R> {
    fn human(&self, h: &mut Human<'_>) -> io::Result<()> {
        h.records(std::slice::from_ref(self.item), self.columns)
    }

    fn csv(&self, out: &mut dyn Write) -> Option<io::Result<()>> {
        Some(write_csv(
            out,
            std::slice::from_ref(self.item),
            self.columns,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::super::changes::PlanView;
    use super::super::{Format, Lang, in_memory};
    use super::*;
    use crate::engine::Plan;

    #[test]
    fn what_is_not_a_table_is_refused_as_csv_and_nothing_is_written() {
        let (printer, out, err) = in_memory(Format::Csv, Lang::Th);
        let plan = Plan::default();
        let e = printer
            .show(&PlanView {
                plan: &plan,
                dry: true,
            })
            .unwrap_err();
        let f = e.downcast_ref::<Failure>().unwrap();
        assert_eq!(f.code, crate::exit::USAGE);
        assert_eq!(f, &csv_refused(None));
        assert_eq!(out.text(), "");
        assert_eq!(err.text(), "");
        assert_eq!(
            printer.accepts(Shape::DOCUMENT),
            Err(csv_refused(None)),
            "refused before the command runs, too"
        );
        assert_eq!(printer.accepts(Shape::Rows), Ok(()));
    }

    #[test]
    fn every_form_of_a_plan() {
        let plan = Plan::default();
        let view = PlanView {
            plan: &plan,
            dry: true,
        };
        let (printer, out, _) = in_memory(Format::Table, Lang::Th);
        printer.show(&view).unwrap();
        assert_eq!(
            out.text(),
            "Plan: 0 to create, 0 points to change (0 fields, 0 status, 0 bind, 0 unbind); 0 unchanged.\n"
        );
        let (printer, out, _) = in_memory(Format::Json, Lang::Th);
        printer.show(&view).unwrap();
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&out.text()).unwrap(),
            serde_json::to_value(&plan).unwrap()
        );
        let (printer, out, _) = in_memory(Format::Yaml, Lang::Th);
        printer.preview(&view).unwrap();
        assert_eq!(out.text(), "", "a preview is for people only");
    }
}
