//! Opening hours in a form people type and read: `mon-fri 08:30-12:00,13:00-16:30; sat 09:00-12:00`.
//!
//! The text is a list of groups separated by `;`. Each group names its days, then
//! gives the time ranges every one of those days has:
//!
//! ```text
//! hours    := "closed" | group (";" group)*
//! group    := days WS (ranges | "closed")
//! days     := dayspec ("," dayspec)*
//! dayspec  := day | day "-" day
//! ranges   := range ("," range)*
//! range    := time "-" time
//! ```
//!
//! Whitespace around `;`, `,` and `-` is allowed, and `–` (en dash) works as `-`.
//! A day is `mon` to `sun`, an English name (`monday`), or a Thai abbreviation or
//! name (`จ`/`จันทร์`, `อ`/`อังคาร`, `พ`/`พุธ`, `พฤ`/`พฤหัส`/`พฤหัสบดี`, `ศ`/`ศุกร์`,
//! `ส`/`เสาร์`, `อา`/`อาทิตย์`, optionally with a leading `วัน` or a trailing `.`), in
//! any case. A day range runs forward through the week (`mon-fri`; `fri-mon` is
//! refused). A time is `HH:MM` (also `H:MM` and `HH.MM`) from `00:00` to `24:00`.
//!
//! As [`Checker::hours`](crate::checks::Checker::hours) requires, a range opens
//! before it closes, the ranges of a day do not overlap (one may start when the
//! previous one ends), and a week has at most [`MAX_OPENING_PERIODS`] periods. Each
//! day belongs to one group only; `closed` (or `ปิด`) states that the group's days
//! have no hours, and on its own means no hours at all; an empty text is refused,
//! and so is one longer than [`MAX_HOURS_CHARS`] characters.

use std::fmt::Write as _;

use crate::rules::{MAX_HOURS_CHARS, MAX_OPENING_PERIODS, excerpt};
use crate::{OpeningPeriod, TimeOfDay, Weekday};

/// Why a text is not opening hours, and where in it the trouble starts.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message} (at character {column} of {})", excerpt(.text))]
pub struct HoursError {
    /// The whole text that was parsed.
    pub text: String,
    /// Where the offending token starts: 1-based, counted in characters.
    pub column: usize,
    /// What is wrong, naming the offending token, and how to write it instead.
    pub message: String,
}

/// Every spelling of a day, in lower case; the first of each day is the canonical one.
const DAY_NAMES: &[(&str, Weekday)] = &[
    ("mon", Weekday::Mon),
    ("tue", Weekday::Tue),
    ("wed", Weekday::Wed),
    ("thu", Weekday::Thu),
    ("fri", Weekday::Fri),
    ("sat", Weekday::Sat),
    ("sun", Weekday::Sun),
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
    (Weekday::Mon.name_th(), Weekday::Mon),
    ("จันทร์", Weekday::Mon),
    (Weekday::Tue.name_th(), Weekday::Tue),
    ("อังคาร", Weekday::Tue),
    (Weekday::Wed.name_th(), Weekday::Wed),
    ("พุธ", Weekday::Wed),
    (Weekday::Thu.name_th(), Weekday::Thu),
    ("พฤหัส", Weekday::Thu),
    ("พฤหัสบดี", Weekday::Thu),
    (Weekday::Fri.name_th(), Weekday::Fri),
    ("ศุกร์", Weekday::Fri),
    (Weekday::Sat.name_th(), Weekday::Sat),
    ("เสาร์", Weekday::Sat),
    (Weekday::Sun.name_th(), Weekday::Sun),
    ("อาทิตย์", Weekday::Sun),
];

