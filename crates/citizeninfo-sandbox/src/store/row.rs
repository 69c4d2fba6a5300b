//! A wire model's members to and from the columns that keep them, through serde:
//! a row is read into a model member by member, each member the value of a column
//! found by its name (or a value the store computes), kept as the field registry's
//! [`Storage`] says; and a model's members are written into the values of their
//! columns, by wire key. Nothing is read or written by position.

use rusqlite::Statement;
use rusqlite::types::{Value, ValueRef};
use serde::de::value::{BorrowedStrDeserializer, Error, MapDeserializer};
use serde::de::{self, IntoDeserializer, Visitor};
use serde::ser::{self, Impossible, SerializeStruct};
use serde::{Deserializer, Serialize, Serializer};

use citizeninfo_api::OpeningPeriod;
use citizeninfo_api::fields::Storage;

/// One member's value.
pub(crate) enum Cell<'a> {
    /// A column's value, kept as its storage says.
    Kept(ValueRef<'a>, Storage),
    /// A value the store computes from others.
    Computed(serde_json::Value),
    /// A column that could not be read, and why.
    Unread(String),
}

impl<'a> Cell<'a> {
    /// A column's value, as its storage says it is kept.
    pub(crate) fn of(value: rusqlite::Result<ValueRef<'a>>, storage: Storage) -> Cell<'a> {
        match value {
            Ok(value) => Cell::Kept(value, storage),
            Err(e) => Cell::Unread(e.to_string()),
        }
    }

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
            Cell::Unread(e) => Err(de::Error::custom(e)),
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

    /// A member the model does not have (a summary read from a whole row) is passed
    /// over unread.
    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple
        tuple_struct map struct identifier
    }
}

impl<'de> IntoDeserializer<'de, Error> for Cell<'de> {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

/// A member's wire key, read as borrowed text: a key the model does not name
/// itself (a flattened summary's) is kept aside without a copy.
struct Key(&'static str);

impl<'de> IntoDeserializer<'de, Error> for Key {
    type Deserializer = BorrowedStrDeserializer<'de, Error>;

    fn into_deserializer(self) -> Self::Deserializer {
        BorrowedStrDeserializer::new(self.0)
    }
}

/// Where a statement's columns are, found once by name for all the rows it reads.
pub(crate) fn indices(stmt: &Statement<'_>, names: &[&str]) -> rusqlite::Result<Vec<usize>> {
    names.iter().map(|n| stmt.column_index(n)).collect()
}

/// Reads a wire model from its members, each a key and its value.
pub(crate) fn read<'de, T: serde::Deserialize<'de>>(
    members: impl Iterator<Item = (&'static str, Cell<'de>)>,
) -> rusqlite::Result<T> {
    // The map deserializer checks that every member was read.
    let members = members.map(|(key, cell)| (Key(key), cell));
    T::deserialize(MapDeserializer::new(members)).map_err(|e: Error| conversion_error(&e))
}

/// Why a wire model's members could not be written into columns.
#[derive(Debug)]
pub(crate) struct WriteError(String);

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for WriteError {}

impl ser::Error for WriteError {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        WriteError(msg.to_string())
    }
}

/// Writes a wire model's members into the values of the columns that keep them:
/// `columns` are the members kept, by wire key, with their storage; the answer has
/// one value for each, `None` for a member the model leaves out. A member in
/// `not_kept` is passed over; any other member that is not a column is an error, as
/// is a model that is not a record.
pub(crate) fn write(
    model: &impl Serialize,
    columns: &[(&'static str, Storage)],
    not_kept: &[&str],
) -> Result<Vec<Option<Value>>, WriteError> {
    let mut record = Record {
        columns,
        not_kept,
        values: vec![None; columns.len()],
    };
    model.serialize(&mut record)?;
    Ok(record.values)
}

/// The values of a record's columns, as [`write`] fills them.
struct Record<'c> {
    columns: &'c [(&'static str, Storage)],
    not_kept: &'c [&'c str],
    values: Vec<Option<Value>>,
}

