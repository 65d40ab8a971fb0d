//! Did the result meet the target? Computed once per target, honouring the comparator, the
//! indicator's direction and the result's qualifier: "trên 98%" meets "≥ 95%", while
//! "gần 80%" against "≥ 80%" cannot be decided.

use crate::model::indicator::{
    Amount, ApproxSide, Comparator, Direction, Indicator, Observation, Qualifier, Role,
    StatedVerdict, Target, TargetKind, Unit,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Vượt: better than the target.
    Exceeded,
    /// Đạt: meets the target.
    Achieved,
    /// Chưa đạt.
    NotAchieved,
    /// Chưa đủ dữ liệu: no result yet, or the result's wording cannot decide it.
    Undetermined,
}

impl Verdict {
    /// Stable code for templates, CSS classes and i18n keys.
    pub fn code(self) -> &'static str {
        match self {
            Verdict::Exceeded => "vuot",
            Verdict::Achieved => "dat",
            Verdict::NotAchieved => "chua-dat",
            Verdict::Undetermined => "chua-du-du-lieu",
        }
    }

    /// In words, for messages.
    pub fn describe(self) -> &'static str {
        match self {
            Verdict::Exceeded => "exceeded",
            Verdict::Achieved => "achieved",
            Verdict::NotAchieved => "not achieved",
            Verdict::Undetermined => "undetermined",
        }
    }

    /// Whether a report's own verdict contradicts this computed one.
    pub fn contradicts(self, stated: StatedVerdict) -> bool {
        !matches!(
            (self, stated),
            (Verdict::Undetermined, _)
                | (
                    Verdict::Exceeded,
                    StatedVerdict::Exceeded | StatedVerdict::Achieved
                )
                | (Verdict::Achieved, StatedVerdict::Achieved)
                | (
                    Verdict::NotAchieved,
                    StatedVerdict::NotAchieved | StatedVerdict::Partly
                )
        )
    }
}

impl StatedVerdict {
    pub fn describe(self) -> &'static str {
        match self {
            StatedVerdict::Exceeded => "exceeded",
            StatedVerdict::Achieved => "achieved",
            StatedVerdict::NotAchieved => "not achieved",
            StatedVerdict::Partly => "partly achieved",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            StatedVerdict::Exceeded => "vuot",
            StatedVerdict::Achieved => "dat",
            StatedVerdict::NotAchieved => "chua-dat",
            StatedVerdict::Partly => "dat-mot-phan",
        }
    }
}

/// The verdict on one target, with what it was judged on.
#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation {
    pub verdict: Verdict,
    /// Index into the indicator's observations of the result used.
    pub result: Option<usize>,
    /// Index into the indicator's assessments of the report's own verdict for the term.
    pub stated: Option<usize>,
    /// Why it is undetermined, in Vietnamese, for a tooltip or footnote.
    pub reason: Option<&'static str>,
}

impl Evaluation {
    pub fn disagrees(&self, indicator: &Indicator) -> bool {
        self.stated
            .is_some_and(|i| self.verdict.contradicts(indicator.assessments[i].verdict))
    }
}

/// Evaluates every target of `indicator`, in order.
pub fn evaluate_all(indicator: &Indicator, scale: Option<&[String]>) -> Vec<Evaluation> {
    indicator
        .targets
        .iter()
        .map(|target| evaluate(indicator, target, scale))
        .collect()
}

pub fn evaluate(indicator: &Indicator, target: &Target, scale: Option<&[String]>) -> Evaluation {
    let stated = indicator
        .assessments
        .iter()
        .position(|a| a.term == target.term);
    let undetermined = |result, reason| Evaluation {
        verdict: Verdict::Undetermined,
        result,
        stated,
        reason: Some(reason),
    };
    let Some((index, result)) = indicator.latest_result_in(target.term) else {
        return undetermined(None, "chưa có kết quả cho nhiệm kỳ này");
    };
    let judged = match target.kind {
        TargetKind::Level => judge_level(indicator, target, result, scale),
        TargetKind::Increment | TargetKind::Change => judge_growth(indicator, target, result),
    };
    match judged {
        Ok(verdict) => Evaluation {
            verdict,
            result: Some(index),
            stated,
            reason: None,
        },
        Err(reason) => undetermined(Some(index), reason),
    }
}

