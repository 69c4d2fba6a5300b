//! Dates as the back office shows them: Buddhist era, Thai month abbreviations, Bangkok time.
//!
//! Thailand keeps UTC+7 all year (no daylight saving), so a fixed offset is exact.
//! The Buddhist era (พ.ศ.) counts 543 years more than the Gregorian one.

use chrono::{DateTime, Datelike, FixedOffset, Timelike, Utc};

/// Bangkok time, UTC+7.
const BANGKOK: FixedOffset = match FixedOffset::east_opt(7 * 3600) {
    Some(offset) => offset,
    None => panic!("UTC+7 is a valid offset"),
};

/// Years from the Gregorian era to the Buddhist era.
const BUDDHIST_ERA_OFFSET: i32 = 543;

/// The back office's month abbreviations, January first.
const MONTHS: [&str; 12] = [
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
];

/// The instant in Bangkok time.
fn bangkok(t: DateTime<Utc>) -> DateTime<FixedOffset> {
    t.with_timezone(&BANGKOK)
}

/// The Thai abbreviation of the month of a Bangkok date.
fn month(local: &DateTime<FixedOffset>) -> &'static str {
    MONTHS[local.month0() as usize]
}

/// The Buddhist-era year of a Bangkok date.
fn buddhist_year(local: &DateTime<FixedOffset>) -> i32 {
    local.year() + BUDDHIST_ERA_OFFSET
}

/// Day, month, two-digit Buddhist year and Bangkok time: `16 เม.ย. 63, 09.03 น.`.
pub fn short(t: DateTime<Utc>) -> String {
    let local = bangkok(t);
    format!(
        "{} {} {:02}, {:02}.{:02} น.",
        local.day(),
        month(&local),
        buddhist_year(&local).rem_euclid(100),
        local.hour(),
        local.minute()
    )
}

/// Day, month and full Buddhist year of the Bangkok date, no time: `16 เม.ย. 2563`.
#[allow(
    dead_code,
    reason = "the long date form, for sheets and reports that show a day without its time"
)]
pub fn date(t: DateTime<Utc>) -> String {
    let local = bangkok(t);
    format!(
        "{} {} {}",
        local.day(),
        month(&local),
        buddhist_year(&local)
    )
}

/// Gregorian date and Bangkok time for English tables: `2020-04-16 09:03`.
pub fn english(t: DateTime<Utc>) -> String {
    bangkok(t).format("%Y-%m-%d %H:%M").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32, s: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, mo, d, h, mi, s)
            .single()
            .expect("a valid UTC instant")
    }

    #[test]
    fn the_example_instant() {
        let t: DateTime<Utc> = "2020-04-16T02:03:00Z".parse().expect("RFC 3339");
        assert_eq!(short(t), "16 เม.ย. 63, 09.03 น.");
        assert_eq!(date(t), "16 เม.ย. 2563");
        assert_eq!(english(t), "2020-04-16 09:03");
    }

    #[test]
    fn the_day_changes_across_the_offset() {
        let t = at(2023, 12, 31, 20, 0, 0);
        assert_eq!(short(t), "1 ม.ค. 67, 03.00 น.");
        assert_eq!(date(t), "1 ม.ค. 2567");
        assert_eq!(english(t), "2024-01-01 03:00");

        // The last second before Bangkok's midnight, and midnight itself.
        let before = at(1999, 12, 31, 16, 59, 59);
        assert_eq!(short(before), "31 ธ.ค. 42, 23.59 น.");
        assert_eq!(date(before), "31 ธ.ค. 2542");
        assert_eq!(english(before), "1999-12-31 23:59");
        let midnight = at(1999, 12, 31, 17, 0, 0);
        assert_eq!(short(midnight), "1 ม.ค. 43, 00.00 น.");
        assert_eq!(date(midnight), "1 ม.ค. 2543");
        assert_eq!(english(midnight), "2000-01-01 00:00");
    }

    #[test]
    fn short_years_are_two_digits_zero_padded() {
        assert_eq!(short(at(2000, 6, 1, 0, 0, 0)), "1 มิ.ย. 43, 07.00 น.");
        assert_eq!(short(at(2007, 6, 1, 0, 0, 0)), "1 มิ.ย. 50, 07.00 น.");
        assert_eq!(short(at(2010, 6, 1, 0, 0, 0)), "1 มิ.ย. 53, 07.00 น.");
        // 2057 CE is 2600 BE; 2066 CE is 2609 BE.
        assert_eq!(short(at(2057, 6, 1, 0, 0, 0)), "1 มิ.ย. 00, 07.00 น.");
        assert_eq!(short(at(2066, 6, 1, 0, 0, 0)), "1 มิ.ย. 09, 07.00 น.");
        assert_eq!(date(at(2066, 6, 1, 0, 0, 0)), "1 มิ.ย. 2609");
    }

    #[test]
    fn days_are_not_padded_but_hours_and_minutes_are() {
        let t = at(2024, 3, 4, 22, 5, 0); // 5 March 2024, 05:05 in Bangkok
        assert_eq!(short(t), "5 มี.ค. 67, 05.05 น.");
        assert_eq!(date(t), "5 มี.ค. 2567");
        assert_eq!(english(t), "2024-03-05 05:05");
        let t = at(2024, 11, 25, 16, 59, 0); // 23:59 in Bangkok
        assert_eq!(short(t), "25 พ.ย. 67, 23.59 น.");
    }

    #[test]
    fn every_month_has_its_abbreviation() {
        let expected = [
            "ม.ค.",
            "ก.พ.",
            "มี.ค.",
            "เม.ย.",
            "พ.ค.",
            "มิ.ย.",
            "ก.ค.",
            "ส.ค.",
            "ก.ย.",
            "ต.ค.",
            "พ.ย.",
            "ธ.ค.",
        ];
        for (m, abbreviation) in (1..=12).zip(expected) {
            let t = at(2021, m, 15, 3, 0, 0);
            assert_eq!(short(t), format!("15 {abbreviation} 64, 10.00 น."));
            assert_eq!(date(t), format!("15 {abbreviation} 2564"));
            assert_eq!(english(t), format!("2021-{m:02}-15 10:00"));
        }
    }

    #[test]
    fn seconds_are_dropped_not_rounded() {
        let t = at(2020, 2, 29, 2, 3, 59);
        assert_eq!(short(t), "29 ก.พ. 63, 09.03 น.");
        assert_eq!(english(t), "2020-02-29 09:03");
    }
}
