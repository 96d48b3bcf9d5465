//! The ten sectors of the economy the model tracks.

use std::fmt;

/// A sector of Hong Kong's economy. The first five are manufacturing (the four
/// target industries of the I&T Blueprint plus everything else); the last five are
/// the rest of the economy, kept so that diversification can be measured.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Sector {
    /// Semiconductors and microelectronics.
    Microelectronics,
    /// Artificial intelligence and robotics.
    AiRobotics,
    /// New-energy vehicles and new energy.
    Nev,
    /// Life and health technology (biotech).
    Biotech,
    /// All other manufacturing.
    Traditional,
    /// Financial services.
    Finance,
    /// Trading and logistics.
    TradingLogistics,
    /// Tourism.
    Tourism,
    /// Professional and producer services.
    ProfessionalServices,
    /// Everything else.
    Other,
}

/// Number of sectors.
pub const SECTOR_COUNT: usize = 10;
/// Number of manufacturing sectors; they come first in [`Sector::ALL`].
pub const MANUFACTURING_COUNT: usize = 5;

impl Sector {
    /// Every sector, manufacturing first.
    pub const ALL: [Sector; SECTOR_COUNT] = [
        Sector::Microelectronics,
        Sector::AiRobotics,
        Sector::Nev,
        Sector::Biotech,
        Sector::Traditional,
        Sector::Finance,
        Sector::TradingLogistics,
        Sector::Tourism,
        Sector::ProfessionalServices,
        Sector::Other,
    ];

    /// The manufacturing sectors.
    pub const MANUFACTURING: [Sector; MANUFACTURING_COUNT] = [
        Sector::Microelectronics,
        Sector::AiRobotics,
        Sector::Nev,
        Sector::Biotech,
        Sector::Traditional,
    ];

    /// The key used in files (`microelectronics`, `ai_robotics`, ...).
    pub const fn key(self) -> &'static str {
        match self {
            Sector::Microelectronics => "microelectronics",
            Sector::AiRobotics => "ai_robotics",
            Sector::Nev => "nev",
            Sector::Biotech => "biotech",
            Sector::Traditional => "traditional",
            Sector::Finance => "finance",
            Sector::TradingLogistics => "trading_logistics",
            Sector::Tourism => "tourism",
            Sector::ProfessionalServices => "professional_services",
            Sector::Other => "other",
        }
    }

    /// Position in [`Sector::ALL`].
    pub const fn index(self) -> usize {
        self as usize
    }

    /// Whether the sector is one of the five manufacturing sectors.
    pub const fn is_manufacturing(self) -> bool {
        self.index() < MANUFACTURING_COUNT
    }

    /// The sector with key `key`, if any.
    pub fn from_key(key: &str) -> Option<Sector> {
        Sector::ALL.into_iter().find(|s| s.key() == key)
    }
}

impl fmt::Display for Sector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manufacturing_sectors_come_first_and_keys_round_trip() {
        for (i, sector) in Sector::ALL.into_iter().enumerate() {
            assert_eq!(sector.index(), i);
            assert_eq!(sector.is_manufacturing(), i < MANUFACTURING_COUNT);
            assert_eq!(Sector::from_key(sector.key()), Some(sector));
        }
        assert_eq!(Sector::from_key("steel"), None);
    }
}
