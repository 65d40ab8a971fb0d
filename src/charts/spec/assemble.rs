//! A chart's description put together: its body from one of the kinds, its legend, its data
//! table, and the sentence that says it all for screen readers.

use super::bullets::bullets;
use super::scale::axis_max;
use super::stacks::{parts_note, stacks};
use super::time_axis::trend;
use super::{Body, Bound, Chart, Legend, Scale, Words};
use crate::charts::shifts::shifts;
use crate::model::chart_kind::Kind;
use crate::model::display::ValueFormat;
use crate::model::indicator::{Confidence, Indicator, IndicatorKind, Unit};
use crate::model::org::Org;
use crate::model::term::Term;

/// Everything needed to describe values in words.
pub struct Context<'a> {
    pub org: &'a Org,
    pub term_pattern: &'a str,
    pub words: &'a Words,
    pub pad_small_counts: bool,
}

pub fn build(indicator: &Indicator, kind: Kind, context: &Context) -> Chart {
    let format = ValueFormat::of(indicator, context.pad_small_counts);
    let words = context.words;
    let mut legend = Vec::new();
    let mut rows = Vec::new();
    let (body, max, described) = match kind {
        Kind::Trend => {
            let trend = trend(indicator, context);
            for p in &trend.points {
                legend.push(if p.derived {
                    Legend::Derived
                } else {
                    Legend::Result
                });
                if p.baseline {
                    legend.push(Legend::Baseline);
                }
                match p.bound {
                    Bound::Lower => legend.push(Legend::LowerBound),
                    Bound::About => legend.push(Legend::Approximate),
                    _ => {}
                }
                rows.push([
                    p.x_label.clone(),
                    p.label.clone(),
                    marks(p.derived, p.baseline, words),
                ]);
            }
            for target in &trend.targets {
                legend.push(if target.derived {
                    Legend::DerivedTarget
                } else {
                    Legend::Target
                });
            }
            let max = axis_max(
                indicator.unit,
                trend
                    .points
                    .iter()
                    .map(|p| p.y)
                    .chain(trend.targets.iter().map(|t| t.high.unwrap_or(t.low))),
            );
            let described: Vec<String> = trend
                .points
                .iter()
                .map(|p| {
                    format!(
                        "{} ({}{})",
                        p.label,
                        p.x_label,
                        if p.baseline {
                            format!(", {}", words.baseline.to_lowercase())
                        } else {
                            String::new()
                        }
                    )
                })
                .collect();
            (Body::Trend(trend), max, described.join(", "))
        }
        Kind::Progress => {
            let bullets = bullets(indicator, context);
            for b in &bullets {
                if b.derived {
                    legend.push(Legend::Derived);
                }
                if let Some((_, label)) = &b.baseline {
                    legend.push(Legend::Baseline);
                    rows.push([b.label.clone(), label.clone(), String::new()]);
                }
                if b.bound == Bound::Lower {
                    legend.push(Legend::LowerBound);
                }
                if let Some(target) = &b.target {
                    legend.push(if target.derived {
                        Legend::DerivedTarget
                    } else {
                        Legend::Target
                    });
                }
                rows.push([
                    b.label.clone(),
                    b.text.clone(),
                    marks(b.derived, false, words),
                ]);
            }
            let max = axis_max(
                indicator.unit,
                bullets.iter().flat_map(|b| {
                    b.value
                        .into_iter()
                        .chain(b.target.iter().map(|t| t.high.unwrap_or(t.low)))
                }),
            );
            let described: Vec<String> = bullets
                .iter()
                .map(|b| format!("{} {}", b.label, b.text))
                .collect();
            (Body::Progress(bullets), max, described.join("; "))
        }
        Kind::Breakdown => {
            let stacks = stacks(indicator, context.org);
            for s in &stacks {
                rows.push([s.label.clone(), s.total_text.clone(), String::new()]);
                for part in &s.parts {
                    rows.push([
                        s.label.clone(),
                        format!("{}: {}", part.name, part.text),
                        String::new(),
                    ]);
                }
            }
            legend.push(Legend::Result);
            let max = axis_max(
                Unit::Count,
                stacks
                    .iter()
                    .map(|s| s.total.max(s.parts.iter().map(|p| p.value).sum())),
            );
            let described: Vec<String> = stacks
                .iter()
                .map(|s| {
                    let parts: Vec<String> = s
                        .parts
                        .iter()
                        .map(|p| format!("{} {}", p.name, p.text))
                        .collect();
                    format!("{} ({}): {}", s.total_text, s.label, parts.join(", "))
                })
                .collect();
            let mut stacks = stacks;
            for s in &mut stacks {
                s.note = parts_note(s, words, &format);
            }
            (Body::Breakdown(stacks), max, described.join("; "))
        }
        Kind::Change => {
            let shifts = shifts(indicator, words);
            for shift in &shifts {
                if shift.derived {
                    legend.push(Legend::Derived);
                }
                if shift.unclear {
                    legend.push(Legend::Ambiguous);
                }
                rows.push([
                    shift.label.clone(),
                    shift.text.clone(),
                    marks(shift.derived, false, words),
                ]);
            }
            let described: Vec<String> = shifts
                .iter()
                .map(|s| format!("{} ({})", s.text, s.label))
                .collect();
            (Body::Changes(shifts), 1.0, described.join("; "))
        }
    };
    let ambiguous = indicator
        .observations
        .iter()
        .any(|o| o.provenance.confidence == Confidence::Ambiguous)
        || indicator
            .targets
            .iter()
            .any(|t| t.provenance.confidence == Confidence::Ambiguous);
    if ambiguous {
        legend.push(Legend::Ambiguous);
    }
    legend.sort();
    legend.dedup();
    let mut summary = format!("{}: {}", indicator.name, described);
    for (target, evaluation) in indicator.targets.iter().zip(&indicator.evaluations) {
        let term = target.term.display(context.term_pattern);
        summary.push_str(&format!(
            "; {} {} {term}: {} — {}: {}",
            words.target.to_lowercase(),
            words.term.to_lowercase(),
            target.display,
            words.verdict.to_lowercase(),
            words.verdict(evaluation.verdict).to_lowercase()
        ));
        rows.push([
            format!("{} {term}", words.target),
            target.display.clone(),
            words.verdict(evaluation.verdict).to_owned(),
        ]);
    }
    summary.push('.');
    Chart {
        kind,
        width: 640,
        compact: false,
        id: indicator.id.clone(),
        title: indicator.name.clone(),
        subtitle: context.org.name.clone(),
        summary,
        scale: Scale {
            unit: indicator.unit,
            precision: indicator.precision,
            max,
        },
        body,
        legend,
        rows,
    }
}

