//! What a chart shows, decided from the model alone (no drawing here): the kind, the points in
//! time, the targets, the verdicts, the words, the data table. Honest by construction: values
//! keep their wording, bounds stay bounds, derived values stay marked, gaps stay gaps.

use crate::charts::shifts::{Shift, shifts};
use crate::model::chart_kind::Kind;
use crate::model::display::ValueFormat;
use crate::model::indicator::{
    Amount, ChartKind as Preference, Confidence, Indicator, IndicatorKind, Observation, Qualifier,
    Role, Target, TargetKind, Unit,
};
use crate::model::org::Org;
use crate::model::period::Period;
use crate::model::term::Term;
use crate::model::verdict::Verdict;
use crate::vi::format_number;

/// How a value relates to the truth, as drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    Exact,
    /// "trên", "từ … trở lên": at least this.
    Lower,
    /// "dưới", "không quá".
    Upper,
    /// "gần", "khoảng".
    About,
}

impl From<Qualifier> for Bound {
    fn from(q: Qualifier) -> Bound {
        match q {
            Qualifier::Exact => Bound::Exact,
            Qualifier::Above | Qualifier::AtLeast => Bound::Lower,
            Qualifier::Below | Qualifier::AtMost => Bound::Upper,
            Qualifier::About => Bound::About,
        }
    }
}

/// The words a chart uses, from the theme's interface strings.
#[derive(Debug, Clone)]
pub struct Words {
    pub result: String,
    pub derived: String,
    pub baseline: String,
    pub lower_bound: String,
    pub approximate: String,
    pub target: String,
    pub derived_target: String,
    /// "suy ra", appended to a derived target's label.
    pub derived_short: String,
    /// Printed in the source, but what it measures is unclear.
    pub ambiguous: String,
    /// "chưa rõ", appended to an ambiguous value's label.
    pub ambiguous_short: String,
    pub no_result: String,
    pub unclassified: String,
    pub parts_note: String,
    pub term: String,
    /// "từ" before the start of a change without an end: "từ 2011".
    pub since: String,
    /// "không nêu thời điểm": a change whose document names no time.
    pub period_unstated: String,
    pub verdict: String,
    pub verdicts: [String; 4],
}

impl Words {
    pub fn verdict(&self, verdict: Verdict) -> &str {
        &self.verdicts[match verdict {
            Verdict::Exceeded => 0,
            Verdict::Achieved => 1,
            Verdict::NotAchieved => 2,
            Verdict::Undetermined => 3,
        }]
    }
}

#[derive(Debug, Clone)]
pub struct Chart {
    pub kind: Kind,
    /// In pixels: 640, or 320 for the small multiples of a dashboard.
    pub width: u32,
    /// Small multiple: no title block or legend (the page around it names the indicator).
    pub compact: bool,
    /// The indicator's id: unique within its organisation, used for SVG ids.
    pub id: String,
    pub title: String,
    pub subtitle: String,
    /// One sentence with the values: the SVG's <desc> and a caption for screen readers.
    pub summary: String,
    pub scale: Scale,
    pub body: Body,
    pub legend: Vec<Legend>,
    /// The data beside the chart: period, value as stated, note.
    pub rows: Vec<[String; 3]>,
}

#[derive(Debug, Clone)]
pub struct Scale {
    pub unit: Unit,
    pub precision: u8,
    /// The value axis runs from 0 to this.
    pub max: f64,
}

impl Scale {
    /// Axis label: "50%", "1.200".
    pub fn tick(&self, v: f64) -> String {
        let text = format_number(v, if v.fract() == 0.0 { 0 } else { 1 });
        match self.unit {
            Unit::Percent | Unit::Ratio => format!("{text}%"),
            _ => text,
        }
    }

    /// Labels under a bar: zero, the middle (when it is a whole number for counts), the end.
    pub fn end_ticks(&self) -> Vec<(f64, crate::charts::canvas::Anchor)> {
        use crate::charts::canvas::Anchor;
        let middle = self.max / 2.0;
        let mut ticks = vec![(0.0, Anchor::Left)];
        if matches!(self.unit, Unit::Percent | Unit::Ratio) || middle.fract() == 0.0 {
            ticks.push((middle, Anchor::Center));
        }
        ticks.push((self.max, Anchor::Right));
        ticks
    }

    /// Round steps for the value axis: 0, 25, 50, 75, 100 for shares; 1-2-5 steps for counts.
    pub fn ticks(&self) -> Vec<f64> {
        let step = if matches!(self.unit, Unit::Percent | Unit::Ratio) && self.max <= 100.0 {
            25.0
        } else {
            nice_step(self.max / 4.0)
        };
        let mut ticks = Vec::new();
        let mut v = 0.0;
        while v <= self.max + 1e-9 {
            ticks.push(v);
            v += step;
        }
        ticks
    }
}

fn nice_step(raw: f64) -> f64 {
    if raw <= 0.0 {
        return 1.0;
    }
    let magnitude = 10f64.powf(raw.log10().floor());
    let fraction = raw / magnitude;
    let nice = if fraction <= 1.0 {
        1.0
    } else if fraction <= 2.0 {
        2.0
    } else if fraction <= 5.0 {
        5.0
    } else {
        10.0
    };
    (nice * magnitude).max(1.0)
}

/// A value axis maximum: 100 for shares (more if a share of plan passes it), else a round
/// number above everything shown.
fn axis_max(unit: Unit, values: impl Iterator<Item = f64>) -> f64 {
    let top = values.fold(0.0f64, f64::max);
    if matches!(unit, Unit::Percent | Unit::Ratio) && top <= 100.0 {
        return 100.0;
    }
    let step = nice_step(top * 1.15 / 4.0);
    ((top * 1.15 / step).ceil() * step).max(step)
}

