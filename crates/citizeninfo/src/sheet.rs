//! The spreadsheet shape of the structure list, shared by `export` and `import`:
//! its columns with Thai and English headers, how each cell is written, and the
//! formula guard (OWASP's CSV-injection advice) and its undoing.

use std::io::Read;
use std::path::Path;

use citizeninfo_api::ServicePoint;
use citizeninfo_api::fields::{FIELDS, Field, Labels, Value};
use citizeninfo_api::rules::excerpt;
use encoding_rs::{Decoder, DecoderResult, Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_874};

/// What a column holds, which decides how it is written and guarded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Free text: guarded against formulas.
    Text,
    /// A key typed and validated by the tool (codes, Authorize Codes): written as it is,
    /// and as a text cell in a workbook.
    Key,
    /// Free text a spreadsheet must keep as text (telephone): guarded, and a text cell.
    TextKeep,
    /// A number the tool validated: written plain.
    Number,
    /// A moment in ISO 8601 (UTC): written as it is in a CSV, and as a date cell in
    /// Bangkok time in a workbook.
    Time,
}

/// A column of the sheet: one field of the registry.
pub type SheetColumn = Field;

/// Every column, the back office's own first, in its order: the field registry.
pub const COLUMNS: &[SheetColumn] = FIELDS;

/// Header language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Headers {
    /// The back office's Thai headers.
    Th,
    /// English (machine) headers.
    En,
}

/// What a sheet needs of a field.
pub trait SheetCell {
    /// The header in a language: the Thai label, or the wire key.
    fn header(&self, h: Headers) -> &'static str;
    /// The cell of a point, as text; numbers and keys plain, labels in the headers'
    /// language.
    fn value(&self, p: &ServicePoint, h: Headers) -> String;
    /// How its cells are written.
    fn kind(&self) -> Kind;
}

impl SheetCell for SheetColumn {
    fn header(&self, h: Headers) -> &'static str {
        match h {
            Headers::Th => self.th,
            Headers::En => self.key,
        }
    }

    fn value(&self, p: &ServicePoint, h: Headers) -> String {
        self.read(
            p,
            match h {
                Headers::Th => Labels::Th,
                Headers::En => Labels::En,
            },
        )
    }

    fn kind(&self) -> Kind {
        match self.value {
            Value::Text => Kind::Text,
            Value::Key | Value::Code => Kind::Key,
            Value::Phone => Kind::TextKeep,
            Value::Number => Kind::Number,
            Value::Time => Kind::Time,
        }
    }
}

/// Bangkok's offset from UTC: seven hours, all year.
pub const BANGKOK_OFFSET_SECS: i32 = 7 * 3600;

/// A moment in ISO 8601 as ISO 8601 in Bangkok time (`2024-05-01T21:30:00+07:00`);
/// `None` when it is not one.
pub fn bangkok_text(text: &str) -> Option<String> {
    let offset = chrono::FixedOffset::east_opt(BANGKOK_OFFSET_SECS)?;
    let t = chrono::DateTime::parse_from_rfc3339(text.trim()).ok()?;
    Some(
        t.with_timezone(&offset)
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
    )
}

/// Finds a column by its key or either header (trimmed, BOM removed).
pub fn by_header(header: &str) -> Option<&'static SheetColumn> {
    let h = header.trim().trim_start_matches('\u{feff}').trim();
    COLUMNS
        .iter()
        .find(|c| c.key == h || c.th == h || c.en == h || c.key.eq_ignore_ascii_case(h))
}

/// The columns to export: the back office's own, then those asked for.
pub fn pick(extra: Option<&[String]>) -> Result<Vec<&'static SheetColumn>, String> {
    let mut out: Vec<&'static SheetColumn> = COLUMNS.iter().filter(|c| c.listed).collect();
    for name in extra.unwrap_or_default() {
        let col = by_header(name).ok_or_else(|| {
            let all: Vec<&str> = COLUMNS.iter().map(|c| c.key).collect();
            format!(
                "{} is not a column; choose from {}",
                excerpt(name),
                all.join(", ")
            )
        })?;
        if !out.iter().any(|c| c.key == col.key) {
            out.push(col);
        }
    }
    Ok(out)
}

/// Characters a spreadsheet takes as the start of a formula.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Neutralises a free-text cell a spreadsheet would run as a formula, by a leading `'`.
pub fn guard(cell: String) -> String {
    if cell.starts_with(FORMULA_START) {
        format!("'{cell}")
    } else {
        cell
    }
}