/// The English full names, which a typed prefix (`tues`, `thurs`) is suggested from.
const FULL_NAMES: [(&str, Weekday); 7] = [
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

/// The words that mean "no hours".
const CLOSED_WORDS: [&str; 2] = ["closed", "ปิด"];

/// Parses the readable form into periods sorted by day and time, without duplicates.
///
/// Just `closed` gives no periods; an empty text is refused. Every error names the offending
/// token and the character it starts at.
pub fn parse(text: &str) -> Result<Vec<OpeningPeriod>, HoursError> {
    let chars = text.chars().count();
    if chars > MAX_HOURS_CHARS {
        return Err(HoursError {
            text: text.to_owned(),
            column: MAX_HOURS_CHARS + 1,
            message: format!(
                "the text is {chars} characters long; opening hours are written in at most {MAX_HOURS_CHARS}"
            ),
        });
    }
    let tokens = lex(text);
    let fail = |fault: Fault| HoursError {
        text: text.to_owned(),
        column: fault.column,
        message: fault.message,
    };
    if let [only] = tokens.as_slice()
        && only.kind == Kind::Word
        && is_closed(only.str(text))
    {
        return Ok(Vec::new());
    }
    // An empty text (an unset shell variable, say) must not wipe a week's hours.
    if tokens.iter().all(|t| t.kind == Kind::Semi) {
        return Err(HoursError {
            text: text.to_owned(),
            column: 1,
            message: "no hours were given: write days and times such as \"mon-fri 08:30-16:30\", or \"closed\" for none".to_owned(),
        });
    }
    // For each day, where the day spec that gave it starts.
    let mut given: [Option<usize>; 7] = [None; 7];
    let mut periods = Vec::new();
    for group_tokens in tokens.split(|t| t.kind == Kind::Semi) {
        let Some(first) = group_tokens.first() else {
            continue;
        };
        let group = parse_group(text, group_tokens).map_err(fail)?;
        for (day, spec) in Weekday::ALL.into_iter().zip(group.days) {
            let Some(spec) = spec else {
                continue;
            };
            let index = day as usize;
            if let Some(earlier) = given[index] {
                return Err(fail(Fault {
                    column: spec.column,
                    message: format!(
                        "{} is given twice, in \"{}\" here and at character {earlier}; \
                         give each day's hours in one group only",
                        day.as_str(),
                        spec.text
                    ),
                }));
            }
            given[index] = Some(spec.column);
            periods.extend(group.ranges.iter().map(|r| OpeningPeriod {
                day,
                open: r.open,
                close: r.close,
            }));
        }
        if periods.len() > MAX_OPENING_PERIODS {
            return Err(fail(Fault {
                column: first.column,
                message: format!(
                    "the group starting \"{}\" brings the week to {} opening periods; at most \
                     {MAX_OPENING_PERIODS} are allowed",
                    first.str(text),
                    periods.len()
                ),
            }));
        }
    }
    periods.sort();
    periods.dedup();
    Ok(periods)
}

/// Writes periods in the readable form that [`parse`] reads back unchanged.
///
/// Consecutive days with the same ranges share a group (`mon-fri`); days with no
/// periods are left out, and a week without any is `closed`. The periods may come in
/// any order; ones that break the rules are written as they are.
pub fn format(hours: &[OpeningPeriod]) -> String {
    format_with(hours, Weekday::as_str)
}

/// The same, with the days as the back office writes them in Thai
/// (`จ-ศ 08:30-16:30`), which [`parse`] reads back too.
pub fn format_th(hours: &[OpeningPeriod]) -> String {
    format_with(hours, Weekday::name_th)
}

fn format_with(hours: &[OpeningPeriod], day: fn(Weekday) -> &'static str) -> String {
    let mut sorted = hours.to_vec();
    sorted.sort();
    sorted.dedup();
    let mut week: [Vec<(TimeOfDay, TimeOfDay)>; 7] = Default::default();
    for p in &sorted {
        week[p.day as usize].push((p.open, p.close));
    }
    let mut out = String::new();
    let mut first = 0;
    while first < week.len() {
        if week[first].is_empty() {
            first += 1;
            continue;
        }
        let mut last = first;
        while last + 1 < week.len() && week[last + 1] == week[first] {
            last += 1;
        }
        if !out.is_empty() {
            out.push_str("; ");
        }
        out.push_str(day(Weekday::ALL[first]));
        if last > first {
            out.push('-');
            out.push_str(day(Weekday::ALL[last]));
        }
        out.push(' ');
        for (i, (open, close)) in week[first].iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            let _ = write!(out, "{open}-{close}");
        }
        first = last + 1;
    }
    if out.is_empty() {
        "closed".to_owned()
    } else {
        out
    }
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Letters: a day or `closed`.
    Word,
    /// Starts with a digit: a time, perhaps malformed.
    Time,
    /// `-`.
    Dash,
    /// `,`.
    Comma,
    /// `;`.
    Semi,
}

/// One token of the text.
#[derive(Debug, Clone, Copy)]
struct Token {
    kind: Kind,
    /// Byte offsets in the text.
    start: usize,
    end: usize,
    /// 1-based character column of its first character.
    column: usize,
}

impl Token {
    /// The token as typed.
    fn str(self, text: &str) -> &str {
        &text[self.start..self.end]
    }
}

/// A problem found while parsing: where, and what.
struct Fault {
    column: usize,
    message: String,
}

impl Fault {
    /// A fault at a token.
    fn at(token: Token, message: String) -> Fault {
        Fault {
            column: token.column,
            message,
        }
    }
}

/// True for a character that separates tokens by itself.
fn is_separator(c: char) -> bool {
    matches!(c, '-' | '–' | ',' | ';')
}

/// Splits the text into tokens; whitespace only separates them.
fn lex(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().enumerate().peekable();
    while let Some((n, (start, c))) = chars.next() {
        let kind = match c {
            c if c.is_whitespace() => continue,
            '-' | '–' => Kind::Dash,
            ',' => Kind::Comma,
            ';' => Kind::Semi,
            c if c.is_ascii_digit() => Kind::Time,
            _ => Kind::Word,
        };
        let mut end = start + c.len_utf8();
        if matches!(kind, Kind::Word | Kind::Time) {
            while let Some(&(_, (at, d))) = chars.peek() {
                let continues = if kind == Kind::Time {
                    d.is_ascii_digit() || d == ':' || d == '.'
                } else {
                    !(d.is_whitespace() || is_separator(d) || d.is_ascii_digit())
                };
                if !continues {
                    break;
                }
                end = at + d.len_utf8();
                chars.next();
            }
        }
        tokens.push(Token {
            kind,
            start,
            end,
            column: n + 1,
        });
    }
    tokens
}

/// A word in lower case, without a trailing `.` or a leading `วัน`.
fn normalize(word: &str) -> String {
    let lower = word.to_lowercase();
    let bare = lower.strip_suffix('.').unwrap_or(&lower);
    match bare.strip_prefix("วัน") {
        Some(rest) if !rest.is_empty() => rest.to_owned(),
        _ => bare.to_owned(),
    }
}