impl SerializeStruct for &mut Record<'_> {
    type Ok = ();
    type Error = WriteError;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), WriteError> {
        if self.not_kept.contains(&key) {
            return Ok(());
        }
        let Some(i) = self.columns.iter().position(|(k, _)| *k == key) else {
            return Err(WriteError(format!(
                "{key}, which is no field the store keeps"
            )));
        };
        let value = match self.columns[i].1 {
            Storage::Hours => hours(value)?,
            _ => value.serialize(Kept)?,
        };
        self.values[i] = Some(value);
        Ok(())
    }

    fn end(self) -> Result<(), WriteError> {
        Ok(())
    }
}

/// Opening hours as their column keeps them: the JSON of the periods, sorted.
fn hours<T: Serialize + ?Sized>(value: &T) -> Result<Value, WriteError> {
    let text = serde_json::to_string(value).map_err(|e| WriteError(e.to_string()))?;
    let mut periods: Vec<OpeningPeriod> =
        serde_json::from_str(&text).map_err(|e| WriteError(format!("opening hours: {e}")))?;
    if periods.is_sorted() {
        return Ok(Value::Text(text));
    }
    periods.sort();
    serde_json::to_string(&periods)
        .map(Value::Text)
        .map_err(|e| WriteError(e.to_string()))
}

/// Refuses what is not a record.
macro_rules! not_a_record {
    ($($method:ident($($arg:ty),*) -> $ok:ty;)*) => {
        $(fn $method(self, $(_: $arg),*) -> Result<$ok, WriteError> {
            Err(WriteError("a wire model that is not a record".to_owned()))
        })*
    };
}