/// Undoes [`guard`].
pub fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_START) => rest,
        _ => cell,
    }
}

/// Largest spreadsheet `import` reads, in bytes: a bigger file is refused by its
/// size before it is read, and reading stops one byte past it whatever the size
/// said (a pipe, a device).
pub const MAX_SHEET_BYTES: u64 = 256 << 20;
/// Longest line of a CSV sheet, in bytes: reading stops there, so one enormous
/// line is refused as soon as it passes the cap, never held whole.
pub const MAX_LINE_BYTES: u64 = 1 << 20;
/// Most characters one cell may hold: Excel's own limit for a cell.
pub const MAX_CELL_CHARS: usize = 32_767;
/// Most columns a workbook's sheet may use: far more than an export has.
pub const MAX_SHEET_COLUMNS: u32 = 256;
/// Most cells a workbook's sheet may hold (a compressed workbook can claim a
/// billion from a few kilobytes).
pub const MAX_SHEET_CELLS: u64 = 10_000_000;

/// A size for people: MiB with one decimal, and the exact bytes.
pub fn size_text(bytes: u64) -> String {
    format!("{:.1} MiB ({bytes} bytes)", bytes as f64 / 1048576.0)
}

/// A sheet as read: header cells, and rows with the line (CSV) or row number
/// (workbook) people see.
pub struct Table {
    /// The first row.
    pub headers: Vec<String>,
    /// The other rows.
    pub rows: Vec<(u64, Vec<String>)>,
    /// How it was read, when people should know (an encoding other than UTF-8).
    pub notes: Vec<String>,
    /// The workbook's sheet it was read from; `None` for a CSV.
    pub sheet: Option<String>,
    /// Read as Windows-874, which writes `?` for a character it lacks.
    pub windows_874: bool,
}

impl Table {
    /// Where a row is, as people find it: `FILE:LINE` in a CSV, `FILE, sheet S,
    /// row R` in a workbook.
    pub fn place(&self, file: &str, line: u64) -> String {
        match &self.sheet {
            Some(s) => format!("{file}, sheet {s}, row {line}"),
            None => format!("{file}:{line}"),
        }
    }
}

/// True when `cell` is `now` as a Windows-874 file holds it: the same but for a
/// `?` in place of at least one character Windows-874 lacks (é, a zero-width
/// space), so the sheet could not hold the service's value.
pub fn lost_to_874(cell: &str, now: &str) -> bool {
    if cell == now || cell.chars().count() != now.chars().count() {
        return false;
    }
    cell.chars()
        .zip(now.chars())
        .all(|(c, n)| c == n || (c == '?' && WINDOWS_874.encode(n.encode_utf8(&mut [0; 4])).2))
}

/// The file of a sheet, opened: refused when its metadata says it is bigger than
/// [`MAX_SHEET_BYTES`].
fn open_sheet(path: &Path) -> Result<(std::fs::File, std::fs::Metadata), String> {
    let file = std::fs::File::open(path).map_err(|e| e.to_string())?;
    let meta = file.metadata().map_err(|e| e.to_string())?;
    if meta.len() > MAX_SHEET_BYTES {
        return Err(format!(
            "the file is {}; a sheet may be at most {}",
            size_text(meta.len()),
            size_text(MAX_SHEET_BYTES)
        ));
    }
    Ok((file, meta))
}

/// The text encodings a CSV sheet is read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TextEncoding {
    /// UTF-8, with or without a byte-order mark (Excel's "CSV UTF-8").
    #[value(name = "utf-8")]
    Utf8,
    /// UTF-16 (Excel's "Unicode Text"): as its byte-order mark says, little-endian
    /// without one.
    #[value(name = "utf-16")]
    Utf16,
    /// Windows-874, the Thai code page: TIS-620 and a few signs (Thai Excel's "CSV").
    #[value(name = "windows-874")]
    Windows874,
}