/// The day a word names, if it names one.
fn day_named(word: &str) -> Option<Weekday> {
    let word = normalize(word);
    DAY_NAMES
        .iter()
        .find(|(name, _)| *name == word)
        .map(|&(_, day)| day)
}

/// True for `closed` and its Thai equivalent.
fn is_closed(word: &str) -> bool {
    CLOSED_WORDS.contains(&normalize(word).as_str())
}

/// The day name nearest to a word that names none, when one is near enough.
fn suggest_day(word: &str) -> Option<&'static str> {
    let word = normalize(word);
    let typed: Vec<char> = word.chars().collect();
    if typed.len() >= 2
        && let Some((_, day)) = FULL_NAMES.iter().find(|(name, _)| name.starts_with(&word))
    {
        return Some(day.as_str());
    }
    DAY_NAMES
        .iter()
        .map(|&(name, _)| {
            let candidate: Vec<char> = name.chars().collect();
            let distance = edit_distance(&typed, &candidate);
            let longer = typed.len().max(candidate.len());
            (distance, longer, name)
        })
        .filter(|&(distance, longer, _)| distance * 3 <= longer)
        .min_by_key(|&(distance, _, _)| distance)
        .map(|(_, _, name)| name)
}

/// Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`.
fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}

/// Days written in week order, runs of consecutive days as ranges: `mon-wed,fri`.
fn days_label(days: &[bool; 7]) -> String {
    let mut out = String::new();
    let mut first = 0;
    while first < days.len() {
        if !days[first] {
            first += 1;
            continue;
        }
        let mut last = first;
        while last + 1 < days.len() && days[last + 1] {
            last += 1;
        }
        if !out.is_empty() {
            out.push(',');
        }
        out.push_str(Weekday::ALL[first].as_str());
        if last > first {
            out.push('-');
            out.push_str(Weekday::ALL[last].as_str());
        }
        first = last + 1;
    }
    out
}

/// A day spec as typed: where it starts and its text.
#[derive(Debug, Clone, Copy)]
struct DaySpec<'a> {
    column: usize,
    text: &'a str,
}

/// A time range as typed.
#[derive(Debug, Clone, Copy)]
struct Range<'a> {
    open: TimeOfDay,
    close: TimeOfDay,
    column: usize,
    text: &'a str,
}

/// One `;`-separated group, parsed.
struct Group<'a> {
    /// For each day of the week, the first day spec of the group that gives it.
    days: [Option<DaySpec<'a>>; 7],
    /// The ranges every one of those days has; none for `closed`.
    ranges: Vec<Range<'a>>,
}

/// Walks the tokens of one group.
struct Cursor<'t, 'a> {
    text: &'a str,
    tokens: &'t [Token],
    pos: usize,
}

impl<'a> Cursor<'_, 'a> {
    /// The next token, left in place.
    fn peek(&self) -> Option<Token> {
        self.tokens.get(self.pos).copied()
    }

    /// The next token, taken.
    fn next(&mut self) -> Option<Token> {
        let token = self.peek();
        if token.is_some() {
            self.pos += 1;
        }
        token
    }

    /// The token taken last.
    fn previous(&self) -> Option<Token> {
        self.pos
            .checked_sub(1)
            .and_then(|i| self.tokens.get(i).copied())
    }

    /// A token as typed.
    fn str(&self, token: Token) -> &'a str {
        token.str(self.text)
    }

    /// The text from the start of one token to the end of another.
    fn span(&self, from: Token, to: Token) -> &'a str {
        &self.text[from.start..to.end]
    }

    /// A fault when the group ends where something was expected after the last token.
    fn ended(&self, wanted: &str) -> Fault {
        match self.previous() {
            Some(last) => Fault::at(
                last,
                format!("expected {wanted} after \"{}\"", self.str(last)),
            ),
            None => Fault {
                column: 1,
                message: format!("expected {wanted}"),
            },
        }
    }
}

