//! Printing has one home: results (a [`Render`], shown as a table, JSON, YAML or
//! CSV) to the result writer, stdout by default; messages, warnings, errors and
//! progress to the message writer, stderr by default. Tests give the printer
//! buffers instead. Everything for people goes through [`safe`], so text from the
//! service or from files cannot drive the terminal; data (JSON, YAML, CSV) is
//! written exact.

pub mod changes;
pub mod records;
pub mod render;
pub mod safe;
pub mod sheet;
pub mod thai_date;

use std::io::{self, IsTerminal, Write};
use std::sync::{Arc, Mutex, MutexGuard};

use clap::ValueEnum;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::Serialize;

use crate::exit::Report;
pub use records::{Column, Record};
pub use render::{Human, One, Render, Rows, Section, Shape, csv_refused};
use safe::{Layout, Safe, escape};

/// How results are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned columns for people, fitted to the terminal's width.
    Table,
    /// Every column, never cut: a table for people as wide as it needs.
    Wide,
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

/// When output is coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorMode {
    /// On a terminal, unless `NO_COLOR` is set (`CLICOLOR_FORCE` forces it).
    Auto,
    /// Always, even into a pipe or a file.
    Always,
    /// Never.
    Never,
}

impl ColorMode {
    /// Whether a stream that is (`tty`) or is not a terminal is coloured.
    fn colors(self, tty: bool) -> bool {
        let set = |var: &str| std::env::var_os(var).is_some_and(|v| !v.is_empty() && v != "0");
        match self {
            ColorMode::Always => true,
            ColorMode::Never => false,
            ColorMode::Auto => set("CLICOLOR_FORCE") || (tty && !set("NO_COLOR")),
        }
    }
}

/// What a part of a result is, for its colour: terraform's and `kubectl diff`'s.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paint {
    /// Made: green.
    Create,
    /// Changed: yellow.
    Change,
    /// Taken away or refused: red.
    Remove,
}

impl Paint {
    /// A status's colour in a table: shown green, hidden red.
    pub fn of_status(status: citizeninfo_api::Status) -> Paint {
        match status {
            citizeninfo_api::Status::Shown => Paint::Create,
            citizeninfo_api::Status::Hidden => Paint::Remove,
        }
    }

    /// The colour of a table's cell.
    pub(crate) fn color(self) -> comfy_table::Color {
        match self {
            Paint::Create => comfy_table::Color::DarkGreen,
            Paint::Change => comfy_table::Color::DarkYellow,
            Paint::Remove => comfy_table::Color::DarkRed,
        }
    }

    pub(crate) fn ansi(self) -> &'static str {
        match self {
            Paint::Create => "32",
            Paint::Change => "33",
            Paint::Remove => "31",
        }
    }
}

/// Above this many points, a plan goes through the pager on a terminal.
pub const PAGED_OVER: usize = 50;

/// The terminal's width: `COLUMNS` when it is set (as shells and `tmux` set it),
/// else what the terminal says, else 80 (a terminal that does not say).
fn terminal_width() -> Option<u16> {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<u16>().ok())
        .filter(|&c| c > 0)
        .or_else(|| terminal_size::terminal_size().map(|(w, _)| w.0))
        .or(Some(80))
}

/// Pretty JSON with a final newline, made in memory so that writing it fails only
/// with the I/O error itself (a closed pipe stays recognisable).
fn json_bytes<T: Serialize + ?Sized>(value: &T) -> io::Result<Vec<u8>> {
    let mut bytes = serde_json::to_vec_pretty(value).map_err(io::Error::other)?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// A writer the printer and its clones share: the terminal's, or a test's buffer.
type Shared = Arc<Mutex<Box<dyn Write + Send>>>;

/// The shared writer, even if a thread panicked while holding it: output is
/// text, and a half-written line is no reason to lose the rest.
fn lock(w: &Shared) -> MutexGuard<'_, Box<dyn Write + Send>> {
    w.lock().unwrap_or_else(|e| e.into_inner())
}

/// The result writer for a command that streams its results (an export to stdout).
struct Stream(Shared);

impl Write for Stream {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        lock(&self.0).write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        lock(&self.0).flush()
    }
}

/// Prints results and messages.
#[derive(Clone)]
pub struct Printer {
    /// Result format.
    pub format: Format,
    /// Header and date language.
    pub lang: Lang,
    quiet: bool,
    progress: bool,
    /// Messages on stderr are coloured.
    color: bool,
    /// Results for people on stdout are coloured.
    color_out: bool,
    /// The width tables are fitted to: the terminal's, when stdout is one and the
    /// format is `table`; none into a pipe, a file or under `-o wide`.
    width: Option<u16>,
    /// Results go to a terminal (where a long plan is paged).
    stdout_tty: bool,
    out: Shared,
    err: Shared,
}