/// How an encoding is named to people, with the program that writes it.
fn encoding_name(e: &'static Encoding) -> &'static str {
    if e == UTF_16LE {
        "UTF-16 LE (Excel's Unicode Text)"
    } else if e == UTF_16BE {
        "UTF-16 BE"
    } else if e == WINDOWS_874 {
        "Windows-874 (Thai Excel's CSV)"
    } else {
        "UTF-8"
    }
}

/// What to do about bytes that are not in the encoding a sheet was read in.
fn encoding_hint(e: &'static Encoding) -> &'static str {
    if e == UTF_8 {
        "if Thai Excel saved it as CSV, pass --encoding windows-874, or save it again as CSV UTF-8"
    } else {
        "save it again as CSV UTF-8, or pass --encoding with the encoding it was saved in"
    }
}

/// True for a Thai character (U+0E00 to U+0E7F).
fn is_thai(c: char) -> bool {
    ('\u{0E00}'..='\u{0E7F}').contains(&c)
}

/// True for a Thai vowel sign or tone mark that sits on the letter before it.
fn is_thai_mark(c: char) -> bool {
    c == '\u{0E31}'
        || ('\u{0E34}'..='\u{0E3A}').contains(&c)
        || ('\u{0E47}'..='\u{0E4E}').contains(&c)
}

/// How many columns text takes on screen: a Thai vowel sign or tone mark sits on
/// the letter before it and takes none.
pub fn display_width(text: &str) -> usize {
    text.chars()
        .filter(|c| !is_thai_mark(*c) && !c.is_control())
        .count()
}

/// True when text read as Windows-874 reads as Thai: it has Thai letters, every
/// mark sits on a Thai letter, and every leading vowel (เ แ โ ใ ไ) comes before
/// one. Text in another single-byte encoding (Latin-1: `café`) read as
/// Windows-874 breaks these at once.
pub fn plausible_thai(text: &str) -> bool {
    let mut thai = false;
    let mut prev: Option<char> = None;
    for c in text.chars() {
        if is_thai(c) {
            thai = true;
            if is_thai_mark(c) && !prev.is_some_and(is_thai) {
                return false;
            }
        }
        if prev.is_some_and(|p| ('\u{0E40}'..='\u{0E44}').contains(&p)) && !is_thai(c) {
            return false;
        }
        prev = Some(c);
    }
    thai
}

/// The encoding of a sheet from its first bytes (`head`; `whole` when that is all
/// of it), and the length of its byte-order mark. Forced, the encoding is the one
/// asked for (a UTF-16 byte-order mark still says which end comes first). Else a
/// byte-order mark decides; then valid UTF-8 is UTF-8; then Windows-874 when it
/// reads as Thai ([`plausible_thai`]); anything else is refused.
pub fn detect(
    head: &[u8],
    whole: bool,
    forced: Option<TextEncoding>,
) -> Result<(&'static Encoding, usize), String> {
    let bom = Encoding::for_bom(head);
    match forced {
        Some(TextEncoding::Utf8) => {
            return Ok((
                UTF_8,
                bom.filter(|(e, _)| *e == UTF_8).map_or(0, |(_, n)| n),
            ));
        }
        Some(TextEncoding::Utf16) => {
            return Ok(bom.filter(|(e, _)| *e != UTF_8).unwrap_or((UTF_16LE, 0)));
        }
        Some(TextEncoding::Windows874) => return Ok((WINDOWS_874, 0)),
        None => {}
    }
    if let Some(found) = bom {
        return Ok(found);
    }
    let utf8 = match std::str::from_utf8(head) {
        Ok(_) => Ok(()),
        // Cut in the middle of a character by the end of `head`.
        Err(e) if e.error_len().is_none() && !whole => Ok(()),
        Err(e) => Err(e.valid_up_to()),
    };
    match utf8 {
        Ok(()) if head.contains(&0) => Err(
            "the file holds NUL bytes: it may be UTF-16 without a byte-order mark; pass --encoding utf-16, or save it again as CSV UTF-8".to_owned(),
        ),
        Ok(()) => Ok((UTF_8, 0)),
        Err(at) => match WINDOWS_874.decode_without_bom_handling_and_without_replacement(head) {
            Some(text) if plausible_thai(&text) => Ok((WINDOWS_874, 0)),
            _ => Err(format!(
                "the file is not UTF-8 (byte 0x{:02X} at offset {at}), nor Thai in Windows-874; save it again as CSV UTF-8, or pass --encoding (windows-874 for Thai Excel's CSV)",
                head.get(at).copied().unwrap_or_default()
            )),
        },
    }
}

/// The separator of a CSV sheet: the one of comma, tab and semicolon its header
/// line holds most of, outside quotes (a comma when it holds none).
pub fn separator(text: &str) -> u8 {
    let mut quoted = false;
    let mut counts = [(b',', 0usize), (b'\t', 0), (b';', 0)];
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            _ if !quoted => {
                if let Some(n) = counts.iter_mut().find(|(s, _)| char::from(*s) == c) {
                    n.1 += 1;
                }
            }
            _ => {}
        }
    }
    let mut best = counts[0];
    for c in counts {
        if c.1 > best.1 {
            best = c;
        }
    }
    best.0
}

