//! The one error type of the report floor: what can go wrong while rendering
//! an output (JSON, CSV, a chart, a workbook). Every case is a fault of this
//! program, not of the user's input — the binary reports it as an internal
//! failure (exit 1) — so each keeps the library's own error for the message.

/// Why an output could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// `serde_json` could not serialise a value.
    #[error("cannot write JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// The `csv` writer failed (including flushing its buffer).
    #[error("cannot write CSV: {0}")]
    Csv(#[from] csv::Error),
    /// Rendered bytes that should be text are not UTF-8.
    #[error("rendered text is not UTF-8: {0}")]
    Utf8(#[from] std::string::FromUtf8Error),
    /// `plotters` could not draw a chart; its errors are generic over the
    /// drawing backend, so the message is kept.
    #[error("cannot draw the chart: {0}")]
    Chart(String),
    /// The embedded chart fonts cannot be read.
    #[error("the embedded chart fonts cannot be read")]
    Fonts,
    /// The PNG encoder failed.
    #[error("cannot encode the PNG: {0}")]
    Png(#[from] png::EncodingError),
    /// `rust_xlsxwriter` could not build a workbook.
    #[error("cannot build the workbook: {0}")]
    Workbook(#[from] rust_xlsxwriter::XlsxError),
}

impl<W> From<csv::IntoInnerError<W>> for RenderError {
    fn from(error: csv::IntoInnerError<W>) -> RenderError {
        RenderError::Csv(csv::Error::from(error.into_error()))
    }
}

impl<E: std::error::Error + Send + Sync> From<plotters::drawing::DrawingAreaErrorKind<E>>
    for RenderError
{
    fn from(error: plotters::drawing::DrawingAreaErrorKind<E>) -> RenderError {
        RenderError::Chart(error.to_string())
    }
}

#[cfg(test)]
mod tests {
    use std::error::Error;

    use super::RenderError;

    #[test]
    fn a_render_error_says_which_output_failed_and_keeps_the_library_error() {
        let json = serde_json::from_str::<serde_json::Value>("{").unwrap_err();
        let error = RenderError::from(json);
        assert!(
            error.to_string().starts_with("cannot write JSON: "),
            "{error}"
        );
        assert!(error.source().is_some());
        let fonts = RenderError::Fonts;
        assert_eq!(fonts.to_string(), "the embedded chart fonts cannot be read");
        assert!(fonts.source().is_none());
    }
}
