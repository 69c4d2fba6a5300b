//! A row read into a wire model by serde, member by member: each member is the
//! value of a column found by its name, kept as the field registry's
//! [`Storage`] says, or a value the store computes. Nothing is read by position.

use rusqlite::Statement;
use rusqlite::types::ValueRef;
use serde::Deserializer;
use serde::de::value::{BorrowedStrDeserializer, Error, MapDeserializer};
use serde::de::{self, IntoDeserializer, Visitor};

use citizeninfo_api::fields::Storage;

/// One member's value.
pub(crate) enum Cell<'a> {
    /// A column's value, kept as its storage says.
    Kept(ValueRef<'a>, Storage),
    /// A value the store computes from others.
    Computed(serde_json::Value),
}

impl Cell<'_> {
    /// A value the store computes, read as a member like the others.
    pub(crate) fn computed(value: &impl serde::Serialize) -> rusqlite::Result<Cell<'static>> {
        serde_json::to_value(value)
            .map(Cell::Computed)
            .map_err(|e| conversion_error(&e))
    }
}

fn conversion_error(e: &dyn std::fmt::Display) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        0,
        rusqlite::types::Type::Text,
        format!("a stored record does not read as the wire model: {e}").into(),
    )
}

/// The text of a text column.
fn text(bytes: &[u8]) -> Result<&str, Error> {
    std::str::from_utf8(bytes)
        .map_err(|e| de::Error::custom(format!("text that is not UTF-8: {e}")))
}

impl<'de> Deserializer<'de> for Cell<'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Cell::Computed(value) => value.deserialize_any(visitor).map_err(de::Error::custom),
            Cell::Kept(ValueRef::Null, _) => visitor.visit_unit(),
            Cell::Kept(ValueRef::Integer(n), _) => visitor.visit_i64(n),
            Cell::Kept(ValueRef::Real(x), _) => visitor.visit_f64(x),
            Cell::Kept(ValueRef::Text(t), Storage::Hours) => {
                let mut json = serde_json::Deserializer::from_str(text(t)?);
                let value = (&mut json)
                    .deserialize_any(visitor)
                    .map_err(de::Error::custom)?;
                json.end().map_err(de::Error::custom)?;
                Ok(value)
            }
            Cell::Kept(ValueRef::Text(t), _) => visitor.visit_borrowed_str(text(t)?),
            Cell::Kept(ValueRef::Blob(_), _) => Err(de::Error::custom(
                "bytes where the field registry says a value is kept",
            )),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Cell::Kept(ValueRef::Null, _) | Cell::Computed(serde_json::Value::Null) => {
                visitor.visit_none()
            }
            cell => visitor.visit_some(cell),
        }
    }

    /// A wire-named enum (`"shown"`, `"head_agency"`) is kept as its name.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self {
            Cell::Kept(ValueRef::Text(t), _) => {
                visitor.visit_enum(BorrowedStrDeserializer::<Error>::new(text(t)?))
            }
            Cell::Computed(value) => value
                .deserialize_enum(name, variants, visitor)
                .map_err(de::Error::custom),
            cell => cell.deserialize_any(visitor),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple
        tuple_struct map struct identifier ignored_any
    }
}

impl<'de> IntoDeserializer<'de, Error> for Cell<'de> {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

/// Where a statement's columns are, found once by name for all the rows it reads.
pub(crate) fn indices(stmt: &Statement<'_>, names: &[&str]) -> rusqlite::Result<Vec<usize>> {
    names.iter().map(|n| stmt.column_index(n)).collect()
}

/// Reads a wire model from its members, each a key and its value.
pub(crate) fn read<'de, T: serde::Deserialize<'de>>(
    members: Vec<(&'static str, Cell<'de>)>,
) -> rusqlite::Result<T> {
    // The map deserializer checks that every member was read.
    T::deserialize(MapDeserializer::new(members.into_iter()))
        .map_err(|e: Error| conversion_error(&e))
}