/// How a cell reads when its text was mis-decoded and saved again, if it does:
/// Thai in UTF-8 read as Windows-874 (`เธเธฃเธก`: each letter became เธ or เน and one
/// more), or as Latin-1 or Windows-1252 (`à¸£`; `Ã Â¸` when that happened twice).
pub fn misdecoded(cell: &str) -> Option<&'static str> {
    let chars: Vec<char> = cell.chars().collect();
    let latin = chars.windows(2).any(|w| {
        (w[0] == 'à' && (w[1] == '¸' || w[1] == '¹'))
            || ((w[0] == 'Ã' || w[0] == 'Â') && ('\u{80}'..='\u{BF}').contains(&w[1]))
    });
    if latin {
        return Some("UTF-8 read as Latin-1 or Windows-1252");
    }
    let pairs = chars
        .windows(2)
        .filter(|w| w[0] == 'เ' && (w[1] == 'ธ' || w[1] == 'น'))
        .count();
    let thai = chars.iter().filter(|c| is_thai(**c)).count();
    (pairs >= 2 && pairs * 3 >= thai).then_some("Thai in UTF-8 read as Windows-874")
}

/// A reader of text in any encoding as UTF-8, refusing, with the message people
/// see, bytes the encoding does not have, and a file longer than
/// [`MAX_SHEET_BYTES`] as soon as the bytes read pass it.
struct Decoding<R> {
    inner: R,
    encoding: &'static Encoding,
    decoder: Decoder,
    input: Vec<u8>,
    start: usize,
    end: usize,
    raw: u64,
    eof: bool,
    finished: bool,
    out: Vec<u8>,
    out_start: usize,
    out_end: usize,
    error: Option<std::io::Error>,
}

impl<R: Read> Decoding<R> {
    fn new(inner: R, encoding: &'static Encoding) -> Decoding<R> {
        Decoding {
            inner,
            encoding,
            decoder: encoding.new_decoder_without_bom_handling(),
            input: vec![0; 64 << 10],
            start: 0,
            end: 0,
            raw: 0,
            eof: false,
            finished: false,
            out: vec![0; 64 << 10],
            out_start: 0,
            out_end: 0,
            error: None,
        }
    }

    /// Decodes more into `out`; nothing at the end.
    fn fill(&mut self) -> std::io::Result<()> {
        while !self.finished {
            if self.start == self.end && !self.eof {
                let n = self.inner.read(&mut self.input)?;
                self.raw += n as u64;
                if self.raw > MAX_SHEET_BYTES {
                    return Err(std::io::Error::other(format!(
                        "the file holds more than {}, the most a sheet may hold",
                        size_text(MAX_SHEET_BYTES)
                    )));
                }
                self.start = 0;
                self.end = n;
                self.eof = n == 0;
            }
            let (result, read, written) = self.decoder.decode_to_utf8_without_replacement(
                &self.input[self.start..self.end],
                &mut self.out,
                self.eof,
            );
            self.start += read;
            self.out_start = 0;
            self.out_end = written;
            match result {
                DecoderResult::Malformed(bad, after) => {
                    let to = self.start.saturating_sub(usize::from(after));
                    let from = to.saturating_sub(usize::from(bad));
                    let bytes: Vec<String> = self.input[from..to]
                        .iter()
                        .map(|b| format!("0x{b:02X}"))
                        .collect();
                    let error = std::io::Error::new(
                        std::io::ErrorKind::InvalidData,
                        format!(
                            "{} is not {}: the file is not in the encoding it was read in; {}",
                            bytes.join(" "),
                            encoding_name(self.encoding),
                            encoding_hint(self.encoding)
                        ),
                    );
                    // What was read before it first, so its line is counted.
                    if written == 0 {
                        return Err(error);
                    }
                    self.error = Some(error);
                    return Ok(());
                }
                DecoderResult::InputEmpty if self.eof => self.finished = true,
                DecoderResult::InputEmpty | DecoderResult::OutputFull => {}
            }
            if written > 0 {
                return Ok(());
            }
        }
        Ok(())
    }
}

