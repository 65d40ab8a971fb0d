//! Breakdowns: each result of a whole with its parts (the children's results of the same
//! period), and the note said when they do not add up.

use super::{Part, Stack, Words};
use crate::model::display::ValueFormat;
use crate::model::indicator::{Amount, Indicator, Observation, Role, Unit};
use crate::model::org::Org;
use crate::model::period::Period;

/// The count a whole or a part stands for.
fn count_of(obs: &Observation) -> Option<f64> {
    match &obs.amount {
        Amount::Number(v) => Some(*v),
        Amount::Fraction { num, .. } => Some(*num),
        _ => None,
    }
}

/// For each result of a parent: its parts, the children's results for the same period (or, for
/// undated text periods, the same term).
pub(super) fn stacks(indicator: &Indicator, org: &Org) -> Vec<Stack> {
    if indicator.children.is_empty() {
        return Vec::new();
    }
    let children: Vec<&Indicator> = indicator
        .children
        .iter()
        .filter_map(|id| org.indicator(id))
        .collect();
    let mut stacks = Vec::new();
    for obs in indicator
        .observations
        .iter()
        .filter(|o| o.role == Role::Result && o.breakdown.is_none())
    {
        let Some(total) = count_of(obs) else { continue };
        let parts: Vec<Part> = children
            .iter()
            .filter_map(|child| {
                let part = child.observations.iter().find(|c| {
                    c.period == obs.period
                        || matches!((&c.period, &obs.period), (Period::Text(_), Period::Text(_)) if c.file_term == obs.file_term)
                })?;
                Some(Part { name: child.name.clone(), value: count_of(part)?, text: part.display.clone() })
            })
            .collect();
        if parts.is_empty() {
            continue;
        }
        stacks.push(Stack {
            label: obs.period.axis_label(),
            total,
            total_text: obs.display.clone(),
            parts,
            note: None,
        });
    }
    stacks
}

/// "Các phần cộng lại 19, tổng 67": said whenever the parts are not the whole.
pub(super) fn parts_note(stack: &Stack, words: &Words, format: &ValueFormat) -> Option<String> {
    let sum: f64 = stack.parts.iter().map(|p| p.value).sum();
    if (sum - stack.total).abs() < 1e-9 {
        return None;
    }
    let count = ValueFormat {
        unit: Unit::Count,
        unit_label: None,
        per: None,
        ..*format
    };
    Some(
        words
            .parts_note
            .replace("{parts}", &count.number(sum))
            .replace("{total}", &count.number(stack.total)),
    )
}