impl<'r, 'c> Serializer for &'r mut Record<'c> {
    type Ok = ();
    type Error = WriteError;
    type SerializeSeq = Impossible<(), WriteError>;
    type SerializeTuple = Impossible<(), WriteError>;
    type SerializeTupleStruct = Impossible<(), WriteError>;
    type SerializeTupleVariant = Impossible<(), WriteError>;
    type SerializeMap = Impossible<(), WriteError>;
    type SerializeStruct = Self;
    type SerializeStructVariant = Impossible<(), WriteError>;

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self, WriteError> {
        Ok(self)
    }

    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<(), WriteError> {
        Err(WriteError("a wire model that is not a record".to_owned()))
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<(), WriteError> {
        Err(WriteError("a wire model that is not a record".to_owned()))
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), WriteError> {
        Err(WriteError("a wire model that is not a record".to_owned()))
    }

    not_a_record! {
        serialize_bool(bool) -> ();
        serialize_i8(i8) -> ();
        serialize_i16(i16) -> ();
        serialize_i32(i32) -> ();
        serialize_i64(i64) -> ();
        serialize_u8(u8) -> ();
        serialize_u16(u16) -> ();
        serialize_u32(u32) -> ();
        serialize_u64(u64) -> ();
        serialize_f32(f32) -> ();
        serialize_f64(f64) -> ();
        serialize_char(char) -> ();
        serialize_str(&str) -> ();
        serialize_bytes(&[u8]) -> ();
        serialize_none() -> ();
        serialize_unit() -> ();
        serialize_unit_struct(&'static str) -> ();
        serialize_unit_variant(&'static str, u32, &'static str) -> ();
        serialize_seq(Option<usize>) -> Self::SerializeSeq;
        serialize_tuple(usize) -> Self::SerializeTuple;
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct;
        serialize_tuple_variant(&'static str, u32, &'static str, usize) -> Self::SerializeTupleVariant;
        serialize_map(Option<usize>) -> Self::SerializeMap;
        serialize_struct_variant(&'static str, u32, &'static str, usize) -> Self::SerializeStructVariant;
    }
}

/// One member's value as its column keeps it: text, a number, or null.
struct Kept;

/// Refuses what a column does not keep.
macro_rules! not_kept {
    ($($method:ident($($arg:ty),*) -> $ok:ty;)*) => {
        $(fn $method(self, $(_: $arg),*) -> Result<$ok, WriteError> {
            Err(WriteError("a value no column keeps (a list or a record)".to_owned()))
        })*
    };
}

impl Serializer for Kept {
    type Ok = Value;
    type Error = WriteError;
    type SerializeSeq = Impossible<Value, WriteError>;
    type SerializeTuple = Impossible<Value, WriteError>;
    type SerializeTupleStruct = Impossible<Value, WriteError>;
    type SerializeTupleVariant = Impossible<Value, WriteError>;
    type SerializeMap = Impossible<Value, WriteError>;
    type SerializeStruct = Impossible<Value, WriteError>;
    type SerializeStructVariant = Impossible<Value, WriteError>;

    fn serialize_bool(self, v: bool) -> Result<Value, WriteError> {
        Ok(Value::Integer(i64::from(v)))
    }
    fn serialize_i8(self, v: i8) -> Result<Value, WriteError> {
        Ok(Value::Integer(i64::from(v)))
    }
    fn serialize_i16(self, v: i16) -> Result<Value, WriteError> {
        Ok(Value::Integer(i64::from(v)))
    }
    fn serialize_i32(self, v: i32) -> Result<Value, WriteError> {
        Ok(Value::Integer(i64::from(v)))
    }
    fn serialize_i64(self, v: i64) -> Result<Value, WriteError> {
        Ok(Value::Integer(v))
    }
    fn serialize_u8(self, v: u8) -> Result<Value, WriteError> {
        Ok(Value::Integer(i64::from(v)))
    }
    fn serialize_u16(self, v: u16) -> Result<Value, WriteError> {
        Ok(Value::Integer(i64::from(v)))
    }
    fn serialize_u32(self, v: u32) -> Result<Value, WriteError> {
        Ok(Value::Integer(i64::from(v)))
    }
    fn serialize_u64(self, v: u64) -> Result<Value, WriteError> {
        i64::try_from(v)
            .map(Value::Integer)
            .map_err(|_| WriteError(format!("{v} is too large for a column")))
    }
    fn serialize_f32(self, v: f32) -> Result<Value, WriteError> {
        Ok(Value::Real(f64::from(v)))
    }
    fn serialize_f64(self, v: f64) -> Result<Value, WriteError> {
        Ok(Value::Real(v))
    }
    fn serialize_char(self, v: char) -> Result<Value, WriteError> {
        Ok(Value::Text(v.to_string()))
    }
    fn serialize_str(self, v: &str) -> Result<Value, WriteError> {
        Ok(Value::Text(v.to_owned()))
    }
    fn serialize_none(self) -> Result<Value, WriteError> {
        Ok(Value::Null)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<Value, WriteError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<Value, WriteError> {
        Ok(Value::Null)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<Value, WriteError> {
        Ok(Value::Null)
    }
    /// A wire-named enum (`"shown"`, `"head_agency"`) is kept as its name.
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<Value, WriteError> {
        Ok(Value::Text(variant.to_owned()))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<Value, WriteError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<Value, WriteError> {
        Err(WriteError(
            "a value no column keeps (a list or a record)".to_owned(),
        ))
    }

    not_kept! {
        serialize_bytes(&[u8]) -> Value;
        serialize_seq(Option<usize>) -> Self::SerializeSeq;
        serialize_tuple(usize) -> Self::SerializeTuple;
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct;
        serialize_tuple_variant(&'static str, u32, &'static str, usize) -> Self::SerializeTupleVariant;
        serialize_map(Option<usize>) -> Self::SerializeMap;
        serialize_struct(&'static str, usize) -> Self::SerializeStruct;
        serialize_struct_variant(&'static str, u32, &'static str, usize) -> Self::SerializeStructVariant;
    }
}
