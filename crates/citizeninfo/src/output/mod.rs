//! Printing has one home: results to stdout as a table, JSON, YAML or CSV;
//! messages, warnings, errors and progress to stderr.

#![allow(clippy::print_stdout, clippy::print_stderr)]

pub mod records;
pub mod sheet;
pub mod thai_date;

use std::io::{self, IsTerminal, Write};

use clap::ValueEnum;
use comfy_table::{ContentArrangement, Table, presets};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::Serialize;

use crate::exit::Report;
pub use records::{Column, Record};

/// How results are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned columns for people.
    Table,
    /// JSON, for scripts.
    Json,
    /// YAML.
    Yaml,
    /// CSV with a header row.
    Csv,
}

/// The language of table headers and dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Lang {
    /// Thai headers, Buddhist-era dates as the back office shows them.
    Th,
    /// English headers, ISO-like dates in Bangkok time.
    En,
}

/// When progress bars show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProgressMode {
    /// On a terminal, unless `-q` or `CI` is set.
    Auto,
    /// Always, on stderr.
    Always,
    /// Never.
    Never,
}

/// Pretty JSON with a final newline, made in memory so that writing it fails only
/// with the I/O error itself (a closed pipe stays recognisable).
fn json_bytes<T: Serialize + ?Sized>(value: &T) -> io::Result<Vec<u8>> {
    let mut bytes = serde_json::to_vec_pretty(value).map_err(io::Error::other)?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// A CSV error as the I/O error beneath it, so a closed pipe stays recognisable.
fn csv_io(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => io,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// A table as text: columns two spaces apart, no trailing blanks.
fn render(mut table: Table) -> String {
    for column in table.column_iter_mut() {
        column.set_padding((0, 2));
    }
    table
        .to_string()
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
}

/// A titled group of label/value rows, as `points show` prints a tab.
pub struct Section {
    /// The title.
    pub title: String,
    /// Label and value rows.
    pub rows: Vec<(String, String)>,
}

/// Prints results and messages.
#[derive(Debug, Clone)]
pub struct Printer {
    /// Result format.
    pub format: Format,
    /// Header and date language.
    pub lang: Lang,
    quiet: bool,
    progress: bool,
    color: bool,
}

impl Printer {
    /// A printer for the chosen format, language and noise level.
    pub fn new(format: Format, lang: Lang, quiet: bool, progress: ProgressMode) -> Printer {
        let stderr_tty = io::stderr().is_terminal();
        let progress = match progress {
            ProgressMode::Always => true,
            ProgressMode::Never => false,
            ProgressMode::Auto => stderr_tty && !quiet && std::env::var_os("CI").is_none(),
        };
        let color = stderr_tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
        Printer {
            format,
            lang,
            quiet,
            progress,
            color,
        }
    }

    /// Prints records in the chosen format; `columns` picks table and CSV columns.
    pub fn records<R: Record>(&self, items: &[R], columns: &[&'static Column]) -> io::Result<()> {
        let mut out = io::stdout().lock();
        match self.format {
            Format::Json => out.write_all(&json_bytes(items)?),
            Format::Yaml => {
                let text = serde_saphyr::to_string(&items).map_err(io::Error::other)?;
                out.write_all(text.as_bytes())
            }
            Format::Csv => {
                let mut w = csv::Writer::from_writer(out);
                w.write_record(columns.iter().map(|c| c.key))
                    .map_err(csv_io)?;
                for item in items {
                    w.write_record(columns.iter().map(|c| item.raw(c.key)))
                        .map_err(csv_io)?;
                }
                w.flush()
            }
            Format::Table => {
                let mut table = self.table();
                table.set_header(columns.iter().map(|c| c.header(self.lang)));
                for item in items {
                    table.add_row(columns.iter().map(|c| item.cell(c.key, self.lang)));
                }
                writeln!(out, "{}", render(table))
            }
        }
    }

    /// Prints one value as JSON or YAML (tables and CSV print `sections` instead).
    pub fn value<T: Serialize>(&self, value: &T) -> io::Result<()> {
        let mut out = io::stdout().lock();
        match self.format {
            Format::Yaml => {
                let text = serde_saphyr::to_string(value).map_err(io::Error::other)?;
                out.write_all(text.as_bytes())
            }
            _ => out.write_all(&json_bytes(value)?),
        }
    }

    /// Prints titled label/value groups, for people.
    pub fn sections(&self, sections: &[Section]) -> io::Result<()> {
        let mut out = io::stdout().lock();
        for (i, s) in sections.iter().enumerate() {
            if i > 0 {
                writeln!(out)?;
            }
            writeln!(out, "{}", s.title)?;
            let mut table = self.table();
            for (label, value) in &s.rows {
                table.add_row([label.as_str(), value.as_str()]);
            }
            writeln!(out, "{}", render(table))?;
        }
        Ok(())
    }

    /// Prints text as it is (a document) to stdout.
    pub fn text(&self, text: &str) -> io::Result<()> {
        io::stdout().lock().write_all(text.as_bytes())
    }

    /// Prints a plain line of result (such as a diff) to stdout.
    pub fn line(&self, text: &str) -> io::Result<()> {
        writeln!(io::stdout().lock(), "{text}")
    }

    fn table(&self) -> Table {
        let mut table = Table::new();
        table
            .load_preset(presets::NOTHING)
            .set_content_arrangement(ContentArrangement::Disabled);
        table
    }

    /// A message for people on stderr; silent under `-q`.
    pub fn note(&self, message: &str) {
        if !self.quiet {
            eprintln!("{message}");
        }
    }

    /// A warning on stderr, even under `-q`.
    pub fn warn(&self, message: &str) {
        eprintln!("{} {message}", self.paint("warning:", "33"));
    }

    fn paint(&self, text: &str, ansi: &str) -> String {
        if self.color {
            format!("\x1b[1;{ansi}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }

    /// A progress bar on stderr, hidden when progress is off.
    pub fn progress(&self, len: Option<u64>, message: &str) -> ProgressBar {
        if !self.progress {
            return ProgressBar::hidden();
        }
        let bar = match len {
            Some(n) => ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::stderr()),
            None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
        };
        let template = if len.is_some() {
            "{msg} [{bar:30}] {pos}/{len} ({eta})"
        } else {
            "{spinner} {msg} {pos}"
        };
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_message(message.to_owned());
        bar
    }

    /// Prints an error: `error:`, causes, `hint:`; JSON on stderr with `-o json`.
    pub fn error(&self, r: &Report) {
        let mut err = io::stderr().lock();
        if self.format == Format::Json {
            let body = serde_json::json!({
                "error": {
                    "message": r.message,
                    "causes": r.causes,
                    "hint": r.hint,
                    "code": r.api_code,
                    "details": r.details,
                    "exit_code": r.code,
                }
            });
            let _ = writeln!(err, "{body}");
            return;
        }
        let _ = writeln!(err, "{} {}", self.paint("error:", "31"), r.message);
        for d in &r.details {
            let _ = writeln!(err, "  {}: {}", d.field, d.message);
        }
        for c in &r.causes {
            let _ = writeln!(err, "  caused by: {c}");
        }
        if let Some(h) = &r.hint {
            let _ = writeln!(err, "{} {h}", self.paint("hint:", "36"));
        }
    }
}

impl Printer {
    /// The hook the API client calls for each exchange under `-v`.
    pub fn trace_hook(&self) -> citizeninfo_client::TraceHook {
        std::sync::Arc::new(|line: &str| eprintln!("> {line}"))
    }
}

impl Printer {
    /// Prints the completion script for a shell.
    pub fn completions(&self, shell: clap_complete::Shell) -> io::Result<()> {
        let mut command = <crate::cli::Cli as clap::CommandFactory>::command();
        // Generated into memory: writing is ours, so a closed pipe stays an I/O error.
        let mut script = Vec::new();
        clap_complete::generate(shell, &mut command, "citizeninfo", &mut script);
        io::stdout().lock().write_all(&script)
    }
}

/// A write to a closed pipe counts as done: for a command that has more to do
/// (applying, or an exit code to give) than what it prints.
pub fn closed_ok(r: io::Result<()>) -> io::Result<()> {
    match r {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// Writes a whole file atomically: a temporary file beside it, renamed into place.
pub fn write_file(path: &std::path::Path, bytes: &[u8]) -> io::Result<()> {
    sheet::write_atomic(path, bytes)
}

impl Printer {
    /// True when results are written as data (JSON or YAML) rather than for people.
    pub fn is_data(&self) -> bool {
        matches!(self.format, Format::Json | Format::Yaml)
    }

    /// Prints a plan: each point's changes, the points left out and why, then the
    /// counts. `dry` words it as what would happen.
    pub fn plan(&self, plan: &crate::engine::Plan, dry: bool) -> io::Result<()> {
        if self.is_data() {
            return self.value(plan);
        }
        let planned = &plan.points;
        let mut out = io::stdout().lock();
        for n in &plan.creates {
            writeln!(out, "+ {} {}", n.point.code, n.point.name_th)?;
            if n.point.status == citizeninfo_api::Status::Hidden {
                writeln!(out, "    status: hidden")?;
            }
            for id in &n.bind {
                writeln!(out, "    + bind {id}")?;
            }
        }
        for p in planned {
            writeln!(out, "~ {} {}", p.code, p.name_th)?;
            for c in &p.changes {
                writeln!(
                    out,
                    "    {}: {} → {}",
                    c.field,
                    records::change_value(&c.field, &c.old),
                    records::change_value(&c.field, &c.new)
                )?;
            }
            if let Some(s) = &p.status {
                let word = match s.to {
                    citizeninfo_api::Status::Hidden => "hide",
                    citizeninfo_api::Status::Shown => "un-hide",
                };
                writeln!(out, "    {word}: {} → {}", s.from.as_str(), s.to.as_str())?;
            }
            for id in &p.bind {
                writeln!(out, "    + bind {id}")?;
            }
            for id in &p.unbind {
                writeln!(out, "    - unbind {id}")?;
            }
            for photo in &p.add_photos {
                writeln!(out, "    + photo {}", photo.name)?;
            }
            for id in &p.remove_photos {
                writeln!(out, "    - photo {id}")?;
            }
        }
        for r in &plan.forbidden {
            writeln!(
                out,
                "! {} {}: forbidden: {}",
                r.code,
                r.name_th.as_deref().unwrap_or_default(),
                r.reason
            )?;
        }
        for r in &plan.stale {
            writeln!(
                out,
                "! {} {}: left out: {}",
                r.code,
                r.name_th.as_deref().unwrap_or_default(),
                r.reason
            )?;
        }
        let fields: usize = planned.iter().map(|p| p.changes.len()).sum();
        let statuses = planned.iter().filter(|p| p.status.is_some()).count();
        let binds: usize = planned.iter().map(|p| p.bind.len()).sum();
        let unbinds: usize = planned.iter().map(|p| p.unbind.len()).sum();
        let verb = if dry { "to change" } else { "changing" };
        let mut left_out = String::new();
        if !plan.forbidden.is_empty() {
            left_out.push_str(&format!(" {} forbidden;", plan.forbidden.len()));
        }
        if !plan.stale.is_empty() {
            left_out.push_str(&format!(
                " {} changed in the service since it was read;",
                plan.stale.len()
            ));
        }
        writeln!(
            out,
            "Plan: {} to create, {} point{} {verb} ({fields} field{}, {statuses} status, {binds} bind, {unbinds} unbind);{left_out} {} unchanged.",
            plan.creates.len(),
            planned.len(),
            if planned.len() == 1 { "" } else { "s" },
            if fields == 1 { "" } else { "s" },
            plan.unchanged.len(),
        )
    }

    /// Prints what a run came to: as data, the whole report; for people, with
    /// `each` a line for each point changed, then a warning for each point that did
    /// not apply, then a table counting what really happened.
    pub fn report(&self, report: &crate::engine::Report, each: bool) -> io::Result<()> {
        use crate::engine::{Action, Verdict};
        if self.is_data() {
            return self.value(report);
        }
        if each {
            let mut out = io::stdout().lock();
            for o in report
                .outcomes
                .iter()
                .filter(|o| matches!(o.verdict, Verdict::Applied | Verdict::Partly))
            {
                let mut parts: Vec<String> = Vec::new();
                if o.action == Action::Create {
                    parts.push("created".to_owned());
                }
                if !o.changes.is_empty() {
                    let fields: Vec<&str> = o.changes.iter().map(|c| c.field.as_str()).collect();
                    parts.push(format!("{} changed", fields.join(", ")));
                }
                if let Some(s) = &o.status {
                    parts.push(match s.to {
                        citizeninfo_api::Status::Hidden => "hidden".to_owned(),
                        citizeninfo_api::Status::Shown => "shown".to_owned(),
                    });
                }
                let ids: Vec<String> = o
                    .bind
                    .iter()
                    .map(|id| format!("+{id}"))
                    .chain(o.unbind.iter().map(|id| format!("-{id}")))
                    .collect();
                if !ids.is_empty() {
                    parts.push(ids.join(" "));
                }
                for id in &o.photos_added {
                    parts.push(format!("+photo {id}"));
                }
                for id in &o.photos_removed {
                    parts.push(format!("-photo {id}"));
                }
                if o.verdict == Verdict::Partly {
                    parts.push("(partly)".to_owned());
                }
                writeln!(out, "{} {}", o.code, parts.join(", "))?;
            }
        }
        for o in &report.outcomes {
            if let (false, Some(m)) = (o.verdict.is_success(), &o.error) {
                self.warn(&format!("{}: {m}", o.code));
            }
        }
        let s = &report.summary;
        let mut columns = vec![
            Verdict::Applied,
            Verdict::Partly,
            Verdict::Conflict,
            Verdict::Failed,
            Verdict::Skipped,
        ];
        if s.forbidden > 0 {
            columns.push(Verdict::Forbidden);
        }
        let mut table = self.table();
        let mut header: Vec<&str> = columns.iter().map(|v| v.as_str()).collect();
        header.push("total");
        table.set_header(header);
        let mut row: Vec<String> = columns.iter().map(|v| s.count(*v).to_string()).collect();
        row.push((s.total - s.unchanged).to_string());
        table.add_row(row);
        writeln!(io::stdout().lock(), "{}", render(table))
    }
}

impl Printer {
    /// Asks for a value on the terminal, or says which flag a script must pass.
    pub fn ask(&self, label: &str, flag: &str) -> anyhow::Result<String> {
        use std::io::BufRead;
        if !io::stdin().is_terminal() {
            return Err(crate::exit::Failure::usage(
                format!("{label} is needed and there is no terminal to ask on"),
                format!("pass {flag}"),
            )
            .into());
        }
        eprint!("{label}: ");
        let mut line = String::new();
        io::stdin().lock().read_line(&mut line)?;
        Ok(line.trim().to_owned())
    }

    /// Asks for a password on the terminal without echoing it.
    pub fn ask_password(&self) -> anyhow::Result<String> {
        if !io::stdin().is_terminal() {
            return Err(crate::exit::Failure::usage(
                "the password is needed and there is no terminal to ask on",
                "pass --password-stdin and pipe the password in",
            )
            .into());
        }
        Ok(rpassword::prompt_password("Password: ")?)
    }

    /// Asks a yes/no question on the terminal; no terminal means no.
    pub fn confirm(&self, question: &str) -> anyhow::Result<bool> {
        use std::io::BufRead;
        if !io::stdin().is_terminal() || !io::stderr().is_terminal() {
            return Ok(false);
        }
        eprint!("{question} [y/N] ");
        let mut line = String::new();
        io::stdin().lock().read_line(&mut line)?;
        Ok(matches!(
            line.trim().to_lowercase().as_str(),
            "y" | "yes" | "ใช่"
        ))
    }

    /// Prints one record: an object in JSON or YAML, a one-row table otherwise.
    pub fn record<R: Record>(&self, item: &R, columns: &[&'static Column]) -> io::Result<()> {
        match self.format {
            Format::Json | Format::Yaml => self.value(item),
            _ => self.records(std::slice::from_ref(item), columns),
        }
    }
}