#[derive(Debug, Clone)]
pub enum Body {
    Trend(Trend),
    Progress(Vec<Bullet>),
    Breakdown(Vec<Stack>),
    Changes(Vec<Shift>),
}

#[derive(Debug, Clone)]
pub struct Trend {
    pub points: Vec<Point>,
    pub targets: Vec<TargetMark>,
    pub x_min: f64,
    pub x_max: f64,
}

#[derive(Debug, Clone)]
pub struct Point {
    /// Position in years (fractions for dated snapshots).
    pub x: f64,
    pub x_label: String,
    pub y: f64,
    /// The value as stated: "trên 98%".
    pub label: String,
    pub bound: Bound,
    /// Computed by whoever entered the data: drawn hollow.
    pub derived: bool,
    pub baseline: bool,
    /// The verdict this result was judged with, if it was.
    pub verdict: Option<Verdict>,
    /// Joined to the previous point by a line: only when no period lies between them.
    pub joined: bool,
}

#[derive(Debug, Clone)]
pub struct TargetMark {
    pub from_x: f64,
    pub to_x: f64,
    pub low: f64,
    /// A band ("between") has a top.
    pub high: Option<f64>,
    pub label: String,
    pub derived: bool,
}

#[derive(Debug, Clone)]
pub struct Bullet {
    /// The term: "2015 - 2020".
    pub label: String,
    pub value: Option<f64>,
    pub bound: Bound,
    pub text: String,
    pub derived: bool,
    pub target: Option<TargetMark>,
    pub verdict: Option<Verdict>,
    /// Where the term started from, when a baseline is given: value and label.
    pub baseline: Option<(f64, String)>,
}

#[derive(Debug, Clone)]
pub struct Stack {
    pub label: String,
    pub total: f64,
    pub total_text: String,
    pub parts: Vec<Part>,
    /// Said when the parts do not add up to the whole.
    pub note: Option<String>,
}

impl Stack {
    /// Whether the parts leave some of the whole unnamed (the legend then names that rest).
    pub fn has_rest(&self) -> bool {
        let parts: f64 = self.parts.iter().map(|p| p.value).sum();
        self.total - parts > 1e-9 * self.total.abs().max(1.0)
    }
}

#[derive(Debug, Clone)]
pub struct Part {
    pub name: String,
    pub value: f64,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Legend {
    Result,
    Derived,
    Baseline,
    LowerBound,
    Approximate,
    Target,
    DerivedTarget,
    Ambiguous,
}

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
fn labelled(display: &str, confidence: Confidence, words: &Words) -> String {
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

fn numeric(obs: &Observation) -> Option<f64> {
    obs.amount.comparable()
}

/// Numeric results and baselines placed in time (not parts of a breakdown).
fn placed_points(indicator: &Indicator) -> Vec<(usize, f64, f64)> {
    indicator
        .observations
        .iter()
        .enumerate()
        .filter(|(_, o)| o.breakdown.is_none())
        .filter_map(|(i, o)| Some((i, x_of(&o.period)?, numeric(o)?)))
        .collect()
}

fn trend(indicator: &Indicator, context: &Context) -> Trend {
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

/// A target as a level on the value axis (increments and changes are not levels).
fn level_value(target: &Target) -> Option<(f64, Option<f64>)> {
    if target.kind != TargetKind::Level {
        return None;
    }
    match &target.amount {
        Amount::Range(lo, hi) => Some((*lo, Some(*hi))),
        amount => amount.comparable().map(|v| (v, None)),
    }
}

fn target_mark(target: &Target, context: &Context) -> Option<TargetMark> {
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

/// Terms with a numeric result or a numeric level target, oldest first.
fn bullet_terms(indicator: &Indicator) -> Vec<Term> {
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

fn bullets(indicator: &Indicator, context: &Context) -> Vec<Bullet> {
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
fn stacks(indicator: &Indicator, org: &Org) -> Vec<Stack> {
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
fn parts_note(stack: &Stack, words: &Words, format: &ValueFormat) -> Option<String> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::term::SchoolYear;

    #[test]
    fn shares_run_to_100_and_counts_to_a_round_number() {
        assert_eq!(axis_max(Unit::Percent, [58.6, 95.0].into_iter()), 100.0);
        assert_eq!(axis_max(Unit::Percent, [120.0].into_iter()), 150.0);
        assert_eq!(axis_max(Unit::Count, [222.0, 205.0].into_iter()), 300.0);
        assert_eq!(axis_max(Unit::Count, [7.0].into_iter()), 10.0);
        let scale = Scale {
            unit: Unit::Percent,
            precision: 1,
            max: 100.0,
        };
        assert_eq!(scale.ticks(), [0.0, 25.0, 50.0, 75.0, 100.0]);
        assert_eq!(scale.tick(50.0), "50%");
        let counts = Scale {
            unit: Unit::Count,
            precision: 0,
            max: 1200.0,
        };
        assert_eq!(counts.tick(1200.0), "1.200");
    }

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

    #[test]
    fn qualifiers_become_bounds() {
        assert_eq!(Bound::from(Qualifier::Above), Bound::Lower);
        assert_eq!(Bound::from(Qualifier::AtLeast), Bound::Lower);
        assert_eq!(Bound::from(Qualifier::About), Bound::About);
        assert_eq!(Bound::from(Qualifier::AtMost), Bound::Upper);
    }
}
