//! Scalars read strictly: YAML is generous with types, a spec must not be.
//!
//! A plain YAML scalar may be read as almost anything; `retryable: "false"` would become
//! `false` and `http_status: "503"` would become `503`. These wrappers accept only the YAML
//! type that is meant: a boolean written `true` or `false`, an unquoted integer.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};
use serde_saphyr::Spanned;

/// A boolean written as the plain scalar `true` or `false`, nothing else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StrictBool(pub bool);

impl<'de> Deserialize<'de> for StrictBool {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = StrictBool;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("`true` or `false` (unquoted)")
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<StrictBool, E> {
                Ok(StrictBool(v))
            }
        }
        deserializer.deserialize_any(V)
    }
}

/// An unsigned integer written as a plain YAML number, never as a quoted string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StrictU64(pub u64);

impl<'de> Deserialize<'de> for StrictU64 {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = StrictU64;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an unquoted whole number, 0 or more")
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<StrictU64, E> {
                // Also what a whole number too large for 64 bits arrives as.
                Err(E::custom(
                    "expected an unquoted whole number, 0 or more, that fits in 64 bits",
                ))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<StrictU64, E> {
                Ok(StrictU64(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<StrictU64, E> {
                u64::try_from(v)
                    .map(StrictU64)
                    .map_err(|_| E::invalid_value(de::Unexpected::Signed(v), &self))
            }
        }
        deserializer.deserialize_any(V)
    }
}

/// A YAML mapping kept in document order, with the location of every key.
///
/// Used where the keys are names the spec defines elsewhere (widget names), so that an
/// unknown key can be reported at its own line.
#[derive(Debug, Clone)]
pub struct OrderedMap<V>(pub Vec<(Spanned<String>, V)>);

impl<'de, V: Deserialize<'de>> Deserialize<'de> for OrderedMap<V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visit<V>(std::marker::PhantomData<V>);
        impl<'de, V: Deserialize<'de>> Visitor<'de> for Visit<V> {
            type Value = OrderedMap<V>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a mapping")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    entries.push(entry);
                }
                Ok(OrderedMap(entries))
            }
        }
        deserializer.deserialize_map(Visit(std::marker::PhantomData))
    }
}
