//! Which chart an indicator gets, and why it gets none: decided from the data and the
//! indicator's `chart` preference.

use super::bullets::{bullet_terms, level_value};
use super::stacks::stacks;
use super::time_axis::placed_points;
use crate::model::chart_kind::Kind;
use crate::model::indicator::{ChartKind as Preference, Indicator, IndicatorKind, Unit};
use crate::model::org::Org;

/// Why an indicator's stated chart preference could not be honoured.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unchartable(pub String);

/// The kind of chart an indicator gets: its `chart` preference when the data allows it, else
/// chosen from the data. `None`: nothing to draw (no numbers, a rule kept, a single point).
pub fn choose_kind(indicator: &Indicator, org: &Org) -> Result<Option<Kind>, Unchartable> {
    let drawable = drawable_kinds(indicator, org);
    let wanted = match indicator.chart {
        Preference::None => return Ok(None),
        Preference::Auto => None,
        Preference::Trend => Some(Kind::Trend),
        Preference::Progress => Some(Kind::Progress),
        Preference::Breakdown => Some(Kind::Breakdown),
        Preference::Change => Some(Kind::Change),
    };
    match wanted {
        Some(kind) if drawable.contains(&kind) => Ok(Some(kind)),
        Some(kind) => Err(Unchartable(format!(
            "chart = \"{}\" cannot be drawn for \"{}\": {}",
            kind.code(),
            indicator.id,
            match kind {
                Kind::Trend => "it needs two or more values placed in time",
                // Counts with results but no target: nothing to measure them against.
                Kind::Progress
                    if !indicator.targets.iter().any(|t| level_value(t).is_some())
                        && !matches!(indicator.unit, Unit::Ratio | Unit::Percent) =>
                {
                    "a progress bar measures a result against its target (or a share against 100%), and this indicator has no numeric target; chart = \"trend\" draws its results over time"
                }
                Kind::Progress => {
                    "it needs a result or a target of a whole term (term = \"2015-2020\"); results of single years are drawn by chart = \"trend\""
                }
                Kind::Breakdown => "it needs parts (indicators with parent = this one) with values",
                Kind::Change => "it needs a change the document states ([[indicator.change]])",
            }
        ))),
        None => Ok(drawable.first().copied()),
    }
}

/// The kinds the data allows, most telling first.
fn drawable_kinds(indicator: &Indicator, org: &Org) -> Vec<Kind> {
    if indicator.kind == IndicatorKind::Norm || !indicator.unit.is_numeric() {
        return Vec::new();
    }
    let mut kinds = Vec::new();
    if !stacks(indicator, org).is_empty() {
        kinds.push(Kind::Breakdown);
    }
    if placed_points(indicator).len() >= 2 {
        kinds.push(Kind::Trend);
    }
    let bullets = bullet_terms(indicator);
    // One value alone is no chart ("no empty axes"): a bullet needs a target or a share.
    let worth_a_bullet = !bullets.is_empty()
        && (indicator.targets.iter().any(|t| level_value(t).is_some())
            || matches!(indicator.unit, Unit::Ratio | Unit::Percent));
    if worth_a_bullet {
        kinds.push(Kind::Progress);
    }
    // Changes are figures too; drawn on their own when nothing else is.
    if !indicator.changes.is_empty() {
        kinds.push(Kind::Change);
    }
    kinds
}

/// Why an indicator gets no chart, for a page that asks for one.
pub fn why_no_chart(indicator: &Indicator) -> &'static str {
    if indicator.kind == IndicatorKind::Norm {
        "it is a rule kept (kind = \"norm\"), not a quantity"
    } else if !indicator.unit.is_numeric() {
        "its figures are words or yes/no, not numbers"
    } else if indicator.chart == Preference::None {
        "its data.toml says chart = \"none\""
    } else if indicator.observations.len() + indicator.targets.len() == 1 {
        "it has a single figure, and one figure alone is no chart"
    } else {
        "it has no figures to draw"
    }
}
