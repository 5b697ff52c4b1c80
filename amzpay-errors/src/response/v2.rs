//! v2 JSON error bodies: `{"reasonCode": "...", "message": "..."}`.
//!
//! Read with a hand-written serde visitor rather than a derive, so that the runtime crate
//! does not pull serde's proc macro into every dependent's build.

use std::borrow::Cow;
use std::fmt;

use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};

/// The two fields of a v2 error body, borrowed from the body where they hold no escapes;
/// anything else in it is skipped.
pub(super) struct V2Error<'de> {
    pub reason_code: Option<Cow<'de, str>>,
    pub message: Option<Cow<'de, str>>,
}

/// A string borrowed from the input when it can be, owned when it had escapes.
struct Text<'de>(Cow<'de, str>);

impl<'de> Deserialize<'de> for Text<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Text<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E>(self, v: String) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(v)))
            }
        }
        deserializer.deserialize_str(V)
    }
}

impl<'de> Deserialize<'de> for V2Error<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = V2Error<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a v2 error object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<V2Error<'de>, A::Error> {
                let mut error = V2Error {
                    reason_code: None,
                    message: None,
                };
                while let Some(key) = map.next_key::<Text<'de>>()? {
                    match key.0.as_ref() {
                        "reasonCode" => {
                            error.reason_code = map.next_value::<Option<Text<'de>>>()?.map(|t| t.0);
                        }
                        "message" => {
                            error.message = map.next_value::<Option<Text<'de>>>()?.map(|t| t.0)
                        }
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(error)
            }
        }
        deserializer.deserialize_map(V)
    }
}

/// Parses a v2 body; `None` when it is not a JSON object with a string `reasonCode`.
/// serde_json refuses nesting deeper than 128 levels, so a hostile body ends quickly.
pub(super) fn parse(body: &[u8]) -> Option<V2Error<'_>> {
    let error: V2Error<'_> = serde_json::from_slice(body).ok()?;
    error.reason_code.as_ref()?;
    Some(error)
}
