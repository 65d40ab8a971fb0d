//! Values over time: where each period sits on the time axis, which points a line joins, and
//! the targets drawn as floor lines up to their deadline.

use super::assemble::{Context, labelled};
use super::bullets::level_value;
use super::{Point, TargetMark, Trend};
use crate::model::indicator::{Confidence, Indicator, Observation, Role, Target};
use crate::model::period::Period;
use crate::model::term::Term;
use crate::model::verdict::Verdict;

/// Where a period sits on a time axis, in years: a year at itself, a school year or a term at
/// its end, a dated snapshot at its month. Text periods have no place.
fn x_of(period: &Period) -> Option<f64> {
    match period {
        Period::Year(y) => Some(f64::from(*y)),
        Period::SchoolYear(sy) => Some(f64::from(sy.end())),
        Period::Term { term, .. } => Some(f64::from(term.end)),
        Period::Span {
            to, as_of: None, ..
        } => Some(f64::from(*to)),
        Period::Span { as_of: Some(d), .. } | Period::AsOf(d) => {
            Some(f64::from(d.year()) + f64::from(d.month() - 1) / 12.0)
        }
        Period::Text(_) => None,
    }
}

/// The gap beyond which two periods are not consecutive: a year for yearly figures, a term for
/// whole-term figures.
fn consecutive(a: &Period, b: &Period, xa: f64, xb: f64) -> bool {
    let step = match (a, b) {
        (Period::Term { .. }, Period::Term { .. }) => f64::from(Term::LENGTH),
        _ => 1.0,
    };
    xb - xa <= step + 1e-9
}

pub(super) fn numeric(obs: &Observation) -> Option<f64> {
    obs.amount.comparable()
}

/// Numeric results and baselines placed in time (not parts of a breakdown).
pub(super) fn placed_points(indicator: &Indicator) -> Vec<(usize, f64, f64)> {
    indicator
        .observations
        .iter()
        .enumerate()
        .filter(|(_, o)| o.breakdown.is_none())
        .filter_map(|(i, o)| Some((i, x_of(&o.period)?, numeric(o)?)))
        .collect()
}

pub(super) fn trend(indicator: &Indicator, context: &Context) -> Trend {
    let placed = placed_points(indicator);
    let mut points: Vec<Point> = Vec::with_capacity(placed.len());
    for (n, &(i, x, y)) in placed.iter().enumerate() {
        let obs = &indicator.observations[i];
        let joined = n > 0 && {
            let (pi, px, _) = placed[n - 1];
            consecutive(&indicator.observations[pi].period, &obs.period, px, x)
        };
        points.push(Point {
            x,
            x_label: obs.period.axis_label(),
            y,
            label: labelled(&obs.display, obs.provenance.confidence, context.words),
            bound: obs.qualifier.into(),
            derived: obs.provenance.confidence == Confidence::Derived,
            baseline: obs.role == Role::Baseline,
            verdict: verdict_of(indicator, i),
            joined,
        });
    }
    let targets: Vec<TargetMark> = indicator
        .targets
        .iter()
        .filter_map(|t| target_mark(t, context))
        .collect();
    let xs = points
        .iter()
        .map(|p| p.x)
        .chain(targets.iter().flat_map(|t| [t.from_x, t.to_x]));
    let (lo, hi) = xs.fold((f64::MAX, f64::MIN), |(lo, hi), x| (lo.min(x), hi.max(x)));
    Trend {
        points,
        targets,
        x_min: lo - 0.6,
        x_max: hi + 0.6,
    }
}

/// The verdict of the target that judged observation `index`, if any.
fn verdict_of(indicator: &Indicator, index: usize) -> Option<Verdict> {
    indicator
        .evaluations
        .iter()
        .rfind(|e| e.result == Some(index))
        .map(|e| e.verdict)
}

pub(super) fn target_mark(target: &Target, context: &Context) -> Option<TargetMark> {
    let (low, high) = level_value(target)?;
    let term = target.term;
    Some(TargetMark {
        from_x: f64::from(term.start),
        to_x: f64::from(target.by.unwrap_or(term.end)),
        low,
        high,
        label: format!(
            "{} {}: {}",
            context.words.target,
            term.display(context.term_pattern),
            labelled(&target.display, target.provenance.confidence, context.words)
        ),
        derived: target.provenance.confidence == Confidence::Derived,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::term::SchoolYear;

    #[test]
    fn periods_are_placed_and_joined_only_when_consecutive() {
        let y = |y| Period::Year(y);
        assert!(consecutive(&y(2018), &y(2019), 2018.0, 2019.0));
        assert!(!consecutive(&y(2011), &y(2019), 2011.0, 2019.0));
        let t = |start| Period::Term {
            term: Term {
                start,
                end: start + 5,
            },
            each_year: false,
        };
        assert!(consecutive(&t(2015), &t(2020), 2020.0, 2025.0));
        assert_eq!(
            x_of(&Period::SchoolYear(SchoolYear { start: 2019 })),
            Some(2020.0)
        );
        assert_eq!(x_of(&Period::Text("đến nay".into())), None);
    }
}
