//! The one error type of the report floor: what can go wrong while rendering
//! an output (JSON, CSV, a chart, a workbook). Every case is a fault of this
//! program, not of the user's input — the binary reports it as an internal
//! failure (exit 1) — so each keeps the library's own error for the message.

use std::fmt;

/// Why an output could not be rendered.
#[derive(Debug)]
pub enum RenderError {
    /// `serde_json` could not serialise a value.
    Json(serde_json::Error),
    /// The `csv` writer failed (including flushing its buffer).
    Csv(csv::Error),
    /// Rendered bytes that should be text are not UTF-8.
    Utf8(std::string::FromUtf8Error),
    /// `plotters` could not draw a chart; its errors are generic over the
    /// drawing backend, so the message is kept.
    Chart(String),
    /// The embedded chart fonts cannot be read.
    Fonts,
    /// The PNG encoder failed.
    Png(png::EncodingError),
    /// `rust_xlsxwriter` could not build a workbook.
    Workbook(rust_xlsxwriter::XlsxError),
}

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RenderError::Json(e) => write!(f, "cannot write JSON: {e}"),
            RenderError::Csv(e) => write!(f, "cannot write CSV: {e}"),
            RenderError::Utf8(e) => write!(f, "rendered text is not UTF-8: {e}"),
            RenderError::Chart(message) => write!(f, "cannot draw the chart: {message}"),
            RenderError::Fonts => f.write_str("the embedded chart fonts cannot be read"),
            RenderError::Png(e) => write!(f, "cannot encode the PNG: {e}"),
            RenderError::Workbook(e) => write!(f, "cannot build the workbook: {e}"),
        }
    }
}

impl std::error::Error for RenderError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            RenderError::Json(e) => Some(e),
            RenderError::Csv(e) => Some(e),
            RenderError::Utf8(e) => Some(e),
            RenderError::Png(e) => Some(e),
            RenderError::Workbook(e) => Some(e),
            RenderError::Chart(_) | RenderError::Fonts => None,
        }
    }
}

impl From<serde_json::Error> for RenderError {
    fn from(error: serde_json::Error) -> RenderError {
        RenderError::Json(error)
    }
}

impl From<csv::Error> for RenderError {
    fn from(error: csv::Error) -> RenderError {
        RenderError::Csv(error)
    }
}

impl<W> From<csv::IntoInnerError<W>> for RenderError {
    fn from(error: csv::IntoInnerError<W>) -> RenderError {
        RenderError::Csv(csv::Error::from(error.into_error()))
    }
}

impl From<std::string::FromUtf8Error> for RenderError {
    fn from(error: std::string::FromUtf8Error) -> RenderError {
        RenderError::Utf8(error)
    }
}

impl From<png::EncodingError> for RenderError {
    fn from(error: png::EncodingError) -> RenderError {
        RenderError::Png(error)
    }
}

impl From<rust_xlsxwriter::XlsxError> for RenderError {
    fn from(error: rust_xlsxwriter::XlsxError) -> RenderError {
        RenderError::Workbook(error)
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