/// Parses one group: its days, then its ranges or `closed`.
fn parse_group<'a>(text: &'a str, tokens: &[Token]) -> Result<Group<'a>, Fault> {
    let mut cur = Cursor {
        text,
        tokens,
        pos: 0,
    };
    let mut days: [Option<DaySpec<'a>>; 7] = [None; 7];
    let mut first_token = None;
    loop {
        let (from, to, spec) = day_spec(&mut cur)?;
        first_token.get_or_insert(spec.column);
        for slot in &mut days[from as usize..=to as usize] {
            slot.get_or_insert(spec);
        }
        match cur.peek() {
            Some(t) if t.kind == Kind::Comma => {
                cur.next();
            }
            _ => break,
        }
    }
    let present = days.map(|d| d.is_some());
    let label = days_label(&present);
    let days_column = first_token.unwrap_or(1);
    let days_text = match (tokens.first(), cur.previous()) {
        (Some(&a), Some(b)) => cur.span(a, b),
        _ => "",
    };

    let mut ranges = Vec::new();
    match cur.peek() {
        None => {
            return Err(Fault {
                column: days_column,
                message: format!(
                    "no hours given for \"{days_text}\": add time ranges such as \
                     08:30-16:30, or write \"{days_text} closed\""
                ),
            });
        }
        Some(t) if t.kind == Kind::Word && is_closed(cur.str(t)) => {
            cur.next();
            if let Some(extra) = cur.peek() {
                return Err(Fault::at(
                    extra,
                    format!(
                        "\"{}\" after \"closed\": closed days have no times; end the group \
                         with \";\"",
                        cur.str(extra)
                    ),
                ));
            }
        }
        Some(t) if t.kind == Kind::Time => loop {
            ranges.push(range(&mut cur)?);
            match cur.next() {
                None => break,
                Some(comma) if comma.kind == Kind::Comma => match cur.peek() {
                    Some(t) if t.kind == Kind::Time => {}
                    Some(t) if t.kind == Kind::Word && is_closed(cur.str(t)) => {
                        return Err(Fault::at(
                            t,
                            format!(
                                "\"{}\" among time ranges: a day is either open at the \
                                 given times or closed",
                                cur.str(t)
                            ),
                        ));
                    }
                    Some(t) => {
                        return Err(Fault::at(
                            t,
                            format!(
                                "expected a time range such as 13:00-16:30 after \",\", \
                                 found \"{}\"",
                                cur.str(t)
                            ),
                        ));
                    }
                    None => return Err(cur.ended("a time range such as 13:00-16:30")),
                },
                Some(t) if t.kind == Kind::Time => {
                    return Err(Fault::at(
                        t,
                        format!(
                            "expected \",\" between time ranges, found \"{}\"",
                            cur.str(t)
                        ),
                    ));
                }
                Some(t) => {
                    let hint = if t.kind == Kind::Word {
                        "; separate groups of days with \";\""
                    } else {
                        ""
                    };
                    let last = ranges.last().map_or("", |r| r.text);
                    return Err(Fault::at(
                        t,
                        format!(
                            "expected \",\" or \";\" after \"{last}\", found \"{}\"{hint}",
                            cur.str(t)
                        ),
                    ));
                }
            }
        },
        Some(t) if t.kind == Kind::Word && day_named(cur.str(t)).is_some() => {
            return Err(Fault::at(
                t,
                format!(
                    "expected times after \"{days_text}\", found another day \"{}\": join \
                     days with \",\" or \"-\" (mon,wed or mon-fri)",
                    cur.str(t)
                ),
            ));
        }
        Some(t) => {
            return Err(Fault::at(
                t,
                format!(
                    "expected time ranges such as 08:30-16:30, or \"closed\", after \
                     \"{days_text}\"; found \"{}\"",
                    cur.str(t)
                ),
            ));
        }
    }

    let mut sorted = ranges.clone();
    sorted.sort_by_key(|r| (r.open, r.close));
    sorted.dedup_by_key(|r| (r.open, r.close));
    for pair in sorted.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if b.open < a.close {
            let (earlier, later) = if a.column < b.column { (a, b) } else { (b, a) };
            return Err(Fault {
                column: later.column,
                message: format!(
                    "on {label}, \"{}\" overlaps \"{}\": a day's ranges must not overlap",
                    later.text, earlier.text
                ),
            });
        }
    }
    Ok(Group {
        days,
        ranges: sorted,
    })
}

/// Parses `day` or `day-day`: the first and last day, and the spec as typed.
fn day_spec<'a>(cur: &mut Cursor<'_, 'a>) -> Result<(Weekday, Weekday, DaySpec<'a>), Fault> {
    let (from, first) = day(cur)?;
    if cur.peek().is_none_or(|t| t.kind != Kind::Dash) {
        let spec = DaySpec {
            column: first.column,
            text: cur.str(first),
        };
        return Ok((from, from, spec));
    }
    cur.next();
    let (to, last) = day(cur)?;
    let text = cur.span(first, last);
    if to < from {
        let head = if to == Weekday::Mon {
            "mon".to_owned()
        } else {
            format!("mon-{}", to.as_str())
        };
        let tail = if from == Weekday::Sun {
            "sun".to_owned()
        } else {
            format!("{}-sun", from.as_str())
        };
        return Err(Fault::at(
            first,
            format!(
                "day range \"{text}\" runs backwards: weeks here run from mon to sun, so write \
                 \"{head},{tail}\""
            ),
        ));
    }
    Ok((
        from,
        to,
        DaySpec {
            column: first.column,
            text,
        },
    ))
}

/// Parses one day name.
fn day(cur: &mut Cursor<'_, '_>) -> Result<(Weekday, Token), Fault> {
    let after = cur.previous();
    let Some(token) = cur.next() else {
        return Err(cur.ended("a day"));
    };
    let word = cur.str(token);
    match token.kind {
        Kind::Word => {
            if let Some(day) = day_named(word) {
                return Ok((day, token));
            }
            let message = if after.is_none() && is_closed(word) {
                format!(
                    "\"{word}\" needs the days it applies to, e.g. \"sat-sun {word}\"; only \
                     the whole text may be just \"{word}\""
                )
            } else if let Some(name) = suggest_day(word) {
                format!("unknown day \"{word}\"; did you mean \"{name}\"?")
            } else {
                format!(
                    "unknown day \"{word}\": write mon, tue, wed, thu, fri, sat or sun, an \
                     English name, or Thai จ, อ, พ, พฤ, ศ, ส or อา"
                )
            };
            Err(Fault::at(token, message))
        }
        Kind::Time if after.is_none() => Err(Fault::at(
            token,
            format!(
                "found the time \"{word}\" where the group's days should be; name the days \
                 first, e.g. \"mon-fri {word}-16:30\""
            ),
        )),
        _ => {
            let message = match after {
                Some(a) => format!("expected a day after \"{}\", found \"{word}\"", cur.str(a)),
                None => format!("expected a day, found \"{word}\""),
            };
            Err(Fault::at(token, message))
        }
    }
}

