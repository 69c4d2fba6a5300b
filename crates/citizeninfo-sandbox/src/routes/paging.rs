//! Cursor pagination: a page ends at a key, and the next page starts after it, so
//! records added or changed meanwhile never shift a page.

use std::str::FromStr;

use crate::error::{ApiError, ApiResult};
use citizeninfo_api::rules::MAX_PAGE_SIZE;

/// Page size when none is asked for.
const DEFAULT_PAGE_SIZE: u32 = 100;

/// The page size asked for, checked.
pub(super) fn limit(asked: Option<u32>) -> ApiResult<u32> {
    match asked {
        None => Ok(DEFAULT_PAGE_SIZE),
        Some(n) if (1..=MAX_PAGE_SIZE).contains(&n) => Ok(n),
        Some(n) => Err(ApiError::bad_parameter(
            "limit",
            format!("{n} is out of range: a page holds 1 to {MAX_PAGE_SIZE} records"),
        )),
    }
}

/// The opaque cursor for a page ending at `key`.
pub(super) fn encode(key: &str) -> String {
    key.bytes().map(|b| format!("{:02x}", b ^ 0x5a)).collect()
}

/// The key a cursor stands for.
pub(super) fn decode<T: FromStr>(cursor: Option<&str>) -> ApiResult<Option<T>> {
    let Some(cursor) = cursor else {
        return Ok(None);
    };
    let bad = || {
        ApiError::bad_parameter(
            "cursor",
            format!(
                "{} is not a cursor this service gave out",
                citizeninfo_api::rules::excerpt(cursor)
            ),
        )
    };
    if cursor.len() % 2 != 0 || !cursor.is_ascii() {
        return Err(bad());
    }
    let bytes = (0..cursor.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&cursor[i..i + 2], 16).map(|b| b ^ 0x5a))
        .collect::<Result<Vec<u8>, _>>()
        .map_err(|_| bad())?;
    let key = String::from_utf8(bytes).map_err(|_| bad())?;
    key.parse().map(Some).map_err(|_| bad())
}

#[cfg(test)]
mod tests {
    use super::*;
    use citizeninfo_api::PointCode;

    #[test]
    fn cursors_round_trip() {
        let c = encode("0113030601000");
        assert_eq!(
            decode::<PointCode>(Some(&c)).unwrap().unwrap().as_str(),
            "0113030601000"
        );
        assert!(decode::<PointCode>(Some("zz")).is_err());
        assert!(decode::<PointCode>(Some("00")).is_err());
    }
}