impl Printer {
    /// A printer for the chosen format, language and noise level, writing results
    /// to stdout and messages to stderr.
    pub fn new(
        format: Format,
        lang: Lang,
        quiet: bool,
        progress: ProgressMode,
        color: ColorMode,
    ) -> Printer {
        let stderr_tty = io::stderr().is_terminal();
        let progress = match progress {
            ProgressMode::Always => true,
            ProgressMode::Never => false,
            ProgressMode::Auto => stderr_tty && !quiet && std::env::var_os("CI").is_none(),
        };
        let stdout_tty = io::stdout().is_terminal();
        let color_out = color.colors(stdout_tty);
        let color = color.colors(stderr_tty);
        let width = (format == Format::Table && stdout_tty)
            .then(terminal_width)
            .flatten();
        Printer {
            format,
            lang,
            quiet,
            progress,
            color,
            color_out,
            width,
            stdout_tty,
            out: Arc::new(Mutex::new(Box::new(io::stdout()))),
            err: Arc::new(Mutex::new(Box::new(io::stderr()))),
        }
    }

    /// The same printer writing results to `out` and messages to `err` (no colour,
    /// no progress bars: they are not a terminal).
    #[cfg_attr(
        not(test),
        allow(
            dead_code,
            reason = "the program writes to the terminal; tests capture"
        )
    )]
    pub fn with_writers(
        mut self,
        out: Box<dyn Write + Send>,
        err: Box<dyn Write + Send>,
    ) -> Printer {
        self.out = Arc::new(Mutex::new(out));
        self.err = Arc::new(Mutex::new(err));
        self.color = false;
        self.color_out = false;
        self.progress = false;
        self.width = None;
        self.stdout_tty = false;
        self
    }

    /// The same printer fitting tables to `width` columns, as a terminal would.
    #[cfg(test)]
    pub fn fitted_to(mut self, width: u16) -> Printer {
        self.width = Some(width);
        self
    }

    /// Refuses, before a command reads or sends anything, an output form that what
    /// it prints cannot take: `-o csv` for what is not a table.
    pub fn accepts(&self, shape: Shape) -> Result<(), crate::exit::Failure> {
        match (self.format, shape) {
            (Format::Csv, Shape::Document { rows_with }) => Err(csv_refused(rows_with)),
            _ => Ok(()),
        }
    }

    /// Prints a result in the form `--output` asks for: JSON or YAML by serde, CSV
    /// when it is a table (and refused when it is not), else its form for people.
    pub fn show<T: Render>(&self, thing: &T) -> anyhow::Result<()> {
        let mut out = lock(&self.out);
        match self.format {
            Format::Json | Format::Yaml => self.data(&mut **out, thing)?,
            Format::Csv => match thing.csv(&mut **out) {
                Some(written) => written?,
                None => return Err(csv_refused(None).into()),
            },
            Format::Table | Format::Wide => {
                thing.human(&mut Human::new(&mut Safe::new(&mut **out), self))?
            }
        }
        out.flush()?;
        Ok(())
    }

    fn data<T: Serialize>(&self, out: &mut dyn Write, value: &T) -> io::Result<()> {
        match self.format {
            Format::Yaml => {
                let text = serde_saphyr::to_string(value).map_err(io::Error::other)?;
                out.write_all(text.as_bytes())
            }
            _ => out.write_all(&json_bytes(value)?),
        }
    }

    /// Prints one value as data: YAML with `-o yaml`, JSON otherwise.
    pub fn value<T: Serialize>(&self, value: &T) -> io::Result<()> {
        let mut out = lock(&self.out);
        self.data(&mut **out, value)?;
        out.flush()
    }

    /// Prints one record: an object in JSON or YAML, a one-row table otherwise.
    pub fn record<R: Record>(&self, item: &R, columns: &[&'static Column]) -> anyhow::Result<()> {
        self.show(&One { item, columns })
    }

    /// Prints a plan (see [`changes::PlanView`]); `brief`, its counts only. A plan
    /// of more than [`PAGED_OVER`] points goes through the pager on a terminal.
    pub fn plan(&self, plan: &crate::engine::Plan, dry: bool, brief: bool) -> anyhow::Result<()> {
        let view = changes::PlanView { plan, dry, brief };
        if brief || plan.points.len() + plan.creates.len() <= PAGED_OVER {
            return self.show(&view);
        }
        self.paged(&view)
    }

    /// Shows a result for people through the pager when stdout is a terminal:
    /// `$PAGER`, else the system's own (`less -R`, with `LESS=FRX` unless `LESS` is
    /// set, as git does, so what fits one screen is simply printed; Windows has none).
    /// Elsewhere, as [`Printer::show`].
    fn paged<T: Render>(&self, thing: &T) -> anyhow::Result<()> {
        if !self.stdout_tty || !matches!(self.format, Format::Table | Format::Wide) {
            return self.show(thing);
        }
        let mut text: Vec<u8> = Vec::new();
        thing.human(&mut Human::new(&mut Safe::new(&mut text), self))?;
        let pager = std::env::var("PAGER")
            .ok()
            .filter(|p| !p.trim().is_empty())
            .or_else(|| {
                crate::platform::System::THIS
                    .default_pager()
                    .map(str::to_owned)
            });
        let mut words = pager.as_deref().unwrap_or_default().split_whitespace();
        let Some(program) = words.next() else {
            // No pager on this system (Windows) unless PAGER names one.
            return self.show(thing);
        };
        let mut command = std::process::Command::new(program);
        command.args(words).stdin(std::process::Stdio::piped());
        if std::env::var_os("LESS").is_none() {
            command.env("LESS", "FRX");
        }
        let Ok(mut child) = command.spawn() else {
            // No pager: the plan is printed as it is.
            let mut out = lock(&self.out);
            out.write_all(&text)?;
            return Ok(out.flush()?);
        };
        if let Some(mut input) = child.stdin.take() {
            // The person may quit the pager before the end: that is no error.
            let _ = input.write_all(&text);
        }
        child.wait()?;
        Ok(())
    }

    /// Prints text as it is (a document).
    pub fn text(&self, text: &str) -> io::Result<()> {
        let mut out = lock(&self.out);
        out.write_all(text.as_bytes())?;
        out.flush()
    }

    /// Prints a plain line of result for people (such as a problem found in a
    /// manifest).
    pub fn line(&self, text: &str) -> io::Result<()> {
        let mut out = lock(&self.out);
        writeln!(out, "{}", escape(text, Layout::Lines))?;
        out.flush()
    }

    /// The result writer, for a command that streams its results in pieces (an
    /// export to stdout).
    pub fn results(&self) -> Box<dyn Write> {
        Box::new(Stream(self.out.clone()))
    }

    /// True when results are written as data (JSON or YAML) rather than for people.
    pub fn is_data(&self) -> bool {
        matches!(self.format, Format::Json | Format::Yaml)
    }

    /// A message for people on stderr; silent under `-q`.
    pub fn note(&self, message: &str) {
        if !self.quiet {
            let _ = writeln!(lock(&self.err), "{}", escape(message, Layout::Lines));
        }
    }

    /// A warning on stderr, even under `-q`.
    pub fn warn(&self, message: &str) {
        let _ = writeln!(
            lock(&self.err),
            "{} {}",
            self.paint("warning:", "33"),
            escape(message, Layout::Lines)
        );
    }

    /// Whether results for people are coloured.
    pub(crate) fn colors_results(&self) -> bool {
        self.color_out
    }

    /// The width tables are fitted to, when they are.
    pub(crate) fn width(&self) -> Option<u16> {
        self.width
    }

    /// True under `-o wide`: tables show every column.
    pub(crate) fn wide(&self) -> bool {
        self.format == Format::Wide
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
        bar.set_message(escape(message, Layout::Lines).into_owned());
        bar
    }

    /// Prints an error: `error:`, causes, `hint:`; JSON on stderr with `-o json`.
    pub fn error(&self, r: &Report) {
        let mut err = lock(&self.err);
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
        let shown = |text: &str| escape(text, Layout::Message).into_owned();
        let _ = writeln!(err, "{} {}", self.paint("error:", "31"), shown(&r.message));
        // A detail the message already says is not said twice (JSON keeps them all).
        for d in r.details.iter().filter(|d| !r.message.contains(&d.message)) {
            let _ = writeln!(err, "  {}: {}", shown(&d.field), shown(&d.message));
        }
        for c in &r.causes {
            let _ = writeln!(err, "  caused by: {}", shown(c));
        }
        if let Some(h) = &r.hint {
            let _ = writeln!(err, "{} {}", self.paint("hint:", "36"), shown(h));
        }
    }

    /// The hook the API client calls for each exchange under `-v`.
    pub fn trace_hook(&self) -> citizeninfo_client::TraceHook {
        let err = self.err.clone();
        Arc::new(move |line: &str| {
            let _ = writeln!(lock(&err), "> {}", escape(line, Layout::Lines));
        })
    }

    /// A question on stderr, the answer read from the terminal.
    fn prompt(&self, question: &str) -> anyhow::Result<String> {
        use std::io::BufRead;
        {
            let mut err = lock(&self.err);
            write!(err, "{}", escape(question, Layout::Lines))?;
            err.flush()?;
        }
        let mut line = String::new();
        if io::stdin().lock().read_line(&mut line)? == 0 {
            return Err(crate::exit::Failure::new(
                crate::exit::FAILURE,
                format!("no answer to \"{}\": the input ended", question.trim_end()),
                "",
            )
            .into());
        }
        Ok(line)
    }

    /// Asks until `check` takes the answer (and gives it tidied: a code in upper
    /// case), naming each mistake and asking again; or says which flag a script
    /// must pass.
    pub fn ask_until(
        &self,
        label: &str,
        flag: &str,
        check: &dyn Fn(&str) -> Result<String, String>,
    ) -> anyhow::Result<String> {
        loop {
            let answer = self.ask(label, flag)?;
            match check(&answer) {
                Ok(value) => return Ok(value),
                Err(problem) => self.warn(&format!("{problem}; try again")),
            }
        }
    }

    /// Asks for a value on the terminal, or says which flag a script must pass.
    pub fn ask(&self, label: &str, flag: &str) -> anyhow::Result<String> {
        if !io::stdin().is_terminal() {
            return Err(crate::exit::Failure::usage(
                format!("{label} is needed and there is no terminal to ask on"),
                format!("pass {flag}"),
            )
            .into());
        }
        Ok(self.prompt(&format!("{label}: "))?.trim().to_owned())
    }

    /// Asks for a secret (`label`: "Password", "Authorize Code") on the terminal
    /// without echoing it; `hint` says how to give it without one.
    pub fn ask_secret(&self, label: &str, hint: &str) -> anyhow::Result<String> {
        if !io::stdin().is_terminal() {
            return Err(crate::exit::Failure::usage(
                format!("{label} is needed and there is no terminal to ask on"),
                hint,
            )
            .into());
        }
        Ok(rpassword::prompt_password(format!("{label}: "))?)
    }

    /// True when a question can be asked: stdin and stderr are a terminal.
    pub fn can_ask(&self) -> bool {
        io::stdin().is_terminal() && io::stderr().is_terminal()
    }

    /// Asks a yes/no question on the terminal; no terminal means no.
    pub fn confirm(&self, question: &str) -> anyhow::Result<bool> {
        if !self.can_ask() {
            return Ok(false);
        }
        // The input ending is no.
        let line = self
            .prompt(&format!("{question} [y/N] "))
            .unwrap_or_default();
        Ok(matches!(
            line.trim().to_lowercase().as_str(),
            "y" | "yes" | "ใช่"
        ))
    }
}

