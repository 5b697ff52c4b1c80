// Variants named like prelude items, codes named like the generated constants, codes that
// YAML 1.1 would read as booleans or numbers, and text full of quoting characters: all of
// it comes out exactly as written.
mod errors {
    #[derive(amzpay_errors::ErrorSpec)]
    #[error_spec(path = "../specs/tricky.yaml")]
    pub struct Tricky;
}

use errors::{Widget, WidgetErrorCode as W};

fn main() {
    assert_eq!(W::COUNT, 11);
    assert_eq!(W::ALL.len(), 11);
    assert_eq!("None".parse(), Ok(W::None));
    assert_eq!("Some".parse(), Ok(W::Some));
    assert_eq!("Ok".parse(), Ok(W::Ok));
    assert_eq!("Err".parse(), Ok(W::Err));
    assert_eq!("Option".parse(), Ok(W::Option));
    assert_eq!("Result".parse(), Ok(W::Result));
    assert_eq!("ALL".parse(), Ok(W::All));
    assert_eq!("COUNT".parse(), Ok(W::Count));
    assert_eq!("NO".parse(), Ok(W::No));
    assert_eq!("007".parse(), Ok(W::Bond));
    assert_eq!("type".parse(), Ok(W::Type));
    assert!("7".parse::<W>().is_err());
    assert!("false".parse::<W>().is_err());
    assert_eq!(
        W::None.buyer_message(Widget::Button),
        Some("Quotes \" and ' and a backslash \\ and */ and # and {braces} and déjà vu — ✓")
    );
    assert_eq!(
        W::None.buyer_view(Widget::Wallet),
        amzpay_errors::BuyerView::Nothing("Nothing: `ticks` *stars* _under_ [link](x) <b>html</b> &amp;")
    );
    // A match over prelude-named variants: nothing shadows Option or Result.
    let r: Result<Option<W>, ()> = Ok(Some(W::Err));
    match r {
        Ok(Some(W::Err)) => {}
        _ => panic!(),
    }
}
