//! A result as the interval of values it may stand for ("trên 98%" is (98, 100]) and a
//! target as a test on one value: judged at every value that could change the verdict.

use super::Verdict;
use crate::model::indicator::{
    Amount, ApproxSide, Comparator, Direction, Indicator, Observation, Qualifier, Unit,
};

/// The values a qualified result may stand for: "trên 98%" is (98, 100].
#[derive(Debug, Clone, Copy)]
pub(super) struct Interval {
    lo: f64,
    hi: f64,
    lo_open: bool,
    hi_open: bool,
}

impl Interval {
    pub(super) fn exact(v: f64) -> Self {
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
pub(super) const APPROX_TOLERANCE: f64 = 0.05;

pub(super) fn result_interval(indicator: &Indicator, result: &Observation, v: f64) -> Interval {
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
pub(super) enum Bound {
    Compare(Comparator, f64),
    Between(f64, f64),
}

impl Bound {
    pub(super) fn from_target(comparator: Comparator, amount: &Amount) -> Option<Bound> {
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
pub(super) fn judge_interval(result: Interval, bound: &Bound, direction: Direction) -> Verdict {
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

    fn interval(lo: f64, hi: f64, lo_open: bool) -> Interval {
        Interval {
            lo,
            hi,
            lo_open,
            hi_open: false,
        }
    }

    #[test]
    fn a_result_is_judged_at_every_value_it_may_stand_for() {
        let at_least_95 = Bound::Compare(Comparator::AtLeast, 95.0);
        let up = Direction::HigherBetter;
        // "trên 98%": every value in (98, 100] exceeds 95.
        assert_eq!(
            judge_interval(interval(98.0, 100.0, true), &at_least_95, up),
            Verdict::Exceeded
        );
        // Exactly 95: achieved, not exceeded.
        assert_eq!(
            judge_interval(interval(95.0, 95.0, false), &at_least_95, up),
            Verdict::Achieved
        );
        // "gần 95%" as [90,25, 95]: some values fall short, one meets it.
        assert_eq!(
            judge_interval(interval(90.25, 95.0, false), &at_least_95, up),
            Verdict::Undetermined
        );
        assert_eq!(
            judge_interval(interval(80.0, 90.0, false), &at_least_95, up),
            Verdict::NotAchieved
        );
    }

    #[test]
    fn a_band_is_met_inside_and_exceeded_beyond_its_better_edge() {
        let band = Bound::Between(10.0, 20.0);
        let up = Direction::HigherBetter;
        assert_eq!(
            judge_interval(interval(15.0, 15.0, false), &band, up),
            Verdict::Achieved
        );
        assert_eq!(
            judge_interval(interval(25.0, 25.0, false), &band, up),
            Verdict::Exceeded
        );
        assert_eq!(
            judge_interval(interval(5.0, 5.0, false), &band, up),
            Verdict::NotAchieved
        );
    }
}
