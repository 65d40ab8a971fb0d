//! What a chart of stated changes shows ("giảm 4,4%", "tăng 18,5% so với năm 2011"): one bar a
//! change, from a middle zero line, rightwards for a rise and leftwards for a fall. Bars of
//! counts and bars of shares (points, per cent, unclear which) are scaled apart, never against
//! each other; the words always print.

use crate::charts::spec::Words;
use crate::model::indicator::{ChangeUnit, Confidence, Direction, Indicator};
use crate::vi::capitalize;

#[derive(Debug, Clone)]
pub struct Shift {
    /// When: "2011 – 2019", "từ 2011", "không nêu thời điểm".
    pub label: String,
    /// Signed: a fall is negative.
    pub value: f64,
    /// Share of the bar's half-width, 0 to 1: |value| against the largest change of its kind.
    pub reach: f64,
    /// The change as stated.
    pub text: String,
    pub derived: bool,
    /// The document does not say whether it is points or a relative change.
    pub unclear: bool,
    /// Whether it went the way the indicator wants: `None` for a neutral indicator or no change.
    pub good: Option<bool>,
}

pub fn shifts(indicator: &Indicator, words: &Words) -> Vec<Shift> {
    let is_count = |unit: ChangeUnit| unit == ChangeUnit::Count;
    // The largest change of counts and of shares: each bar is measured against its kind's.
    let largest = |counts: bool| {
        indicator
            .changes
            .iter()
            .filter(|c| is_count(c.unit) == counts)
            .map(|c| c.value.abs())
            .fold(0.0, f64::max)
    };
    let (largest_count, largest_share) = (largest(true), largest(false));
    indicator
        .changes
        .iter()
        .map(|c| {
            let largest = if is_count(c.unit) {
                largest_count
            } else {
                largest_share
            };
            Shift {
                // A label starts with a capital, as a heading does.
                label: capitalize(
                    &c.period_text(Some(&words.since))
                        .unwrap_or_else(|| words.period_unstated.clone()),
                ),
                value: c.value,
                reach: if largest > 0.0 {
                    c.value.abs() / largest
                } else {
                    0.0
                },
                text: c.display.clone(),
                derived: c.provenance.confidence == Confidence::Derived,
                unclear: c.unit == ChangeUnit::Unclear,
                good: match indicator.direction {
                    _ if c.value == 0.0 => None,
                    Direction::HigherBetter => Some(c.value > 0.0),
                    Direction::LowerBetter => Some(c.value < 0.0),
                    Direction::Neutral => None,
                },
            }
        })
        .collect()
}
