//! Did the result meet the target? Computed once per target, honouring the comparator, the
//! indicator's direction and the result's qualifier: "trên 98%" meets "≥ 95%", while
//! "gần 80%" against "≥ 80%" cannot be decided.

mod interval;

use crate::model::indicator::{
    Amount, Indicator, Observation, Role, StatedVerdict, Target, TargetKind,
};
use interval::{Bound, Interval, judge_interval, result_interval};

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stated_verdicts_that_contradict() {
        assert!(!Verdict::Exceeded.contradicts(StatedVerdict::Exceeded));
        assert!(!Verdict::Exceeded.contradicts(StatedVerdict::Achieved));
        assert!(Verdict::Achieved.contradicts(StatedVerdict::Exceeded));
        assert!(Verdict::NotAchieved.contradicts(StatedVerdict::Achieved));
        assert!(!Verdict::Undetermined.contradicts(StatedVerdict::Exceeded));
    }
}
