//! Human text forms of domain values: opening hours people type, dates as the back
//! office shows them.

pub mod hours;
pub mod thai_date;
