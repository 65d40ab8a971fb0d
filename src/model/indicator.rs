//! Indicators (chỉ tiêu) as the model holds them: validated, joined across terms by id,
//! with display strings and verdicts computed once.

use crate::diagnostics::source::Origin;
use crate::model::period::Period;
use crate::model::term::Term;
use crate::model::verdict::Evaluation;
use schemars::JsonSchema;
use serde::Deserialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
pub enum Unit {
    #[serde(rename = "%")]
    Percent,
    #[serde(rename = "count")]
    Count,
    #[serde(rename = "ratio")]
    Ratio,
    #[serde(rename = "bool")]
    Bool,
    #[serde(rename = "rating")]
    Rating,
}

impl Unit {
    pub fn is_numeric(self) -> bool {
        matches!(self, Unit::Percent | Unit::Count | Unit::Ratio)
    }

    pub fn code(self) -> &'static str {
        match self {
            Unit::Percent => "%",
            Unit::Count => "count",
            Unit::Ratio => "ratio",
            Unit::Bool => "bool",
            Unit::Rating => "rating",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    HigherBetter,
    LowerBetter,
    Neutral,
}

impl Direction {
    pub fn code(self) -> &'static str {
        match self {
            Direction::HigherBetter => "higher_better",
            Direction::LowerBetter => "lower_better",
            Direction::Neutral => "neutral",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Per {
    Year,
    Quarter,
    Month,
}

impl Per {
    pub fn code(self) -> &'static str {
        match self {
            Per::Year => "year",
            Per::Quarter => "quarter",
            Per::Month => "month",
        }
    }

    /// As a report writes a rate: "mỗi tháng".
    pub fn words(self) -> &'static str {
        match self {
            Per::Year => "mỗi năm",
            Per::Quarter => "mỗi quý",
            Per::Month => "mỗi tháng",
        }
    }
}

/// `norm` is a rule kept (meeting once a month), not a quantity; it is not charted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum IndicatorKind {
    #[default]
    Measure,
    Norm,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ChartKind {
    #[default]
    Auto,
    Trend,
    Progress,
    Breakdown,
    Change,
    None,
}

/// How a reported value relates to the true one: "trên 98%" is `Gt`, "gần 80%" is `Approx`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, JsonSchema)]
pub enum Qualifier {
    #[default]
    #[serde(rename = "=")]
    Exact,
    #[serde(rename = ">")]
    Above,
    #[serde(rename = ">=")]
    AtLeast,
    #[serde(rename = "<")]
    Below,
    #[serde(rename = "<=")]
    AtMost,
    #[serde(rename = "~")]
    About,
}

impl Qualifier {
    /// As written in data.toml: `=`, `>`, `>=`, `<`, `<=`, `~`.
    pub fn symbol(self) -> &'static str {
        match self {
            Qualifier::Exact => "=",
            Qualifier::Above => ">",
            Qualifier::AtLeast => ">=",
            Qualifier::Below => "<",
            Qualifier::AtMost => "<=",
            Qualifier::About => "~",
        }
    }
}

/// With `~`: "gần" (just below), "hơn" (just above) or "khoảng" (either side).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ApproxSide {
    Below,
    Above,
    #[default]
    Either,
}

/// `derived` numbers were computed by whoever entered the data (with a `derivation`);
/// `ambiguous` ones are printed in the source but what they measure is unclear (with `notes`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    #[default]
    Reported,
    Derived,
    Ambiguous,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    #[default]
    Result,
    Baseline,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
pub enum Comparator {
    #[serde(rename = ">=")]
    AtLeast,
    #[serde(rename = ">")]
    Above,
    #[serde(rename = "=")]
    Equal,
    #[serde(rename = "<=")]
    AtMost,
    #[serde(rename = "<")]
    Below,
    #[serde(rename = "between")]
    Between,
}

