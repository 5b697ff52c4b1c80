//! serde support for generated enums, behind this crate's `serde` feature.
//!
//! The generated code calls [`__impl_serde!`](crate::__impl_serde) unconditionally; which
//! definition it gets is decided here, by this crate's features. A `#[cfg(feature = ...)]`
//! in the generated code would test the calling crate's features instead.

/// Implements `Serialize` / `Deserialize` for a generated enum, as its code string.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ident) => {
        impl $crate::__private::serde::Serialize for $ty {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: $crate::__private::serde::Serializer,
            {
                serializer.serialize_str($ty::as_str(*self))
            }
        }
        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: $crate::__private::serde::Deserializer<'de>,
            {
                deserializer.deserialize_str($crate::__private::CodeVisitor::<$ty>::new())
            }
        }
    };
}

/// Without the `serde` feature, generated enums get no serde impls.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ident) => {};
}

#[cfg(feature = "serde")]
mod visitor {
    use core::fmt;
    use core::marker::PhantomData;

    use crate::SpecEnum;

    /// Reads a code string; an unknown one is an error that names it.
    #[doc(hidden)]
    pub struct CodeVisitor<T>(PhantomData<T>);

    impl<T> CodeVisitor<T> {
        #[doc(hidden)]
        #[must_use]
        pub const fn new() -> Self {
            CodeVisitor(PhantomData)
        }
    }

    impl<T: SpecEnum> serde::de::Visitor<'_> for CodeVisitor<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "a {} code string", T::NAME)
        }

        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
            v.parse().map_err(E::custom)
        }
    }
}

#[cfg(feature = "serde")]
pub use visitor::CodeVisitor;