/// A small multiple for a term's dashboard: the reviewed term's result beside the term's target.
/// `None` when the indicator has neither a numeric result then nor a numeric target now.
pub fn dashboard_cell(
    indicator: &Indicator,
    reviewed: Option<Term>,
    term: Term,
    context: &Context,
) -> Option<Chart> {
    if indicator.kind == IndicatorKind::Norm || !indicator.unit.is_numeric() {
        return None;
    }
    let mut chart = build(indicator, Kind::Progress, context);
    let Body::Progress(bullets) = &mut chart.body else {
        return None;
    };
    let wanted: Vec<String> = [reviewed, Some(term)]
        .into_iter()
        .flatten()
        .map(|t| t.display(context.term_pattern))
        .collect();
    bullets.retain(|b| wanted.contains(&b.label));
    if bullets
        .iter()
        .all(|b| b.value.is_none() && b.target.is_none())
    {
        return None;
    }
    chart.width = 320;
    chart.compact = true;
    Some(chart)
}

/// A value as stated, with "(suy ra)" when derived or "(chưa rõ)" when ambiguous.
pub(super) fn labelled(display: &str, confidence: Confidence, words: &Words) -> String {
    match confidence {
        Confidence::Reported => display.to_owned(),
        Confidence::Derived => format!("{display} ({})", words.derived_short),
        Confidence::Ambiguous => format!("{display} ({})", words.ambiguous_short),
    }
}

fn marks(derived: bool, baseline: bool, words: &Words) -> String {
    let mut marks = Vec::new();
    if baseline {
        marks.push(words.baseline.as_str());
    }
    if derived {
        marks.push(words.derived.as_str());
    }
    marks.join(", ")
}
