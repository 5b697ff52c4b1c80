//! Uses every fact of the v1 codes (description, action, status, retry data, operations):
//! what the whole catalogue of one enum adds to a binary.
fn main() {
    for arg in std::env::args().skip(1) {
        if let Ok(c) = arg.parse::<amzpay_errors::ApiErrorCode>() {
            println!(
                "{} {} {} {:?} {} {} {:?}",
                c.as_str(),
                c.description(),
                c.action(),
                c.http_status(),
                c.retry_guidance(),
                c.retry_kind(),
                c.operations()
            );
        }
    }
}
