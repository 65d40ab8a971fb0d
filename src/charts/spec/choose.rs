//! Which chart an indicator gets, and why it gets none: decided from the data and the
//! indicator's `chart` preference.

use super::bullets::{bullet_terms, level_value};
use super::stacks::stacks;
use super::time_axis::placed_points;
use crate::messages::Message;
use crate::model::chart_kind::Kind;
use crate::model::indicator::{ChartKind as Preference, Indicator, IndicatorKind, Unit};
use crate::model::org::Org;
use crate::msg;

/// Why an indicator's stated chart preference could not be honoured.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unchartable(pub Message);

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
        Some(kind) => Err(Unchartable(msg!(
            "render-chart-kind-impossible",
            kind = kind.code(),
            id = &indicator.id,
            why = match kind {
                Kind::Trend => msg!("render-chart-trend-needs-points"),
                // Counts with results but no target: nothing to measure them against.
                Kind::Progress
                    if !indicator.targets.iter().any(|t| level_value(t).is_some())
                        && !matches!(indicator.unit, Unit::Ratio | Unit::Percent) =>
                {
                    msg!("render-chart-progress-needs-target")
                }
                Kind::Progress => msg!("render-chart-progress-needs-term"),
                Kind::Breakdown => msg!("render-chart-breakdown-needs-parts", id = &indicator.id),
                Kind::Change => msg!("render-chart-change-needs-change"),
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

/// Why an indicator gets no chart, for a shortcode that asks for one.
pub fn why_no_chart(indicator: &Indicator) -> Message {
    if indicator.kind == IndicatorKind::Norm {
        msg!("render-no-chart-norm")
    } else if !indicator.unit.is_numeric() {
        msg!("render-no-chart-not-numeric")
    } else if indicator.chart == Preference::None {
        msg!("render-no-chart-none")
    } else if indicator.observations.len() + indicator.targets.len() == 1 {
        msg!("render-no-chart-single")
    } else {
        msg!("render-no-chart-no-figures")
    }
}

#[cfg(test)]
mod tests {
    use crate::msg;

    #[test]
    fn a_chart_that_cannot_be_drawn_is_said_with_its_reason() {
        let message = msg!(
            "render-chart-kind-impossible",
            kind = "breakdown",
            id = "so-dang-vien",
            why = msg!("render-chart-breakdown-needs-parts", id = "so-dang-vien")
        );
        assert_eq!(
            message.vi(),
            "không vẽ được chart = \"breakdown\" cho chỉ tiêu \"so-dang-vien\": cần các chỉ tiêu thành phần có giá trị (chỉ tiêu có parent = \"so-dang-vien\")"
        );
        assert_eq!(
            message.en(),
            "chart = \"breakdown\" cannot be drawn for \"so-dang-vien\": it needs parts (indicators with parent = \"so-dang-vien\") with values"
        );
    }
}
