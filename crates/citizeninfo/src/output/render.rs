//! The one way a result is printed. A result is a [`Render`]: serde gives its JSON
//! and YAML, [`Render::human`] its form for people (tables and text), and a table
//! also gives CSV. [`Printer::show`](super::Printer::show) picks the form from
//! `--output`. What a command prints is known before it runs ([`Shape`]), so `-o csv`
//! is refused, with one message, before anything is read or sent.

use std::io::{self, Write};

use citizeninfo_api::fields;
use comfy_table::{Cell, ColumnConstraint, ContentArrangement, Table, presets};
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
    /// On a terminal it is fitted to its width: the widest columns are cut, each
    /// cell to one line ending in `…`, measured by what they show.
    pub fn table(&mut self, table: Table) -> io::Result<()> {
        self.table_keeping(table, &[])
    }

    /// A table like [`Human::table`] whose columns `keep` marks are never cut.
    pub fn table_keeping(&mut self, table: Table, keep: &[bool]) -> io::Result<()> {
        let cells = |row: &comfy_table::Row| -> Vec<Painted> {
            row.cell_iter().map(|c| (c.content(), None)).collect()
        };
        let header = table.header().map(cells);
        let rows = table.row_iter().map(cells).collect();
        self.grid(header, rows, keep)
    }

    /// Rows of cells, some painted, fitted like [`Human::table`]; the columns
    /// `keep` marks are never cut (codes, numbers, dates).
    fn grid(
        &mut self,
        header: Option<Vec<Painted>>,
        rows: Vec<Vec<Painted>>,
        keep: &[bool],
    ) -> io::Result<()> {
        let colored = self.printer.colors_results();
        let width = self.printer.width();
        let row = |cells: Vec<Painted>| -> comfy_table::Row {
            let mut row = comfy_table::Row::from(cells.into_iter().map(|(text, paint)| {
                let cell = Cell::new(escape(&text, Layout::Cell));
                match paint {
                    Some(paint) if colored => cell.fg(paint.color()),
                    _ => cell,
                }
            }));
            if width.is_some() {
                row.max_height(1);
            }
            row
        };
        let mut table = new_table();
        table.force_no_tty();
        if colored {
            table.enforce_styling();
        }
        if let Some(width) = width {
            table
                .set_content_arrangement(ContentArrangement::Dynamic)
                .set_width(width)
                .set_truncation_indicator("…");
        }
        if let Some(header) = header {
            table.set_header(row(header));
        }
        for cells in rows {
            table.add_row(row(cells));
        }
        for (i, column) in table.column_iter_mut().enumerate() {
            column.set_padding((0, 2));
            if keep.get(i).copied().unwrap_or(false) {
                column.set_constraint(ColumnConstraint::ContentWidth);
            }
        }
        let text = table
            .to_string()
            .lines()
            .map(str::trim_end)
            .collect::<Vec<_>>()
            .join("\n");
        // Every cell was escaped before it was laid out: what is left is the
        // table's own colour, written as it is.
        self.out.raw(text.as_bytes())?;
        self.out.raw(b"\n")
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

    /// Records as a table, with headers: under `-o wide`, every column of the
    /// record. Codes and ids are never cut; anything else may be, to fit; a status
    /// is in its colour.
    pub fn records<R: Record>(
        &mut self,
        items: &[R],
        columns: &[&'static Column],
    ) -> io::Result<()> {
        let lang = self.lang();
        let every: Vec<&'static Column>;
        let columns = if self.printer.wide() {
            every = R::columns().iter().collect();
            &every[..]
        } else {
            columns
        };
        let header = columns.iter().map(|c| (c.header(lang).into_owned(), None));
        let rows = items
            .iter()
            .map(|item| {
                columns
                    .iter()
                    .map(|c| {
                        let paint = (c.key == "status")
                            .then(|| fields::status_of(&item.raw(c)))
                            .flatten()
                            .map(Paint::of_status);
                        (item.cell(c, lang), paint)
                    })
                    .collect()
            })
            .collect();
        let keep: Vec<bool> = columns
            .iter()
            .map(|c| {
                c.field
                    .is_some_and(|f| matches!(f.value, fields::Value::Code | fields::Value::Key))
            })
            .collect();
        self.grid(Some(header.collect()), rows, &keep)
    }

    /// A message for people on the message writer; silent under `-q`.
    pub fn note(&self, message: &str) {
        self.printer.note(message);
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

/// A cell's text and, when it has one, its colour.
type Painted = (String, Option<Paint>);

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

    /// Long Thai names, as the registry has them.
    fn long_rows() -> Vec<citizeninfo_api::PointSummary> {
        (0..3)
            .map(|i| {
                let mut p = super::super::records::tests::summary();
                p.name_th = format!(
                    "กรมการปกครอง สำนักงานจังหวัดชลบุรี ที่ว่าการอำเภอบางละมุง ศูนย์บริการประชาชนแห่งที่ {i}"
                );
                p
            })
            .collect()
    }

    #[test]
    fn a_table_fits_the_terminal_and_never_cuts_a_code() {
        let rows = long_rows();
        let columns = citizeninfo_api::PointSummary::pick(None).unwrap();
        let (printer, out, _) = in_memory(Format::Table, Lang::Th);
        let printer = printer.fitted_to(80);
        printer
            .show(&Rows {
                items: &rows,
                columns: &columns,
            })
            .unwrap();
        let text = out.text();
        assert_eq!(text.lines().count(), 4, "one line a row:\n{text}");
        for line in text.lines() {
            assert!(
                crate::sheet::display_width(line) <= 80,
                "{} cells: {line}",
                crate::sheet::display_width(line)
            );
        }
        let first = text.lines().nth(1).unwrap();
        assert!(first.starts_with("1401010000004  "), "{first}");
        assert!(first.contains('…'), "the name is cut: {first}");
    }

    #[test]
    fn wide_shows_every_column_whole_and_a_pipe_is_never_cut() {
        let rows = long_rows();
        let columns = citizeninfo_api::PointSummary::pick(None).unwrap();
        let (printer, out, _) = in_memory(Format::Wide, Lang::En);
        printer
            .show(&Rows {
                items: &rows,
                columns: &columns,
            })
            .unwrap();
        let text = out.text();
        let header = text.lines().next().unwrap();
        for c in citizeninfo_api::PointSummary::columns() {
            assert!(header.contains(&*c.header(Lang::En)), "{header}");
        }
        assert!(!text.contains('…'), "{text}");
        let (printer, out, _) = in_memory(Format::Table, Lang::Th);
        printer
            .show(&Rows {
                items: &rows,
                columns: &columns,
            })
            .unwrap();
        assert!(
            out.text().contains(&rows[0].name_th),
            "not a terminal: nothing cut"
        );
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