/// Parses `time-time`; the cursor is at a time token.
fn range<'a>(cur: &mut Cursor<'_, 'a>) -> Result<Range<'a>, Fault> {
    let Some(first) = cur.next() else {
        return Err(cur.ended("a time range such as 08:30-16:30"));
    };
    let open = time(cur, first)?;
    let open_text = cur.str(first);
    let dash = match cur.next() {
        Some(t) if t.kind == Kind::Dash => t,
        Some(t) => {
            return Err(Fault::at(
                t,
                format!(
                    "expected \"-\" and a closing time after \"{open_text}\", found \"{}\"",
                    cur.str(t)
                ),
            ));
        }
        None => {
            return Err(Fault::at(
                first,
                format!(
                    "\"{open_text}\" has no closing time: write a range such as \
                     {open_text}-16:30"
                ),
            ));
        }
    };
    let typed = cur.span(first, dash);
    let last = match cur.next() {
        Some(t) if t.kind == Kind::Time => t,
        Some(t) => {
            return Err(Fault::at(
                t,
                format!(
                    "expected a closing time after \"{typed}\", found \"{}\"",
                    cur.str(t)
                ),
            ));
        }
        None => {
            return Err(Fault::at(
                first,
                format!("range \"{typed}\" has no closing time: write HH:MM after the \"-\""),
            ));
        }
    };
    let close = time(cur, last)?;
    let text = cur.span(first, last);
    if close <= open {
        let message = if close == open {
            format!("range \"{text}\" opens and closes at {open}: it must open before it closes")
        } else {
            format!("range \"{text}\" closes at {close}, before it opens at {open}")
        };
        return Err(Fault::at(first, message));
    }
    Ok(Range {
        open,
        close,
        column: first.column,
        text,
    })
}