fn judge_level(
    indicator: &Indicator,
    target: &Target,
    result: &Observation,
    scale: Option<&[String]>,
) -> Result<Verdict, &'static str> {
    match (&target.amount, &result.amount) {
        (Amount::Bool(want), Amount::Bool(got)) => Ok(if want == got {
            Verdict::Achieved
        } else {
            Verdict::NotAchieved
        }),
        (Amount::Level(want), Amount::Level(got)) => {
            let scale = scale.ok_or("thang xếp loại không xác định")?;
            let rank = |level: &str| {
                scale
                    .iter()
                    .position(|l| l.to_lowercase() == level.to_lowercase())
                    .map(|i| i as f64)
            };
            let (want, got) = (
                rank(want).ok_or("mức xếp loại lạ")?,
                rank(got).ok_or("mức xếp loại lạ")?,
            );
            Ok(judge_interval(
                Interval::exact(got),
                &Bound::from_target(target.comparator, &Amount::Number(want))
                    .ok_or("chỉ tiêu không so được")?,
                indicator.direction,
            ))
        }
        (
            Amount::Fraction {
                num: want,
                den: None,
                percent: None,
            },
            got,
        ) => {
            // A count target ("23 trường") is judged on the result's count.
            let got = got.count().ok_or("kết quả không có số lượng để so")?;
            let bound = Bound::from_target(target.comparator, &Amount::Number(*want))
                .ok_or("chỉ tiêu không so được")?;
            Ok(judge_interval(
                result_interval(indicator, result, got),
                &bound,
                indicator.direction,
            ))
        }
        (want, got) => {
            let got = got.comparable().ok_or("kết quả không phải là số")?;
            let bound =
                Bound::from_target(target.comparator, want).ok_or("chỉ tiêu không phải là số")?;
            Ok(judge_interval(
                result_interval(indicator, result, got),
                &bound,
                indicator.direction,
            ))
        }
    }
}

/// "Thêm 06 trường": the growth from the baseline (or the last result before the term).
fn judge_growth(
    indicator: &Indicator,
    target: &Target,
    result: &Observation,
) -> Result<Verdict, &'static str> {
    let got = result
        .amount
        .count()
        .or(result.amount.comparable())
        .ok_or("kết quả không phải là số")?;
    let baseline = indicator
        .observations
        .iter()
        .rev()
        .find(|o| {
            o.breakdown.is_none()
                && o.period.cmp_time(&result.period).is_lt()
                && (o.role == Role::Baseline || !o.period.reports_on(target.term, o.file_term))
        })
        .ok_or("thiếu số liệu đầu nhiệm kỳ để tính mức tăng")?;
    let base = baseline
        .amount
        .count()
        .or(baseline.amount.comparable())
        .ok_or("số liệu đầu nhiệm kỳ không phải là số")?;
    let bound =
        Bound::from_target(target.comparator, &target.amount).ok_or("chỉ tiêu không phải là số")?;
    let growth = got - base;
    Ok(judge_interval(
        result_interval(indicator, result, growth),
        &bound,
        indicator.direction,
    ))
}

/// The values a qualified result may stand for: "trên 98%" is (98, 100].
#[derive(Debug, Clone, Copy)]
struct Interval {
    lo: f64,
    hi: f64,
    lo_open: bool,
    hi_open: bool,
}

impl Interval {
    fn exact(v: f64) -> Self {
        Interval {
            lo: v,
            hi: v,
            lo_open: false,
            hi_open: false,
        }
    }

    fn contains(&self, x: f64) -> bool {
        (x > self.lo || (!self.lo_open && x == self.lo))
            && (x < self.hi || (!self.hi_open && x == self.hi))
    }
}

/// How far "gần/khoảng X" may be from X: 5% of it.
const APPROX_TOLERANCE: f64 = 0.05;

fn result_interval(indicator: &Indicator, result: &Observation, v: f64) -> Interval {
    let ceiling = if indicator.unit == Unit::Percent && !indicator.allow_over {
        100.0
    } else {
        f64::INFINITY
    };
    let floor = if indicator.unit.is_numeric() {
        0.0
    } else {
        f64::NEG_INFINITY
    };
    let tolerance = (v.abs() * APPROX_TOLERANCE).max(f64::EPSILON);
    let (lo, hi, lo_open, hi_open) = match result.qualifier {
        Qualifier::Exact => (v, v, false, false),
        Qualifier::Above => (v, ceiling.max(v), true, false),
        Qualifier::AtLeast => (v, ceiling.max(v), false, false),
        Qualifier::Below => (floor.min(v), v, false, true),
        Qualifier::AtMost => (floor.min(v), v, false, false),
        Qualifier::About => match result.approx_side {
            ApproxSide::Below => (v - tolerance, v, false, false),
            ApproxSide::Above => (v, v + tolerance, false, false),
            ApproxSide::Either => (v - tolerance, v + tolerance, false, false),
        },
    };
    Interval {
        lo,
        hi,
        lo_open,
        hi_open,
    }
}

/// A target as a test on one value.
#[derive(Debug, Clone, Copy)]
enum Bound {
    Compare(Comparator, f64),
    Between(f64, f64),
}

