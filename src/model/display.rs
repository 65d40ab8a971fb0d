//! Reader-facing text for values: "trên 98%", "67/85 trường (78,8%)", "từ 15 trường trở lên".
//! `as_stated` always wins; these are for values the data gives only as numbers.

use crate::model::indicator::{
    Amount, ApproxSide, ChangeUnit, Comparator, ComparatorBasis, Indicator, Per, Qualifier,
    TargetKind, Unit,
};
use crate::vi::{format_number, format_share};

/// How one indicator's values are written.
#[derive(Debug, Clone, Copy)]
pub struct ValueFormat<'a> {
    pub unit: Unit,
    pub precision: u8,
    pub unit_label: Option<&'a str>,
    /// A rate: "mỗi tháng" after the value.
    pub per: Option<Per>,
    pub pad_small_counts: bool,
}

impl<'a> ValueFormat<'a> {
    /// How `indicator`'s values are written.
    pub fn of(indicator: &'a Indicator, pad_small_counts: bool) -> ValueFormat<'a> {
        ValueFormat {
            unit: indicator.unit,
            precision: indicator.precision,
            unit_label: indicator.unit_label.as_deref(),
            per: indicator.per,
            pad_small_counts,
        }
    }
}

impl ValueFormat<'_> {
    pub fn number(&self, v: f64) -> String {
        self.with_rate(self.plain(v))
    }

    /// A number and its unit, without a rate.
    fn plain(&self, v: f64) -> String {
        match self.unit {
            Unit::Percent | Unit::Ratio => format!("{}%", self.share(v)),
            _ => self.with_label(self.count(v)),
        }
    }

    /// "1 lần mỗi tháng": a rate says its period after the value.
    fn with_rate(&self, text: String) -> String {
        match self.per {
            Some(per) => format!("{text} {}", per.words()),
            None => text,
        }
    }

    /// A share with at most `precision` decimals and no trailing zeros: reports write "15%",
    /// never "15,0%".
    fn share(&self, v: f64) -> String {
        let text = format_share(v, self.precision);
        match text.split_once(',') {
            Some((int, frac)) => {
                let frac = frac.trim_end_matches('0');
                if frac.is_empty() {
                    int.to_owned()
                } else {
                    format!("{int},{frac}")
                }
            }
            None => text,
        }
    }

    fn count(&self, v: f64) -> String {
        if self.pad_small_counts && (0.0..10.0).contains(&v) && v.fract() == 0.0 {
            format!("{v:02}")
        } else {
            let decimals = if v.fract() == 0.0 {
                0
            } else {
                self.precision.max(1)
            };
            format_number(v, decimals)
        }
    }

    fn with_label(&self, text: String) -> String {
        match self.unit_label {
            Some(label) if !label.is_empty() => format!("{text} {label}"),
            _ => text,
        }
    }

    pub fn amount(&self, amount: &Amount) -> String {
        match amount {
            Amount::Bool(_) | Amount::Level(_) => self.unrated(amount),
            _ => self.with_rate(self.unrated(amount)),
        }
    }

    /// An amount without its rate.
    fn unrated(&self, amount: &Amount) -> String {
        match amount {
            Amount::Number(v) => self.plain(*v),
            Amount::Fraction { num, den, percent } => {
                let counts = match den {
                    Some(den) => {
                        self.with_label(format!("{}/{}", self.count(*num), self.count(*den)))
                    }
                    None => self.with_label(self.count(*num)),
                };
                match percent.or_else(|| amount.comparable()) {
                    Some(p) => format!("{counts} ({}%)", self.share(p)),
                    None => counts,
                }
            }
            Amount::Bool(true) => "Đã đạt".into(),
            Amount::Bool(false) => "Chưa đạt".into(),
            Amount::Level(level) => level.clone(),
            Amount::Range(lo, hi) => match self.unit {
                Unit::Percent | Unit::Ratio => format!("{}–{}%", self.share(*lo), self.share(*hi)),
                _ => self.with_label(format!("{}–{}", self.count(*lo), self.count(*hi))),
            },
        }
    }

    /// "trên 98%", "từ 95% trở lên", "gần 80%".
    pub fn qualified(&self, amount: &Amount, qualifier: Qualifier, side: ApproxSide) -> String {
        let value = self.unrated(amount);
        let text = match qualifier {
            Qualifier::Exact => value,
            Qualifier::Above => format!("trên {value}"),
            Qualifier::AtLeast => format!("từ {value} trở lên"),
            Qualifier::Below => format!("dưới {value}"),
            Qualifier::AtMost => format!("không quá {value}"),
            Qualifier::About => match side {
                ApproxSide::Below => format!("gần {value}"),
                ApproxSide::Above => format!("hơn {value}"),
                ApproxSide::Either => format!("khoảng {value}"),
            },
        };
        self.with_rate(text)
    }