/// A count as people read it, its thousands grouped: `2,000`.
pub fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

/// A write to a closed pipe counts as done: for a command that has more to do
/// (applying, or an exit code to give) than what it prints.
pub fn closed_ok<E: Into<anyhow::Error>>(r: Result<(), E>) -> anyhow::Result<()> {
    match r.map_err(Into::into) {
        Err(e) if crate::exit::is_broken_pipe(&e) => Ok(()),
        other => other,
    }
}

/// Writes a whole file atomically: a temporary file beside it, renamed into place.
pub fn write_file(path: &std::path::Path, bytes: &[u8]) -> io::Result<()> {
    sheet::write_atomic(path, bytes)
}

/// A printer writing into memory, for tests: what it printed as results, and as
/// messages.
#[cfg(test)]
pub fn in_memory(format: Format, lang: Lang) -> (Printer, Memory, Memory) {
    let out = Memory::default();
    let err = Memory::default();
    let printer = Printer::new(format, lang, false, ProgressMode::Never, ColorMode::Never)
        .with_writers(Box::new(out.clone()), Box::new(err.clone()));
    (printer, out, err)
}

/// A buffer a test reads back.
#[cfg(test)]
#[derive(Clone, Default)]
pub struct Memory(Arc<Mutex<Vec<u8>>>);

#[cfg(test)]
impl Memory {
    /// What was written, as text.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap_or_else(|e| e.into_inner())).into_owned()
    }
}

#[cfg(test)]
impl Write for Memory {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn counts_are_grouped_by_thousands() {
        let shown: Vec<String> = [0, 7, 100, 999, 1000, 2000, 12345, 1234567]
            .into_iter()
            .map(super::grouped)
            .collect();
        assert_eq!(
            shown,
            [
                "0",
                "7",
                "100",
                "999",
                "1,000",
                "2,000",
                "12,345",
                "1,234,567"
            ]
        );
    }
}
