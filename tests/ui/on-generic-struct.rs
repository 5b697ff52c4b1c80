use amzpay_errors::ErrorSpec;

#[derive(ErrorSpec)]
#[error_spec(path = "specs/minimal.yaml")]
pub struct Errors<T> {
    marker: core::marker::PhantomData<T>,
}

fn main() {}