impl<R: Read> Read for Decoding<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.out_start == self.out_end {
            if let Some(e) = self.error.take() {
                return Err(e);
            }
            self.out_start = 0;
            self.out_end = 0;
            self.fill()?;
        }
        let n = buf.len().min(self.out_end - self.out_start);
        buf[..n].copy_from_slice(&self.out[self.out_start..self.out_start + n]);
        self.out_start += n;
        Ok(n)
    }
}

/// A reader that refuses, with the message people see, a line longer than
/// [`MAX_LINE_BYTES`] as soon as the bytes read pass the cap; an error of the text
/// below is named by its line.
struct Bounded<R> {
    inner: R,
    line: u64,
    line_bytes: u64,
}

impl<R: Read> Read for Bounded<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf).map_err(|e| {
            if e.kind() == std::io::ErrorKind::InvalidData {
                std::io::Error::new(e.kind(), format!("line {}: {e}", self.line))
            } else {
                e
            }
        })?;
        for part in buf[..n].split_inclusive(|b| *b == b'\n') {
            self.line_bytes += part.len() as u64;
            if self.line_bytes > MAX_LINE_BYTES + 1 {
                return Err(std::io::Error::other(format!(
                    "line {}: the line is longer than {}, the longest a sheet's line may be",
                    self.line,
                    size_text(MAX_LINE_BYTES)
                )));
            }
            if part.ends_with(b"\n") {
                self.line += 1;
                self.line_bytes = 0;
            }
        }
        Ok(n)
    }
}

/// A CSV error as people read it: a refusal of [`Bounded`] as it is, others with
/// their line.
fn csv_error(e: csv::Error) -> String {
    match (e.kind(), e.position()) {
        (csv::ErrorKind::Io(io), _) => io.to_string(),
        (_, Some(pos)) => format!("line {}: {e}", pos.line()),
        (_, None) => e.to_string(),
    }
}

/// Refuses a cell longer than [`MAX_CELL_CHARS`], naming its row and column.
fn check_cells(place: &str, cells: &[String]) -> Result<(), String> {
    for (i, cell) in cells.iter().enumerate() {
        let chars = cell.chars().count();
        if chars > MAX_CELL_CHARS {
            return Err(format!(
                "{place}, column {}: the cell {} is longer than {MAX_CELL_CHARS} characters, the most a cell may hold",
                i + 1,
                excerpt(cell)
            ));
        }
    }
    Ok(())
}

/// Reads a CSV file (RFC 4180) in UTF-8, UTF-16 or Windows-874 ([`detect`], or
/// the encoding forced), separated by commas, semicolons or tabs ([`separator`]),
/// record by record: at most [`MAX_SHEET_BYTES`] in all, lines of at most
/// [`MAX_LINE_BYTES`], cells of at most [`MAX_CELL_CHARS`] characters. The table's
/// notes name an encoding other than UTF-8 and a separator other than the comma.
pub fn read_csv(path: &Path, forced: Option<TextEncoding>) -> Result<Table, String> {
    let (file, _) = open_sheet(path)?;
    let mut file = file.take(MAX_SHEET_BYTES + 1);
    let mut head = vec![0; MAX_LINE_BYTES as usize];
    let mut len = 0;
    while len < head.len() {
        match file.read(&mut head[len..]) {
            Ok(0) => break,
            Ok(n) => len += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e.to_string()),
        }
    }
    head.truncate(len);
    let whole = len < MAX_LINE_BYTES as usize;
    let (encoding, bom) = detect(&head, whole, forced)?;
    let (text, _) = encoding.decode_without_bom_handling(&head[bom..]);
    let sep = separator(&text);
    let mut notes = Vec::new();
    let mut read_as = Vec::new();
    if encoding != UTF_8 {
        read_as.push(format!("read as {}", encoding_name(encoding)));
    }
    match sep {
        b';' => read_as.push("separated by semicolons".to_owned()),
        b'\t' => read_as.push("separated by tabs".to_owned()),
        _ => {}
    }
    if !read_as.is_empty() {
        notes.push(read_as.join(", "));
    }
    head.drain(..bom);
    let bounded = Bounded {
        inner: Decoding::new(std::io::Cursor::new(head).chain(file), encoding),
        line: 1,
        line_bytes: 0,
    };
    // The header is read as the first record, so every record's line number is
    // counted from the top of the file. Records end at a line feed, so a line
    // that ends CR LF (as Excel writes them) is counted once, and its CR is
    // trimmed with the cell.
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(sep)
        .terminator(csv::Terminator::Any(b'\n'))
        .from_reader(bounded);
    let mut records = reader.records();
    let headers: Vec<String> = match records.next() {
        Some(h) => h
            .map_err(csv_error)?
            .iter()
            .map(|h| {
                h.trim_start_matches('\u{feff}')
                    .trim_end_matches('\r')
                    .to_owned()
            })
            .collect(),
        None => return Err("the file is empty".to_owned()),
    };
    check_cells("line 1", &headers)?;
    let mut rows = Vec::new();
    for record in records {
        let record = record.map_err(csv_error)?;
        let line = record.position().map_or(0, |p| p.line());
        let mut cells: Vec<String> = record.iter().map(str::to_owned).collect();
        if let Some(last) = cells.last_mut() {
            last.truncate(last.trim_end_matches('\r').len());
        }
        // A blank line (an empty row Excel left) is no row.
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if cells.len() != headers.len() {
            return Err(format!(
                "line {line}: found record with {} field{}, but the header has {}: every row has a cell for each column",
                cells.len(),
                if cells.len() == 1 { "" } else { "s" },
                headers.len()
            ));
        }
        check_cells(&format!("line {line}"), &cells)?;
        rows.push((line, cells));
    }
    Ok(Table {
        headers,
        rows,
        notes,
        sheet: None,
        windows_874: encoding == WINDOWS_874,
    })
}