impl Bound {
    fn from_target(comparator: Comparator, amount: &Amount) -> Option<Bound> {
        match (comparator, amount) {
            (Comparator::Between, Amount::Range(lo, hi)) => Some(Bound::Between(*lo, *hi)),
            (_, Amount::Range(lo, hi)) => Some(Bound::Between(*lo, *hi)),
            (c, a) => a.comparable().or(a.count()).map(|v| Bound::Compare(c, v)),
        }
    }

    fn edges(&self) -> Vec<f64> {
        match *self {
            Bound::Compare(_, t) => vec![t],
            Bound::Between(lo, hi) => vec![lo, hi],
        }
    }

    fn at(&self, x: f64, direction: Direction) -> Verdict {
        let eq = |a: f64, b: f64| (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0);
        let better = |x: f64, t: f64| match direction {
            Direction::HigherBetter => x > t && !eq(x, t),
            Direction::LowerBetter => x < t && !eq(x, t),
            Direction::Neutral => false,
        };
        let pass_or_exceed = |x: f64, t: f64| {
            if better(x, t) {
                Verdict::Exceeded
            } else {
                Verdict::Achieved
            }
        };
        match *self {
            Bound::Compare(Comparator::AtLeast, t) if x >= t || eq(x, t) => pass_or_exceed(x, t),
            Bound::Compare(Comparator::AtMost, t) if x <= t || eq(x, t) => pass_or_exceed(x, t),
            Bound::Compare(Comparator::Above, t) if x > t && !eq(x, t) => Verdict::Achieved,
            Bound::Compare(Comparator::Below, t) if x < t && !eq(x, t) => Verdict::Achieved,
            Bound::Compare(Comparator::Equal, t) if eq(x, t) => Verdict::Achieved,
            Bound::Compare(Comparator::Equal | Comparator::Between, t) if better(x, t) => {
                Verdict::Exceeded
            }
            Bound::Between(lo, hi) if (x >= lo || eq(x, lo)) && (x <= hi || eq(x, hi)) => {
                Verdict::Achieved
            }
            Bound::Between(lo, hi) if better(x, hi) || better(x, lo) => Verdict::Exceeded,
            _ => Verdict::NotAchieved,
        }
    }
}

