//! Progress bars: one per term with a numeric result or level target, and the baseline it
//! started from.

use super::assemble::{Context, labelled};
use super::time_axis::{numeric, target_mark};
use super::{Bound, Bullet};
use crate::model::indicator::{Amount, Confidence, Indicator, Role, Target, TargetKind};
use crate::model::term::Term;

/// A target as a level on the value axis (increments and changes are not levels).
pub(super) fn level_value(target: &Target) -> Option<(f64, Option<f64>)> {
    if target.kind != TargetKind::Level {
        return None;
    }
    match &target.amount {
        Amount::Range(lo, hi) => Some((*lo, Some(*hi))),
        amount => amount.comparable().map(|v| (v, None)),
    }
}

/// Terms with a numeric result or a numeric level target, oldest first.
pub(super) fn bullet_terms(indicator: &Indicator) -> Vec<Term> {
    indicator
        .terms()
        .into_iter()
        .filter(|&term| {
            indicator
                .latest_result_in(term)
                .is_some_and(|(_, o)| numeric(o).is_some())
                || indicator
                    .targets
                    .iter()
                    .any(|t| t.term == term && level_value(t).is_some())
        })
        .collect()
}

pub(super) fn bullets(indicator: &Indicator, context: &Context) -> Vec<Bullet> {
    bullet_terms(indicator)
        .into_iter()
        .map(|term| {
            let result = indicator
                .latest_result_in(term)
                .filter(|(_, o)| numeric(o).is_some());
            let target = indicator
                .targets
                .iter()
                .enumerate()
                .find(|(_, t)| t.term == term && level_value(t).is_some());
            Bullet {
                label: term.display(context.term_pattern),
                value: result.and_then(|(_, o)| numeric(o)),
                bound: result.map_or(Bound::Exact, |(_, o)| o.qualifier.into()),
                text: result.map_or_else(
                    || context.words.no_result.clone(),
                    |(_, o)| labelled(&o.display, o.provenance.confidence, context.words),
                ),
                derived: result
                    .is_some_and(|(_, o)| o.provenance.confidence == Confidence::Derived),
                target: target.and_then(|(_, t)| target_mark(t, context)),
                verdict: target.map(|(i, _)| indicator.evaluations[i].verdict),
                baseline: baseline_for(indicator, term, context),
            }
        })
        .collect()
}

/// The baseline a term starts from: the last one dated before the term ended.
fn baseline_for(indicator: &Indicator, term: Term, context: &Context) -> Option<(f64, String)> {
    let obs = indicator.observations.iter().rfind(|o| {
        o.role == Role::Baseline && o.period.end_year().is_some_and(|y| y <= term.end)
    })?;
    let label = format!(
        "{}: {}",
        context.words.baseline,
        labelled(&obs.display, obs.provenance.confidence, context.words)
    );
    Some((numeric(obs)?, label))
}
