//! [`Lenient`]: a code that may be one the catalogue does not know yet.

use std::fmt;

use crate::SpecEnum;

/// A code read leniently: a known value, or the raw string of one the catalogue does not
/// know yet. Use it for codes inside your own structs, so that one new code Amazon starts
/// sending cannot make a whole response unreadable. (The generated enums themselves stay
/// strict: parsing an unknown string into them is an error.)
///
/// ```
/// use amzpay_errors::{Lenient, V2ReasonCode};
///
/// let known: Lenient<V2ReasonCode> = Lenient::parse("SoftDeclined");
/// assert_eq!(known.known(), Some(V2ReasonCode::SoftDeclined));
/// let new: Lenient<V2ReasonCode> = Lenient::parse("BrandNewReason");
/// assert_eq!(new.known(), None);
/// assert_eq!(new.as_str(), "BrandNewReason");
/// ```
///
/// With the `serde` feature it deserializes from any string and never fails on an unknown
/// one; it serializes as the string.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lenient<T> {
    /// A code the catalogue knows.
    Known(T),
    /// A code it does not know yet, as sent.
    Unknown(String),
}

impl<T: SpecEnum> Lenient<T> {
    /// Reads `s`; it is never an error.
    #[must_use]
    pub fn parse(s: &str) -> Self {
        s.parse()
            .map_or_else(|_| Lenient::Unknown(s.to_owned()), Lenient::Known)
    }

    /// The known value, if it is one.
    #[must_use]
    pub fn known(&self) -> Option<T> {
        match self {
            Lenient::Known(v) => Some(*v),
            Lenient::Unknown(_) => None,
        }
    }

    /// The code as sent.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Lenient::Known(v) => v.as_str(),
            Lenient::Unknown(s) => s,
        }
    }
}

impl<T: SpecEnum> From<T> for Lenient<T> {
    fn from(v: T) -> Self {
        Lenient::Known(v)
    }
}

impl<T: SpecEnum> fmt::Display for Lenient<T> {
    /// Writes the code as sent.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl<T: SpecEnum> serde::Serialize for Lenient<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl<'de, T: SpecEnum> serde::Deserialize<'de> for Lenient<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V<T>(std::marker::PhantomData<T>);
        impl<T: SpecEnum> serde::de::Visitor<'_> for V<T> {
            type Value = Lenient<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "a {} code string", T::NAME)
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Lenient<T>, E> {
                Ok(Lenient::parse(v))
            }
        }
        deserializer.deserialize_str(V(std::marker::PhantomData))
    }
}