    pub fn target(
        &self,
        amount: &Amount,
        kind: TargetKind,
        comparator: Comparator,
        basis: ComparatorBasis,
    ) -> String {
        let value = self.unrated(amount);
        let value = match (kind, amount) {
            (TargetKind::Increment, _) => format!("thêm {value}"),
            (TargetKind::Change, Amount::Number(v)) if *v < 0.0 => {
                format!("giảm {}", self.plain(-v))
            }
            (TargetKind::Change, _) => format!("tăng {value}"),
            (TargetKind::Level, _) => value,
        };
        let text = match (basis, comparator) {
            (ComparatorBasis::Implicit, _) => value,
            (_, Comparator::AtLeast) => format!("từ {value} trở lên"),
            (_, Comparator::Above) => format!("trên {value}"),
            (_, Comparator::AtMost) => format!("không quá {value}"),
            (_, Comparator::Below) => format!("dưới {value}"),
            (_, Comparator::Equal | Comparator::Between) => value,
        };
        self.with_rate(text)
    }

    /// "tăng 20,9 điểm %", "giảm 4,4%", "tăng 4 giải".
    pub fn change(&self, value: f64, unit: ChangeUnit) -> String {
        let verb = if value < 0.0 { "giảm" } else { "tăng" };
        let size = value.abs();
        let amount = match unit {
            ChangeUnit::Pp => format!("{} điểm %", format_number(size, self.precision)),
            ChangeUnit::Percent | ChangeUnit::Unclear => {
                format!("{}%", format_number(size, self.precision.max(1)))
            }
            ChangeUnit::Count => self.with_label(self.count(size)),
        };
        format!("{verb} {amount}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(unit: Unit, precision: u8, label: Option<&str>) -> ValueFormat<'_> {
        ValueFormat {
            unit,
            precision,
            unit_label: label,
            per: None,
            pad_small_counts: false,
        }
    }

    #[test]
    fn qualified_values_keep_their_qualifier() {
        let f = fmt(Unit::Percent, 0, None);
        assert_eq!(
            f.qualified(&Amount::Number(98.0), Qualifier::Above, ApproxSide::Either),
            "trên 98%"
        );
        assert_eq!(
            f.qualified(&Amount::Number(80.0), Qualifier::About, ApproxSide::Below),
            "gần 80%"
        );
        assert_eq!(
            f.qualified(
                &Amount::Number(95.0),
                Qualifier::AtLeast,
                ApproxSide::Either
            ),
            "từ 95% trở lên"
        );
    }

    #[test]
    fn fractions_show_count_and_share() {
        let f = fmt(Unit::Ratio, 1, Some("trường"));
        let a = Amount::Fraction {
            num: 67.0,
            den: Some(85.0),
            percent: None,
        };
        assert_eq!(f.amount(&a), "67/85 trường (78,8%)");
        let stated = Amount::Fraction {
            num: 444.0,
            den: Some(702.0),
            percent: Some(63.24),
        };
        assert_eq!(
            fmt(Unit::Ratio, 2, None).amount(&stated),
            "444/702 (63,24%)"
        );
    }

    #[test]
    fn whole_shares_drop_their_decimals() {
        let f = fmt(Unit::Percent, 1, None);
        assert_eq!(f.number(15.0), "15%");
        assert_eq!(f.number(58.6), "58,6%");
        assert_eq!(f.number(99.96), "99,96%");
        let a = Amount::Fraction {
            num: 11.0,
            den: Some(11.0),
            percent: None,
        };
        assert_eq!(fmt(Unit::Ratio, 1, None).amount(&a), "11/11 (100%)");
    }

    #[test]
    fn counts_use_labels_and_optional_padding() {
        let mut f = fmt(Unit::Count, 0, Some("đảng viên"));
        assert_eq!(f.number(1234.0), "1.234 đảng viên");
        f.pad_small_counts = true;
        assert_eq!(f.number(7.0), "07 đảng viên");
    }

    #[test]
    fn targets_say_their_comparator() {
        let f = fmt(Unit::Count, 0, Some("trường"));
        let t = f.target(
            &Amount::Number(15.0),
            TargetKind::Level,
            Comparator::AtLeast,
            ComparatorBasis::Explicit,
        );
        assert_eq!(t, "từ 15 trường trở lên");
        let inc = f.target(
            &Amount::Number(6.0),
            TargetKind::Increment,
            Comparator::Equal,
            ComparatorBasis::Explicit,
        );
        assert_eq!(inc, "thêm 6 trường");
    }

    #[test]
    fn changes_are_signed_words() {
        let f = fmt(Unit::Percent, 1, None);
        assert_eq!(f.change(-4.4, ChangeUnit::Percent), "giảm 4,4%");
        assert_eq!(f.change(20.9, ChangeUnit::Pp), "tăng 20,9 điểm %");
    }
}