/// A workbook cell as text: integral numbers without a decimal point.
fn cell_text(d: &calamine::Data) -> String {
    use calamine::Data;
    match d {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        other => other.to_string(),
    }
}

/// Reads the sheet of an Excel workbook that holds the code column.
///
/// The file must be a regular file of at most [`MAX_SHEET_BYTES`] (a workbook is
/// read by seeking in it), and every cell may hold at most [`MAX_CELL_CHARS`]
/// characters.
pub fn read_xlsx(path: &Path) -> Result<Table, String> {
    use calamine::Reader;
    let (_, meta) = open_sheet(path)?;
    if !meta.is_file() {
        return Err("a workbook must be a file: it is read by seeking in it".to_owned());
    }
    let is_xlsx = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx") || e.eq_ignore_ascii_case("xlsm"));
    if is_xlsx {
        return read_xlsx_cells(path);
    }
    let mut book = calamine::open_workbook_auto(path).map_err(|e| e.to_string())?;
    let names = book.sheet_names();
    pick_sheet(&names, |sheet| {
        let range = book.worksheet_range(sheet).map_err(|e| e.to_string())?;
        let first_row = u64::from(range.start().map_or(0, |(r, _)| r)) + 1;
        let mut rows = range.rows();
        let headers: Vec<String> = rows
            .next()
            .map(|r| r.iter().map(cell_text).collect())
            .unwrap_or_default();
        check_cells(&format!("row {first_row}"), &headers)?;
        let mut out = Vec::new();
        for (i, r) in rows.enumerate() {
            let row = first_row + 1 + i as u64;
            let cells: Vec<String> = r.iter().map(cell_text).collect();
            check_cells(&format!("row {row}"), &cells)?;
            out.push((row, cells));
        }
        Ok((headers, out))
    })
}

/// The sheet of a workbook that holds the code column (the first sheet when none
/// does), each read by `read` into its header and rows; an error names its sheet.
fn pick_sheet(
    names: &[String],
    mut read: impl FnMut(&str) -> Result<(Vec<String>, Vec<(u64, Vec<String>)>), String>,
) -> Result<Table, String> {
    let mut first = None;
    for name in names {
        let (headers, rows) = read(name).map_err(|e| format!("sheet {name}, {e}"))?;
        let table = Table {
            headers,
            rows,
            notes: Vec::new(),
            sheet: Some(name.clone()),
            windows_874: false,
        };
        if table
            .headers
            .iter()
            .any(|h| by_header(h).is_some_and(|c| c.key == "code"))
        {
            return Ok(table);
        }
        first.get_or_insert(table);
    }
    match first {
        None => Err("the workbook has no sheet".to_owned()),
        Some(t) if t.headers.is_empty() => Err(format!(
            "sheet {}: the sheet is empty",
            t.sheet.unwrap_or_default()
        )),
        Some(t) => Ok(t),
    }
}