/// Judges every value the result may stand for; one verdict if they agree, "at least achieved"
/// if they are all passing, otherwise undetermined.
fn judge_interval(result: Interval, bound: &Bound, direction: Direction) -> Verdict {
    let nudge = |x: f64| (x.abs() * 1e-6).max(1e-6);
    let mut probes = vec![];
    let lo = if result.lo_open {
        result.lo + nudge(result.lo)
    } else {
        result.lo
    };
    let hi = if result.hi_open {
        result.hi - nudge(result.hi)
    } else {
        result.hi
    };
    for x in [lo, hi] {
        if x.is_finite() {
            probes.push(x);
        }
    }
    for edge in bound.edges() {
        for x in [edge - nudge(edge), edge, edge + nudge(edge)] {
            if result.contains(x) {
                probes.push(x);
            }
        }
    }
    if probes.is_empty() {
        // An unbounded result ("trên 5 trường") with no edge inside: judge its finite end.
        probes.push(if lo.is_finite() { lo } else { hi });
    }
    let verdicts: Vec<Verdict> = probes.iter().map(|&x| bound.at(x, direction)).collect();
    let all = |v: Verdict| verdicts.iter().all(|&w| w == v);
    if all(Verdict::Exceeded) {
        Verdict::Exceeded
    } else if verdicts
        .iter()
        .all(|&v| matches!(v, Verdict::Achieved | Verdict::Exceeded))
    {
        Verdict::Achieved
    } else if all(Verdict::NotAchieved) {
        Verdict::NotAchieved
    } else {
        Verdict::Undetermined
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn judge(
        q: Qualifier,
        side: ApproxSide,
        v: f64,
        c: Comparator,
        t: f64,
        d: Direction,
    ) -> Verdict {
        let obs_interval = {
            let tolerance = v.abs() * APPROX_TOLERANCE;
            match q {
                Qualifier::Exact => Interval::exact(v),
                Qualifier::Above => Interval {
                    lo: v,
                    hi: 100.0,
                    lo_open: true,
                    hi_open: false,
                },
                Qualifier::AtLeast => Interval {
                    lo: v,
                    hi: 100.0,
                    lo_open: false,
                    hi_open: false,
                },
                Qualifier::Below => Interval {
                    lo: 0.0,
                    hi: v,
                    lo_open: false,
                    hi_open: true,
                },
                Qualifier::AtMost => Interval {
                    lo: 0.0,
                    hi: v,
                    lo_open: false,
                    hi_open: false,
                },
                Qualifier::About => match side {
                    ApproxSide::Below => Interval {
                        lo: v - tolerance,
                        hi: v,
                        lo_open: false,
                        hi_open: false,
                    },
                    _ => Interval {
                        lo: v - tolerance,
                        hi: v + tolerance,
                        lo_open: false,
                        hi_open: false,
                    },
                },
            }
        };
        judge_interval(obs_interval, &Bound::Compare(c, t), d)
    }

    use ApproxSide::Either;
    use Comparator::*;
    use Direction::*;

    #[test]
    fn above_98_exceeds_at_least_95() {
        assert_eq!(
            judge(Qualifier::Above, Either, 98.0, AtLeast, 95.0, HigherBetter),
            Verdict::Exceeded
        );
    }

    #[test]
    fn exact_results_against_at_least() {
        assert_eq!(
            judge(Qualifier::Exact, Either, 78.8, AtLeast, 75.0, HigherBetter),
            Verdict::Exceeded
        );
        assert_eq!(
            judge(Qualifier::Exact, Either, 75.0, AtLeast, 75.0, HigherBetter),
            Verdict::Achieved
        );
        assert_eq!(
            judge(Qualifier::Exact, Either, 70.0, AtLeast, 75.0, HigherBetter),
            Verdict::NotAchieved
        );
    }

    #[test]
    fn at_least_result_meets_at_least_target() {
        // "từ 95% trở lên" against "từ 95% trở lên": at least achieved, maybe exceeded.
        assert_eq!(
            judge(
                Qualifier::AtLeast,
                Either,
                95.0,
                AtLeast,
                95.0,
                HigherBetter
            ),
            Verdict::Achieved
        );
    }

    #[test]
    fn near_80_cannot_decide_at_least_80() {
        assert_eq!(
            judge(
                Qualifier::About,
                ApproxSide::Below,
                80.0,
                AtLeast,
                80.0,
                HigherBetter
            ),
            Verdict::Undetermined
        );
        assert_eq!(
            judge(
                Qualifier::About,
                ApproxSide::Below,
                80.0,
                AtLeast,
                50.0,
                HigherBetter
            ),
            Verdict::Exceeded
        );
    }

    #[test]
    fn lower_is_better() {
        assert_eq!(
            judge(Qualifier::Exact, Either, 0.0, Equal, 0.0, LowerBetter),
            Verdict::Achieved
        );
        assert_eq!(
            judge(Qualifier::Exact, Either, 2.0, Equal, 0.0, LowerBetter),
            Verdict::NotAchieved
        );
        assert_eq!(
            judge(Qualifier::Exact, Either, 3.0, AtMost, 5.0, LowerBetter),
            Verdict::Exceeded
        );
        assert_eq!(
            judge(Qualifier::Exact, Either, 6.0, AtMost, 5.0, LowerBetter),
            Verdict::NotAchieved
        );
    }

    #[test]
    fn strict_comparators_are_met_not_exceeded() {
        assert_eq!(
            judge(Qualifier::Exact, Either, 35.0, Above, 30.0, HigherBetter),
            Verdict::Achieved
        );
        assert_eq!(
            judge(Qualifier::Exact, Either, 30.0, Above, 30.0, HigherBetter),
            Verdict::NotAchieved
        );
        assert_eq!(
            judge(Qualifier::Above, Either, 30.0, Above, 30.0, HigherBetter),
            Verdict::Achieved
        );
    }

    #[test]
    fn between_is_a_band() {
        let band = Bound::Between(80.0, 90.0);
        assert_eq!(
            judge_interval(Interval::exact(85.0), &band, HigherBetter),
            Verdict::Achieved
        );
        assert_eq!(
            judge_interval(Interval::exact(95.0), &band, HigherBetter),
            Verdict::Exceeded
        );
        assert_eq!(
            judge_interval(Interval::exact(70.0), &band, HigherBetter),
            Verdict::NotAchieved
        );
    }

    #[test]
    fn neutral_equal_with_a_wide_result_is_undetermined() {
        let result = Interval {
            lo: 90.0,
            hi: 100.0,
            lo_open: true,
            hi_open: false,
        };
        assert_eq!(
            judge_interval(result, &Bound::Compare(Equal, 95.0), Neutral),
            Verdict::Undetermined
        );
    }

    #[test]
    fn stated_verdicts_that_contradict() {
        assert!(!Verdict::Exceeded.contradicts(StatedVerdict::Exceeded));
        assert!(!Verdict::Exceeded.contradicts(StatedVerdict::Achieved));
        assert!(Verdict::Achieved.contradicts(StatedVerdict::Exceeded));
        assert!(Verdict::NotAchieved.contradicts(StatedVerdict::Achieved));
        assert!(!Verdict::Undetermined.contradicts(StatedVerdict::Exceeded));
    }
}