impl Comparator {
    /// As written in data.toml: `>=`, `>`, `=`, `<=`, `<`, `between`.
    pub fn symbol(self) -> &'static str {
        match self {
            Comparator::AtLeast => ">=",
            Comparator::Above => ">",
            Comparator::Equal => "=",
            Comparator::AtMost => "<=",
            Comparator::Below => "<",
            Comparator::Between => "between",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ComparatorBasis {
    /// The wording says it: "từ … trở lên", "trên", "ít nhất", "không có".
    Explicit,
    /// A plain "đạt X%": read from the indicator's direction.
    Implicit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TargetKind {
    /// Reach a level: "đạt 95%".
    #[default]
    Level,
    /// Add to the starting level: "xây dựng thêm 06 trường".
    Increment,
    /// Change by: "giảm 4,4%".
    Change,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ChangeUnit {
    /// Percentage points.
    Pp,
    /// Relative change.
    Percent,
    Count,
    /// The wording does not say (Vietnamese "tăng x%" often does not): shown as stated only.
    Unclear,
}

impl ChangeUnit {
    /// As written in data.toml.
    pub fn code(self) -> &'static str {
        match self {
            ChangeUnit::Pp => "pp",
            ChangeUnit::Percent => "percent",
            ChangeUnit::Count => "count",
            ChangeUnit::Unclear => "unclear",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StatedVerdict {
    Exceeded,
    Achieved,
    NotAchieved,
    Partly,
}

/// A value as written in the data.
#[derive(Debug, Clone, PartialEq)]
pub enum Amount {
    Number(f64),
    /// `num`/`den` with the percentage as printed, if it was. Targets may give `num` alone.
    Fraction {
        num: f64,
        den: Option<f64>,
        percent: Option<f64>,
    },
    Bool(bool),
    /// A level of a rating scale ("Hoàn thành tốt nhiệm vụ").
    Level(String),
    Range(f64, f64),
}

impl Amount {
    /// The number comparisons and charts use: for fractions the percentage (stated, else computed).
    pub fn comparable(&self) -> Option<f64> {
        match self {
            Amount::Number(v) => Some(*v),
            Amount::Fraction {
                percent: Some(p), ..
            } => Some(*p),
            Amount::Fraction {
                num,
                den: Some(den),
                ..
            } if *den != 0.0 => Some(num / den * 100.0),
            _ => None,
        }
    }

    pub fn count(&self) -> Option<f64> {
        match self {
            Amount::Fraction { num, .. } => Some(*num),
            _ => None,
        }
    }
}

/// Common provenance of a stated figure. Its texts are kept apart, and only when one is
/// written: most figures have none, and a national archive holds millions of figures.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Provenance {
    pub confidence: Confidence,
    texts: Option<Box<ProvenanceTexts>>,
}

#[derive(Debug, Clone, PartialEq, Default)]
struct ProvenanceTexts {
    as_stated: Option<String>,
    derivation: Option<String>,
    source: Option<String>,
    notes: Option<String>,
    differs: Option<String>,
}

impl Provenance {
    pub fn new(
        confidence: Confidence,
        as_stated: Option<String>,
        derivation: Option<String>,
        source: Option<String>,
        notes: Option<String>,
        differs: Option<String>,
    ) -> Provenance {
        let texts = ProvenanceTexts {
            as_stated,
            derivation,
            source,
            notes,
            differs,
        };
        Provenance {
            confidence,
            texts: (texts != ProvenanceTexts::default()).then(|| Box::new(texts)),
        }
    }

    /// The figure as the report words it ("trên 98%"), shown instead of a formatted value.
    pub fn as_stated(&self) -> Option<&str> {
        self.texts.as_ref()?.as_stated.as_deref()
    }

    pub fn derivation(&self) -> Option<&str> {
        self.texts.as_ref()?.derivation.as_deref()
    }

    /// The id of a source listed in the data file.
    pub fn source(&self) -> Option<&str> {
        self.texts.as_ref()?.source.as_deref()
    }

    pub fn notes(&self) -> Option<&str> {
        self.texts.as_ref()?.notes.as_deref()
    }

    /// Why the figure's number is not the one its words print, when the document itself makes
    /// the difference (`differs_from_stated`): shown beside the figure.
    pub fn differs(&self) -> Option<&str> {
        self.texts.as_ref()?.differs.as_deref()
    }

    /// Names `source` as the figure's source unless it names its own.
    pub fn default_source(&mut self, source: Option<&String>) {
        if let (None, Some(source)) = (self.source(), source) {
            self.texts.get_or_insert_default().source = Some(source.clone());
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Observation {
    pub period: Period,
    pub amount: Amount,
    pub qualifier: Qualifier,
    pub approx_side: ApproxSide,
    pub role: Role,
    /// A labelled part reported beside others for the same period ("23 chi bộ trường…").
    pub breakdown: Option<String>,
    pub provenance: Provenance,
    /// The term folder of the data file that states it.
    pub file_term: Term,
    pub origin: Origin,
    /// The value as a reader sees it: `as_stated` when given, else formatted ("trên 98%").
    pub display: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    pub term: Term,
    /// Deadline year: "đến năm 2025".
    pub by: Option<i32>,
    /// A yearly target: "hằng năm".
    pub each_year: bool,
    pub kind: TargetKind,
    pub comparator: Comparator,
    pub basis: ComparatorBasis,
    pub amount: Amount,
    pub adopted_by: Option<String>,
    pub provenance: Provenance,
    pub file_term: Term,
    pub origin: Origin,
    pub display: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub from: Option<Period>,
    pub to: Option<Period>,
    /// Signed: "giảm 4,4%" is -4.4.
    pub value: f64,
    pub unit: ChangeUnit,
    pub provenance: Provenance,
    pub file_term: Term,
    pub display: String,
}

impl Change {
    /// The term it reports on, among `terms`: the one its end falls in; without an end ("tăng
    /// 18,5% so với năm 2011": up to the report), or with no time stated, the term of its file.
    pub fn reports_on(&self, mut terms: impl Iterator<Item = Term>) -> Option<Term> {
        match &self.to {
            Some(period) => terms.find(|&t| period.reports_on(t, self.file_term)),
            None => Some(self.file_term),
        }
    }

    /// Its time: "2011 – 2019", "2019", and for a change without an end "{since} 2011" ("từ
    /// 2011"), or "2011 –" with no `since` word (downloads); `None` when the document names no
    /// time (`period = "không nêu"`).
    pub fn period_text(&self, since: Option<&str>) -> Option<String> {
        match (&self.from, &self.to, since) {
            (Some(f), Some(t), _) => Some(format!("{} – {}", f.axis_label(), t.axis_label())),
            (Some(f), None, Some(since)) => Some(format!("{since} {}", f.axis_label())),
            (Some(f), None, None) => Some(format!("{} –", f.axis_label())),
            (None, Some(t), _) => Some(t.axis_label()),
            (None, None, _) => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    pub term: Term,
    pub verdict: StatedVerdict,
    pub delta: Option<f64>,
    pub delta_unit: Option<ChangeUnit>,
    pub provenance: Provenance,
    pub origin: Origin,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Indicator {
    pub id: String,
    pub name: String,
    pub name_en: Option<String>,
    pub group: Option<String>,
    pub unit: Unit,
    pub unit_label: Option<String>,
    pub per: Option<Per>,
    pub precision: u8,
    pub direction: Direction,
    pub scope: Option<String>,
    pub parent: Option<String>,
    pub scale: Option<String>,
    pub kind: IndicatorKind,
    pub chart: ChartKind,
    pub notes: Option<String>,
    pub allow_over: bool,
    /// Ordered in time (text periods last), then in file order.
    pub observations: Vec<Observation>,
    pub targets: Vec<Target>,
    pub changes: Vec<Change>,
    pub assessments: Vec<Assessment>,
    /// Terms for which the document says no target was set (`no_target`); a term neither here
    /// nor among the targets is one the document is silent about.
    pub untargeted: Vec<Term>,
    /// Ids of indicators that name this one as `parent`.
    pub children: Vec<String>,
    /// Terms of the data files that define it, oldest first.
    pub defined_in: Vec<Term>,
    /// One per target, same order.
    pub evaluations: Vec<Evaluation>,
    /// Position in its first data file, to keep the drafter's order in tables.
    pub order: (Term, usize),
    /// Where its `id` is written (in its first data file).
    pub origin: Origin,
    /// The chart it gets, decided once from the data and its `chart` preference.
    pub chart_kind: Option<crate::model::chart_kind::Kind>,
}

impl Indicator {
    /// Results (not baselines, not breakdown parts) that report on `term`, oldest first.
    pub fn results_in(&self, term: Term) -> impl Iterator<Item = (usize, &Observation)> {
        self.observations.iter().enumerate().filter(move |(_, o)| {
            o.role == Role::Result
                && o.breakdown.is_none()
                && o.period.reports_on(term, o.file_term)
        })
    }

    pub fn latest_result_in(&self, term: Term) -> Option<(usize, &Observation)> {
        self.results_in(term).last()
    }

    /// The indicator as it stood at the end of `term`: no figure, target or assessment of a
    /// later term. `None` when nothing later exists (the indicator itself will do).
    pub fn until(&self, term: Term) -> Option<Indicator> {
        let later_obs = |o: &Observation| match &o.period {
            Period::Text(_) => o.file_term > term,
            period => period.end_year().is_some_and(|y| y > term.end),
        };
        let has_later = self.observations.iter().any(later_obs)
            || self.targets.iter().any(|t| t.term > term)
            || self.assessments.iter().any(|a| a.term > term);
        if !has_later {
            return None;
        }
        // Evaluations point into the observations and assessments: their positions move.
        let kept = |keep: Vec<bool>| {
            let mut next = 0;
            keep.into_iter()
                .map(|k| {
                    k.then(|| {
                        next += 1;
                        next - 1
                    })
                })
                .collect::<Vec<Option<usize>>>()
        };
        let obs_at = kept(self.observations.iter().map(|o| !later_obs(o)).collect());
        let assessment_at = kept(self.assessments.iter().map(|a| a.term <= term).collect());
        let mut pinned = self.clone();
        pinned.observations.retain(|o| !later_obs(o));
        pinned.assessments.retain(|a| a.term <= term);
        let (targets, evaluations) = self
            .targets
            .iter()
            .zip(&self.evaluations)
            .filter(|(t, _)| t.term <= term)
            .map(|(t, e)| {
                let mut e = e.clone();
                e.result = e.result.and_then(|i| obs_at[i]);
                e.stated = e.stated.and_then(|i| assessment_at[i]);
                (t.clone(), e)
            })
            .unzip();
        pinned.targets = targets;
        pinned.evaluations = evaluations;
        Some(pinned)
    }

    /// Every term this indicator has a target or a result for, oldest first.
    pub fn terms(&self) -> Vec<Term> {
        let mut terms: Vec<Term> = self.targets.iter().map(|t| t.term).collect();
        terms.extend(self.assessments.iter().map(|a| a.term));
        for obs in &self.observations {
            if obs.role == Role::Result {
                match &obs.period {
                    crate::model::period::Period::Term { term, .. } => terms.push(*term),
                    crate::model::period::Period::Text(_) => terms.push(obs.file_term),
                    _ => {}
                }
            }
        }
        terms.sort();
        terms.dedup();
        terms
    }
}
