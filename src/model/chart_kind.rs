//! The chart an indicator gets, decided once from its data and its `chart` preference (by
//! `charts::choose_kind`, when the site is assembled) and kept with the indicator.

use crate::model::indicator::ChartKind as Preference;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Values over time.
    Trend,
    /// A bar per term against its target (bullet chart).
    Progress,
    /// A whole and its parts.
    Breakdown,
    /// Stated changes: "giảm 4,4%".
    Change,
}

impl From<Kind> for Preference {
    fn from(kind: Kind) -> Preference {
        match kind {
            Kind::Trend => Preference::Trend,
            Kind::Progress => Preference::Progress,
            Kind::Breakdown => Preference::Breakdown,
            Kind::Change => Preference::Change,
        }
    }
}

impl Kind {
    pub fn code(self) -> &'static str {
        match self {
            Kind::Trend => "trend",
            Kind::Progress => "progress",
            Kind::Breakdown => "breakdown",
            Kind::Change => "change",
        }
    }

    pub const ALL: [Kind; 4] = [Kind::Trend, Kind::Progress, Kind::Breakdown, Kind::Change];

    /// The kind a page names: `kind = "trend"`.
    pub fn from_code(code: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.code() == code)
    }
}