/// Reads a time token.
fn time(cur: &Cursor<'_, '_>, token: Token) -> Result<TimeOfDay, Fault> {
    cur.str(token)
        .parse::<TimeOfDay>()
        .map_err(|message| Fault::at(token, message))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thai_days_are_written_as_the_back_office_writes_them_and_read_back() {
        let week = parse("mon-fri 08:30-16:30; sat 09:00-12:00").unwrap();
        assert_eq!(format_th(&week), "จ-ศ 08:30-16:30; ส 09:00-12:00");
        assert_eq!(parse(&format_th(&week)).unwrap(), week);
        let sunday = parse("sun 10:00-11:00").unwrap();
        assert_eq!(format_th(&sunday), "อา 10:00-11:00");
    }
    use crate::checks::Checker;

    fn t(s: &str) -> TimeOfDay {
        s.parse().expect("a valid time")
    }

    fn p(day: Weekday, open: &str, close: &str) -> OpeningPeriod {
        OpeningPeriod {
            day,
            open: t(open),
            close: t(close),
        }
    }

    fn ok(text: &str) -> Vec<OpeningPeriod> {
        match parse(text) {
            Ok(hours) => hours,
            Err(e) => panic!("{text:?} should parse: {e}"),
        }
    }

    fn err(text: &str) -> HoursError {
        match parse(text) {
            Ok(hours) => panic!("{text:?} should not parse, got {hours:?}"),
            Err(e) => e,
        }
    }

    /// Asserts the error's column and that its message mentions every fragment.
    fn assert_err(text: &str, column: usize, fragments: &[&str]) {
        let e = err(text);
        assert_eq!(e.text, text);
        assert_eq!(e.column, column, "column of {text:?}: {e}");
        for fragment in fragments {
            assert!(
                e.message.contains(fragment),
                "message for {text:?} lacks {fragment:?}: {}",
                e.message
            );
        }
    }

    fn passes_checker(hours: &[OpeningPeriod]) -> bool {
        let mut checker = Checker::new();
        checker.hours("hours", hours);
        checker.finish().is_ok()
    }

    fn office_week() -> Vec<OpeningPeriod> {
        let mut week = Vec::new();
        for day in [
            Weekday::Mon,
            Weekday::Tue,
            Weekday::Wed,
            Weekday::Thu,
            Weekday::Fri,
        ] {
            week.push(p(day, "08:30", "12:00"));
            week.push(p(day, "13:00", "16:30"));
        }
        week.push(p(Weekday::Sat, "09:00", "12:00"));
        week
    }

    #[test]
    fn parses_the_example() {
        let hours = ok("mon-fri 08:30-12:00,13:00-16:30; sat 09:00-12:00");
        assert_eq!(hours, office_week());
        assert!(passes_checker(&hours));
    }

    #[test]
    fn formats_the_example() {
        assert_eq!(
            format(&office_week()),
            "mon-fri 08:30-12:00,13:00-16:30; sat 09:00-12:00"
        );
        let mut shuffled = office_week();
        shuffled.reverse();
        shuffled.push(shuffled[0]);
        assert_eq!(
            format(&shuffled),
            "mon-fri 08:30-12:00,13:00-16:30; sat 09:00-12:00"
        );
    }

    #[test]
    fn format_keeps_separate_runs_apart() {
        let hours = vec![
            p(Weekday::Mon, "08:00", "12:00"),
            p(Weekday::Wed, "08:00", "12:00"),
            p(Weekday::Thu, "08:00", "12:00"),
            p(Weekday::Fri, "09:00", "12:00"),
            p(Weekday::Sun, "08:00", "12:00"),
        ];
        let text = format(&hours);
        assert_eq!(
            text,
            "mon 08:00-12:00; wed-thu 08:00-12:00; fri 09:00-12:00; sun 08:00-12:00"
        );
        assert_eq!(ok(&text), hours);
        assert_eq!(format(&[]), "closed");
        assert_eq!(
            format(&[p(Weekday::Sat, "20:00", "24:00")]),
            "sat 20:00-24:00"
        );
    }

    #[test]
    fn closed_means_no_hours_and_nothing_is_refused() {
        for text in ["closed", "CLOSED", " Closed ", "ปิด"] {
            assert_eq!(ok(text), Vec::new(), "{text:?}");
        }
        for text in ["", "   ", ";", " ; ;"] {
            assert!(parse(text).is_err(), "{text:?}");
        }
        assert_eq!(
            ok("sat-sun closed; mon 08:00-12:00"),
            vec![p(Weekday::Mon, "08:00", "12:00")]
        );
        assert_eq!(ok("mon-sun closed"), Vec::new());
        assert_eq!(ok(&format(&[])), Vec::new());
    }

    #[test]
    fn whitespace_around_separators_is_allowed() {
        let hours = ok("  mon - fri   08:30 - 12:00 ,13:00-16:30 ;sat\t09:00 -12:00 ; ");
        assert_eq!(hours, office_week());
        assert_eq!(ok("mon , wed 08:00-09:00").len(), 2);
    }

    #[test]
    fn day_lists_and_ranges_combine() {
        assert_eq!(
            ok("mon,wed,fri 08:00-12:00"),
            vec![
                p(Weekday::Mon, "08:00", "12:00"),
                p(Weekday::Wed, "08:00", "12:00"),
                p(Weekday::Fri, "08:00", "12:00"),
            ]
        );
        assert_eq!(
            ok("mon-tue,thu 08:00-12:00"),
            vec![
                p(Weekday::Mon, "08:00", "12:00"),
                p(Weekday::Tue, "08:00", "12:00"),
                p(Weekday::Thu, "08:00", "12:00"),
            ]
        );
        // A day named twice in one group, and a range given twice, count once.
        assert_eq!(
            ok("mon,mon-tue 08:00-12:00,08:00-12:00"),
            vec![
                p(Weekday::Mon, "08:00", "12:00"),
                p(Weekday::Tue, "08:00", "12:00"),
            ]
        );
        assert_eq!(
            ok("sat-sat 09:00-10:00"),
            vec![p(Weekday::Sat, "09:00", "10:00")]
        );
    }

    #[test]
    fn every_day_name_is_understood() {
        for &(name, day) in DAY_NAMES {
            assert_eq!(
                ok(&format!("{name} 08:00-09:00")),
                vec![p(day, "08:00", "09:00")],
                "{name}"
            );
        }
        let expected = ok("mon-fri 08:30-16:30; sat 09:00-12:00; sun 10:00-11:00");
        for text in [
            "Monday-FRIDAY 08:30-16:30; Saturday 09:00-12:00; SUN 10:00-11:00",
            "จ-ศ 08:30-16:30; ส 09:00-12:00; อา 10:00-11:00",
            "จันทร์-ศุกร์ 08:30-16:30; เสาร์ 09:00-12:00; อาทิตย์ 10:00-11:00",
            "วันจันทร์-วันศุกร์ 08:30-16:30; วันเสาร์ 09:00-12:00; วันอาทิตย์ 10:00-11:00",
            "จ.-ศ. 08:30-16:30; ส. 09:00-12:00; อา. 10:00-11:00",
            "mon-พฤหัส,fri 08:30-16:30; sat 09:00-12:00; sun 10:00-11:00",
            "mon-fri 08:30–16:30; sat 09:00-12:00; sun 10:00-11:00",
        ] {
            assert_eq!(ok(text), expected, "{text}");
        }
        assert_eq!(ok("พ,พฤ 08:00-09:00"), ok("wed-thu 08:00-09:00"));
        assert_eq!(ok("อ,อา 08:00-09:00"), ok("tue,sun 08:00-09:00"));
    }

    #[test]
    fn times_take_several_forms() {
        assert_eq!(
            ok("mon 8:30-12.00,13.00-24:00"),
            vec![
                p(Weekday::Mon, "08:30", "12:00"),
                p(Weekday::Mon, "13:00", "24:00"),
            ]
        );
        // Ranges may touch: one starts when the previous ends.
        assert_eq!(ok("mon 08:00-12:00,12:00-16:00").len(), 2);
        assert_eq!(
            ok("mon 00:00-24:00"),
            vec![p(Weekday::Mon, "00:00", "24:00")]
        );
    }

    #[test]
    fn unknown_days_are_named_with_a_suggestion() {
        assert_err("mno 08:00-12:00", 1, &["\"mno\"", "did you mean \"mon\""]);
        assert_err(
            "mon-fir 08:00-12:00",
            5,
            &["\"fir\"", "did you mean \"fri\""],
        );
        assert_err(
            "thurs 08:00-12:00",
            1,
            &["\"thurs\"", "did you mean \"thu\""],
        );
        assert_err("tues 08:00-12:00", 1, &["did you mean \"tue\""]);
        assert_err("wendesday 08:00-12:00", 1, &["did you mean \"wednesday\""]);
        assert_err("จันทร 08:00-12:00", 1, &["did you mean \"จันทร์\""]);
        assert_err("mon:08:00-12:00", 1, &["\"mon:\"", "did you mean \"mon\""]);
        let e = err("xyz 08:00-12:00");
        assert_eq!(e.column, 1);
        assert!(e.message.contains("\"xyz\""), "{e}");
        assert!(!e.message.contains("did you mean"), "{e}");
        let e = err("ข 08:00-12:00");
        assert!(!e.message.contains("did you mean"), "{e}");
    }

    #[test]
    fn day_ranges_must_run_forward() {
        assert_err(
            "fri-mon 08:00-12:00",
            1,
            &["\"fri-mon\"", "backwards", "\"mon,fri-sun\""],
        );
        assert_err(
            "mon 08:00-09:00; sun-tue 08:00-12:00",
            18,
            &["\"sun-tue\"", "\"mon-tue,sun\""],
        );
        assert_err("ศ-จ 08:00-12:00", 1, &["\"ศ-จ\"", "backwards"]);
    }

    #[test]
    fn malformed_times_explain_the_form() {
        assert_err("mon 8-12", 5, &["\"8\"", "HH:MM"]);
        assert_err("mon 08:00-25:00", 11, &["\"25:00\"", "HH:MM"]);
        assert_err("mon 08:60-09:00", 5, &["\"08:60\"", "HH:MM"]);
        assert_err("mon 0830-1200", 5, &["\"0830\"", "HH:MM"]);
        assert_err("mon 08:00:00-12:00", 5, &["\"08:00:00\"", "HH:MM"]);
        assert_err("mon 08:3-12:00", 5, &["\"08:3\"", "HH:MM"]);
    }

    #[test]
    fn ranges_must_open_before_they_close() {
        assert_err(
            "mon 12:00-08:00",
            5,
            &["\"12:00-08:00\"", "before it opens"],
        );
        assert_err(
            "mon 08:00-08:00",
            5,
            &["\"08:00-08:00\"", "open before it closes"],
        );
        assert_err("mon 24:00-24:00", 5, &["\"24:00-24:00\""]);
    }

    #[test]
    fn overlaps_name_the_day_and_both_ranges() {
        assert_err(
            "mon-fri 08:00-12:00,11:00-13:00",
            21,
            &["mon-fri", "\"11:00-13:00\"", "\"08:00-12:00\"", "overlap"],
        );
        assert_err(
            "sat 13:00-16:00,08:00-14:00",
            17,
            &["on sat", "\"08:00-14:00\" overlaps \"13:00-16:00\""],
        );
        assert_err("sun 08:00-16:00,09:00-10:00", 17, &["on sun"]);
    }

    #[test]
    fn a_day_belongs_to_one_group() {
        assert_err(
            "mon-fri 08:00-12:00; fri 13:00-16:00",
            22,
            &["fri is given twice", "\"fri\"", "character 1"],
        );
        assert_err(
            "sat closed; mon 08:00-12:00; sat 09:00-12:00",
            30,
            &["sat is given twice", "character 1"],
        );
        assert_err(
            "sat 08:00-09:00; mon-sun 08:00-12:00",
            18,
            &["sat is given twice", "\"mon-sun\""],
        );
    }

    #[test]
    fn structure_errors_point_at_the_token() {
        assert_err("08:00-12:00", 1, &["\"08:00\"", "days"]);
        assert_err("mon", 1, &["no hours", "\"mon\"", "closed"]);
        assert_err("mon-fri; sat 08:00-12:00", 1, &["no hours", "\"mon-fri\""]);
        assert_err("mon 08:00", 5, &["\"08:00\"", "no closing time"]);
        assert_err("mon 08:00-", 5, &["\"08:00-\"", "no closing time"]);
        assert_err("mon 08:00-12:00,", 16, &["after \",\""]);
        assert_err("mon 08:00 12:00", 11, &["\"12:00\""]);
        assert_err("mon 08:00-12:00 13:00-16:00", 17, &["\",\"", "\"13:00\""]);
        assert_err("mon 08:00-12:00 tue 09:00-10:00", 17, &["\"tue\"", "\";\""]);
        assert_err("mon fri 08:00-12:00", 5, &["another day \"fri\""]);
        assert_err("mon xyz", 5, &["\"xyz\"", "closed"]);
        assert_err("mon closed,08:00-12:00", 11, &["\",\"", "closed"]);
        assert_err("mon 08:00-12:00,closed", 17, &["\"closed\""]);
        assert_err(
            "closed; mon 08:00-12:00",
            1,
            &["\"closed\"", "sat-sun closed"],
        );
        assert_err(
            "mon, 08:00-12:00",
            6,
            &["expected a day after \",\"", "\"08:00\""],
        );
        assert_err("mon-", 4, &["a day after \"-\""]);
        assert_err("mon-, 08:00", 5, &["a day after \"-\"", "\",\""]);
        assert_err("mon 08:00-,", 11, &["\"08:00-\"", "\",\""]);
        assert_err(", mon 08:00-12:00", 1, &["expected a day, found \",\""]);
        assert_err("mon 08:00-12:00-16:00", 16, &["\"-\""]);
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        // "จันทร์" is six characters; the second group's day starts at character 21.
        let text = "จันทร์ 08:00-12:00; จ 09:00-10:00";
        let e = err(text);
        assert_eq!(e.column, 21);
        assert!(e.message.contains("mon is given twice, in \"จ\""), "{e}");
        assert_err("อาทิตย์ 8:0-9:00", 9, &["\"8:0\""]);
    }

    #[test]
    fn errors_display_the_text_readably() {
        let e = err("จ-ศ 12:00-08:00");
        assert_eq!(
            e.to_string(),
            "range \"12:00-08:00\" closes at 08:00, before it opens at 12:00 \
             (at character 5 of \"จ-ศ 12:00-08:00\")"
        );
    }

    #[test]
    fn a_week_has_at_most_the_allowed_periods() {
        let seven = "00:00-01:00,02:00-03:00,04:00-05:00,06:00-07:00,08:00-09:00,\
                     10:00-11:00,12:00-13:00";
        assert_eq!(ok(&format!("mon-sat {seven}")).len(), 42);
        assert_err(
            &format!("mon-sat {seven}; sun 08:00-09:00"),
            94,
            &["43", &MAX_OPENING_PERIODS.to_string()],
        );
    }

    /// A tiny deterministic generator (xorshift64*), so the tests need no new crate.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }

        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }
    }

    fn minute(m: u64) -> TimeOfDay {
        let m = u16::try_from(m).expect("a small number");
        TimeOfDay::new(m / 60, m % 60).expect("at most 24:00")
    }

    /// Up to three non-overlapping ranges of one day, sometimes touching.
    fn random_day(rng: &mut Rng) -> Vec<(TimeOfDay, TimeOfDay)> {
        let count = rng.below(4);
        let mut points: Vec<u64> = (0..count * 2).map(|_| rng.below(24 * 60 + 1)).collect();
        points.sort_unstable();
        points.dedup();
        if points.len() % 2 == 1 {
            points.pop();
        }
        let mut ranges: Vec<(u64, u64)> = points.chunks(2).map(|c| (c[0], c[1])).collect();
        for i in 1..ranges.len() {
            if rng.below(3) == 0 {
                ranges[i].0 = ranges[i - 1].1;
            }
        }
        ranges
            .into_iter()
            .map(|(open, close)| (minute(open), minute(close)))
            .collect()
    }

    /// A valid week, often with neighbouring days sharing their hours.
    fn random_week(rng: &mut Rng) -> Vec<OpeningPeriod> {
        let mut week = Vec::new();
        let mut previous: Vec<(TimeOfDay, TimeOfDay)> = Vec::new();
        for day in Weekday::ALL {
            let ranges = match rng.below(4) {
                0 | 1 => previous.clone(),
                2 if rng.below(2) == 0 => Vec::new(),
                _ => random_day(rng),
            };
            week.extend(
                ranges
                    .iter()
                    .map(|&(open, close)| OpeningPeriod { day, open, close }),
            );
            previous = ranges;
        }
        week.sort();
        week
    }

    #[test]
    fn format_then_parse_gives_back_every_valid_week() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let mut shapes = std::collections::HashSet::new();
        for _ in 0..3000 {
            let week = random_week(&mut rng);
            assert!(passes_checker(&week), "generated an invalid week {week:?}");
            let text = format(&week);
            let back = match parse(&text) {
                Ok(back) => back,
                Err(e) => panic!("{text:?} does not parse back: {e}"),
            };
            assert_eq!(back, week, "{text}");
            assert_eq!(format(&back), text);
            shapes.insert(text.matches(';').count());
        }
        // The generator reached weeks of one group up to seven groups, and closed ones.
        assert!(shapes.len() >= 6, "{shapes:?}");
    }

    #[test]
    fn parse_never_panics_and_accepts_only_valid_weeks() {
        let pieces = [
            "mon",
            "fri",
            "Sat",
            "จ",
            "ศุกร์",
            "พฤ",
            "closed",
            "08:00",
            "12:00",
            "24:00",
            "8.30",
            "25:00",
            "1",
            "-",
            "–",
            ",",
            ";",
            " ",
            "  ",
            "x",
            ".",
            ":",
            "วัน",
        ];
        let mut rng = Rng(42);
        let mut parsed = 0;
        for _ in 0..20_000 {
            let len = rng.below(10);
            let text: String = (0..len)
                .map(|_| pieces[rng.below(pieces.len() as u64) as usize])
                .collect();
            match parse(&text) {
                Ok(hours) => {
                    parsed += 1;
                    assert!(passes_checker(&hours), "{text:?} gave {hours:?}");
                    assert!(hours.windows(2).all(|w| w[0] < w[1]), "{text:?}");
                    assert_eq!(ok(&format(&hours)), hours, "{text:?}");
                }
                Err(e) => {
                    let chars = text.chars().count();
                    assert!(
                        (1..=chars.max(1)).contains(&e.column),
                        "{text:?}: column {} of {chars}",
                        e.column
                    );
                    assert!(!e.message.is_empty());
                }
            }
        }
        assert!(parsed > 100, "only {parsed} texts parsed");
    }
}
