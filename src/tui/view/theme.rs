//! The workbench's few colours and emphases, in one place.

use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;

use crate::tui::settings_note::SettingsNote;

pub const ACCENT: Color = Color::Cyan;
pub const CURRENT: Color = Color::Yellow;
pub const COMPARE: Color = Color::Magenta;
/// One colour per package compared, in the order pinned (the first is `COMPARE`).
pub const COMPARED: [Color; 6] = [
    COMPARE,
    Color::Green,
    Color::LightRed,
    Color::LightBlue,
    Color::White,
    Color::LightGreen,
];
pub const TARGET: Color = Color::Red;

pub fn title() -> Style {
    Style::new().fg(ACCENT).add_modifier(Modifier::BOLD)
}

pub fn selected() -> Style {
    Style::new().add_modifier(Modifier::REVERSED)
}

pub fn dim() -> Style {
    Style::new().fg(Color::DarkGray).add_modifier(Modifier::DIM)
}

pub fn met() -> Style {
    Style::new().fg(Color::Green).add_modifier(Modifier::BOLD)
}

pub fn missed() -> Style {
    Style::new().fg(Color::Red).add_modifier(Modifier::BOLD)
}

pub fn error() -> Style {
    Style::new().fg(Color::Red)
}

pub fn label() -> Style {
    Style::new().fg(Color::Gray)
}

pub fn border() -> Style {
    Style::new().fg(Color::DarkGray)
}

/// `line` in the selection's style when it is `selected`.
pub fn marked(line: Line<'_>, selected: bool) -> Line<'_> {
    if selected {
        line.patch_style(self::selected())
    } else {
        line
    }
}

/// A bordered panel headed ` title `.
pub fn panel(title: &str) -> Block<'static> {
    Block::bordered()
        .border_style(border())
        .title(Span::styled(format!(" {title} "), self::title()))
}

/// The colour themes the settings file's `theme` may name.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// The colours above.
    #[default]
    Default,
    /// No colour at all (as with `NO_COLOR`); bold, dim and reverse stay.
    Mono,
    /// Bright colours on the terminal's background, no dimmed grey.
    HighContrast,
}

impl Theme {
    /// The names the settings file accepts, in the order messages list them.
    pub const NAMES: [&str; 3] = ["default", "mono", "high-contrast"];

    /// The theme called `name`, or a note naming the valid ones (with a
    /// suggestion for a near miss).
    pub fn from_name(name: &str) -> Result<Theme, SettingsNote> {
        match name {
            "default" => Ok(Theme::Default),
            "mono" => Ok(Theme::Mono),
            "high-contrast" => Ok(Theme::HighContrast),
            _ => Err(SettingsNote::UnknownTheme {
                name: name.to_string(),
                suggestion: levers_files::diagnostic::suggest(name, Theme::NAMES),
                themes: &Theme::NAMES,
            }),
        }
    }

    /// The colour a cell drawn in `colour` gets under this theme.
    pub fn map(self, colour: Color) -> Color {
        match self {
            Theme::Default => colour,
            Theme::Mono => Color::Reset,
            Theme::HighContrast => match colour {
                Color::DarkGray | Color::Gray => Color::White,
                Color::Cyan => Color::LightCyan,
                Color::Yellow => Color::LightYellow,
                Color::Magenta => Color::LightMagenta,
                Color::Red => Color::LightRed,
                Color::Green => Color::LightGreen,
                other => other,
            },
        }
    }
}
