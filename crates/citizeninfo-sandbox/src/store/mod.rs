//! Reading and writing the sandbox's records: SQL lives here and nowhere else.

pub(crate) mod accounts;
pub(crate) mod org;
pub(crate) mod points;
pub(crate) mod processes;
mod row;

use std::fmt::Display;
use std::str::FromStr;

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::Row;
use rusqlite::types::Type;

/// Now, to the second, as the service stamps records (by the sandbox's clock).
pub(crate) fn now() -> DateTime<Utc> {
    let t = crate::now::utc();
    DateTime::from_timestamp(t.timestamp(), 0).unwrap_or(t)
}

/// A timestamp as the database keeps it: RFC 3339 in UTC, sortable as text.
pub(crate) fn stamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn conversion_error(idx: usize, message: String) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(idx, Type::Text, message.into())
}

/// Reads a text column into anything that parses from text.
pub(crate) fn parsed<T>(row: &Row<'_>, idx: usize) -> rusqlite::Result<T>
where
    T: FromStr,
    T::Err: Display,
{
    let s: String = row.get(idx)?;
    s.parse()
        .map_err(|e: T::Err| conversion_error(idx, format!("{s:?}: {e}")))
}

/// Reads a nullable text column into anything that parses from text.
pub(crate) fn parsed_opt<T>(row: &Row<'_>, idx: usize) -> rusqlite::Result<Option<T>>
where
    T: FromStr,
    T::Err: Display,
{
    match row.get::<_, Option<String>>(idx)? {
        None => Ok(None),
        Some(_) => parsed(row, idx).map(Some),
    }
}

/// Reads a JSON text column.
pub(crate) fn json<T: serde::de::DeserializeOwned>(
    row: &Row<'_>,
    idx: usize,
) -> rusqlite::Result<T> {
    let s: String = row.get(idx)?;
    serde_json::from_str(&s).map_err(|e| conversion_error(idx, e.to_string()))
}

/// Reads a wire-named enum column (`"shown"`, `"head_agency"`, ...).
pub(crate) fn wire<T: serde::de::DeserializeOwned>(
    row: &Row<'_>,
    idx: usize,
) -> rusqlite::Result<T> {
    let s: String = row.get(idx)?;
    serde_json::from_value(serde_json::Value::String(s.clone()))
        .map_err(|e| conversion_error(idx, format!("{s:?}: {e}")))
}

/// Writes a wire-named enum as the database keeps it.
pub(crate) fn wire_name<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        other => format!("{other:?}"),
    }
}

/// A `LIKE` pattern matching `text` anywhere, with `%`, `_` and `\` escaped.
pub(crate) fn like_anywhere(text: &str) -> String {
    let mut p = String::with_capacity(text.len() + 2);
    p.push('%');
    for c in text.trim().chars() {
        if matches!(c, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(c);
    }
    p.push('%');
    p
}