/// Reads the sheet of an `.xlsx` that holds the code column, cell by cell, in memory that grows with the
/// cells it holds, not with the size its dimensions claim: a sheet using more than
/// [`MAX_SHEET_COLUMNS`] columns or holding more than [`MAX_SHEET_CELLS`] cells is
/// refused as soon as it passes the cap.
fn read_xlsx_cells(path: &Path) -> Result<Table, String> {
    use calamine::Reader;
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook(path).map_err(|e: calamine::XlsxError| e.to_string())?;
    let names = book.sheet_names();
    pick_sheet(&names, |sheet| {
        let mut cells = book
            .worksheet_cells_reader(sheet)
            .map_err(|e| e.to_string())?;
        let mut grid: std::collections::BTreeMap<u32, Vec<String>> =
            std::collections::BTreeMap::new();
        let mut count = 0u64;
        while let Some(cell) = cells.next_cell().map_err(|e| e.to_string())? {
            let (row, column) = cell.get_position();
            if column >= MAX_SHEET_COLUMNS {
                return Err(format!(
                    "row {}: the sheet uses column {}, past the {MAX_SHEET_COLUMNS} a sheet may use",
                    u64::from(row) + 1,
                    u64::from(column) + 1
                ));
            }
            count += 1;
            if count > MAX_SHEET_CELLS {
                return Err(format!(
                    "row {}: the sheet holds more than {MAX_SHEET_CELLS} cells; split it",
                    u64::from(row) + 1
                ));
            }
            let text = cell_text(&calamine::Data::from(cell.get_value().clone()));
            if text.is_empty() {
                continue;
            }
            let cells = grid.entry(row).or_default();
            let at = column as usize;
            if cells.len() <= at {
                cells.resize(at + 1, String::new());
            }
            cells[at] = text;
        }
        let width = grid.values().map(Vec::len).max().unwrap_or(0);
        let mut rows = grid.into_iter().map(|(row, mut cells)| {
            cells.resize(width, String::new());
            (u64::from(row) + 1, cells)
        });
        let Some((header_row, headers)) = rows.next() else {
            return Ok((Vec::new(), Vec::new()));
        };
        check_cells(&format!("row {header_row}"), &headers)?;
        let mut out = Vec::new();
        for (row, cells) in rows {
            check_cells(&format!("row {row}"), &cells)?;
            out.push((row, cells));
        }
        Ok((headers, out))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_formula_start_is_guarded_and_restored() {
        for start in FORMULA_START {
            let cell = format!("{start}SUM(A1:A2)");
            let guarded = guard(cell.clone());
            assert_eq!(guarded, format!("'{cell}"));
            assert_eq!(unguard(&guarded), cell);
        }
        assert_eq!(guard("ที่ว่าการอำเภอ".to_owned()), "ที่ว่าการอำเภอ");
        assert_eq!(unguard("'quoted on purpose"), "'quoted on purpose");
    }

    fn utf16le(text: &str) -> Vec<u8> {
        [0xFF, 0xFE]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect()
    }

    #[test]
    fn encodings_are_detected_by_their_mark_then_by_their_text() {
        let thai = "รหัสหน่วยงาน,หน่วยงาน\r\n0101010000001,ที่ว่าการอำเภอเมือง\r\n";
        let name = |head: &[u8], whole: bool, forced| {
            detect(head, whole, forced).map(|(e, bom)| (e.name(), bom))
        };
        assert_eq!(name(thai.as_bytes(), true, None), Ok(("UTF-8", 0)));
        let with_bom = [b"\xEF\xBB\xBF".as_slice(), thai.as_bytes()].concat();
        assert_eq!(name(&with_bom, true, None), Ok(("UTF-8", 3)));
        assert_eq!(name(&utf16le(thai), true, None), Ok(("UTF-16LE", 2)));
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain(thai.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(name(&be, true, None), Ok(("UTF-16BE", 2)));
        let (tis, _, _) = WINDOWS_874.encode(thai);
        assert_eq!(name(&tis, true, None), Ok(("windows-874", 0)));
        // UTF-8 cut in the middle of a letter by the end of what was read first.
        let cut = &thai.as_bytes()[..thai.len() - 4];
        assert_eq!(name(cut, false, None), Ok(("UTF-8", 0)));
        // Latin-1 (café, naïve) is not Thai, whichever bytes it shares.
        let latin = b"code,name_en\n0101010000001,Caf\xE9 \xE0 la gare\n";
        let refused = name(latin, true, None).unwrap_err();
        assert!(
            refused.contains("not UTF-8 (byte 0xE9 at offset 30)"),
            "{refused}"
        );
        // UTF-16 without its mark holds NUL bytes.
        assert!(
            name(&utf16le(thai)[2..], true, None)
                .unwrap_err()
                .contains("--encoding utf-16")
        );
        // Forced: as asked, a UTF-16 mark still telling which end comes first.
        assert_eq!(name(&tis, true, Some(TextEncoding::Utf8)), Ok(("UTF-8", 0)));
        assert_eq!(
            name(&be, true, Some(TextEncoding::Utf16)),
            Ok(("UTF-16BE", 2))
        );
        assert_eq!(
            name(&be[2..], true, Some(TextEncoding::Utf16)),
            Ok(("UTF-16LE", 0))
        );
        assert_eq!(
            name(thai.as_bytes(), true, Some(TextEncoding::Windows874)),
            Ok(("windows-874", 0))
        );
    }

    #[test]
    fn thai_is_plausible_and_other_text_read_as_thai_is_not() {
        assert!(plausible_thai("สำนักงานเขตบางรัก, เนื้อหา"));
        assert!(!plausible_thai("plain ASCII"), "no Thai letter");
        // Latin-1 é is a Thai tone mark, à a leading vowel: neither on a letter.
        let (cafe, _) = WINDOWS_874.decode_without_bom_handling(b"Caf\xE9");
        assert!(!plausible_thai(&cafe));
        let (a, _) = WINDOWS_874.decode_without_bom_handling(b"\xE0 la gare");
        assert!(!plausible_thai(&a));
    }

    #[test]
    fn separators_are_read_from_the_header_outside_quotes() {
        assert_eq!(separator("code,name_th\n1;2;3;4"), b',');
        assert_eq!(separator("code;name_th;email\n"), b';');
        assert_eq!(separator("code\tname_th\r\n"), b'\t');
        assert_eq!(
            separator("\"a;b;c\",d\n"),
            b',',
            "quoted separators do not count"
        );
        assert_eq!(separator("code\n"), b',');
    }

    #[test]
    fn misdecoded_thai_is_told_apart_from_thai() {
        let thai = "กรมการปกครอง สำนักงานจังหวัดชลบุรี";
        let (as_874, _) = WINDOWS_874.decode_without_bom_handling(thai.as_bytes());
        assert_eq!(
            misdecoded(&as_874),
            Some("Thai in UTF-8 read as Windows-874")
        );
        let (as_1252, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(thai.as_bytes());
        assert_eq!(
            misdecoded(&as_1252),
            Some("UTF-8 read as Latin-1 or Windows-1252")
        );
        // Twice: UTF-8 of the Latin-1 reading, read as Latin-1 again.
        let (twice, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(as_1252.as_bytes());
        assert!(misdecoded(&twice).is_some());
        for fine in [thai, "เธอ เนินเขา เน้นย้ำ", "São Paulo, Zürich, café", "Ã"]
        {
            assert_eq!(misdecoded(fine), None, "{fine}");
        }
    }

    #[test]
    fn a_question_mark_is_a_lost_character_only_where_windows_874_lacks_one() {
        assert!(lost_to_874("Caf? Amphoe", "Café Amphoe"));
        assert!(lost_to_874("Bang?Rak", "Bang\u{200b}Rak"));
        assert!(!lost_to_874("Café Amphoe", "Café Amphoe"), "the same");
        assert!(!lost_to_874("Caf? Amphoe?", "Café Amphoe"), "longer");
        assert!(!lost_to_874("Cafe?", "Cafeก"), "Windows-874 has ก");
        assert!(
            !lost_to_874("Cof? Amphoe", "Café Amphoe"),
            "another letter changed"
        );
    }

    #[test]
    fn moments_are_written_in_bangkok_time() {
        assert_eq!(
            bangkok_text("2024-05-01T14:30:00Z").as_deref(),
            Some("2024-05-01T21:30:00+07:00")
        );
        assert_eq!(
            bangkok_text("2024-05-01T21:30:00+07:00").as_deref(),
            Some("2024-05-01T21:30:00+07:00")
        );
        assert_eq!(bangkok_text("yesterday"), None);
    }

    #[test]
    fn headers_in_both_languages() {
        assert_eq!(by_header("\u{feff}รหัสหน่วยงาน").map(|c| c.key), Some("code"));
        assert_eq!(by_header(" name_en ").map(|c| c.key), Some("name_en"));
        assert!(by_header("colour").is_none());
    }
}
