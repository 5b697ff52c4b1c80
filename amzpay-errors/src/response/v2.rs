//! v2 JSON error bodies: `{"reasonCode": "...", "message": "..."}`.
//!
//! Read with a hand-written serde visitor rather than a derive, so that the runtime crate
//! does not pull serde's proc macro into every dependent's build.

use std::fmt;

use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};

/// The two fields of a v2 error body; anything else in it is skipped.
pub(super) struct V2Error {
    pub reason_code: Option<String>,
    pub message: Option<String>,
}

impl<'de> Deserialize<'de> for V2Error {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = V2Error;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a v2 error object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<V2Error, A::Error> {
                let mut error = V2Error {
                    reason_code: None,
                    message: None,
                };
                while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    match key.as_ref() {
                        "reasonCode" => error.reason_code = map.next_value::<Option<String>>()?,
                        "message" => error.message = map.next_value::<Option<String>>()?,
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
pub(super) fn parse(body: &[u8]) -> Option<V2Error> {
    let error: V2Error = serde_json::from_slice(body).ok()?;
    error.reason_code.as_ref()?;
    Some(error)
}
