//! A figure's amount — a number, a fraction (num/den), a range, true/false or a rating level —
//! checked against the indicator's unit.

use super::Reader;
use crate::messages::Message;
use crate::model::indicator::{Amount, Unit};
use crate::msg;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::Deserialize;
use serde::de::{Deserializer, Visitor};
use std::fmt;
use std::ops::Range;
use toml::Spanned;

/// `value` may be a number, true/false, or a rating level in quotes.
pub(super) enum RawValue {
    Number(f64),
    Bool(bool),
    Text(String),
}

impl<'de> Deserialize<'de> for RawValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct RawValueVisitor;
        impl Visitor<'_> for RawValueVisitor {
            type Value = RawValue;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a number, true/false, or a rating level in quotes")
            }
            fn visit_i64<E>(self, v: i64) -> Result<RawValue, E> {
                Ok(RawValue::Number(v as f64))
            }
            fn visit_u64<E>(self, v: u64) -> Result<RawValue, E> {
                Ok(RawValue::Number(v as f64))
            }
            fn visit_f64<E>(self, v: f64) -> Result<RawValue, E> {
                Ok(RawValue::Number(v))
            }
            fn visit_bool<E>(self, v: bool) -> Result<RawValue, E> {
                Ok(RawValue::Bool(v))
            }
            fn visit_str<E>(self, v: &str) -> Result<RawValue, E> {
                Ok(RawValue::Text(v.to_owned()))
            }
        }
        deserializer.deserialize_any(RawValueVisitor)
    }
}

/// Read by hand above: a number, true/false or a rating level, which the unit then checks.
impl JsonSchema for RawValue {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "RawValue".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": ["number", "boolean", "string"] })
    }
}

pub(super) struct Shape<'a> {
    pub(super) unit: Unit,
    pub(super) allow_over: bool,
    pub(super) scale: Option<&'a [String]>,
}

pub(super) struct AmountInput<'a> {
    pub(super) value: &'a Option<Spanned<RawValue>>,
    pub(super) num: &'a Option<Spanned<f64>>,
    pub(super) den: &'a Option<Spanned<f64>>,
    pub(super) range: &'a Option<Spanned<Vec<f64>>>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Side {
    Observation,
    Target,
}

impl Reader<'_, '_> {
    /// Checks a value against the indicator's unit and returns it as an [`Amount`].
    pub(super) fn amount(
        &mut self,
        input: AmountInput,
        span: Range<usize>,
        shape: &Shape,
        side: Side,
    ) -> Option<Amount> {
        let AmountInput {
            value,
            num,
            den,
            range,
        } = input;
        let unit_name = shape.unit.code();
        if let Some(range) = range {
            let [lo, hi] = range.get_ref().as_slice() else {
                self.error(range.span(), msg!("data-range-not-two"), range_hint());
                return None;
            };
            if lo > hi || !shape.unit.is_numeric() {
                self.error(range.span(), msg!("data-range-invalid"), range_hint());
                return None;
            }
            self.check_percent(shape, *lo, range.span())?;
            self.check_percent(shape, *hi, range.span())?;
            return Some(Amount::Range(*lo, *hi));
        }
        if num.is_some() || den.is_some() {
            if !matches!(shape.unit, Unit::Ratio | Unit::Percent) {
                let at = num
                    .as_ref()
                    .or(den.as_ref())
                    .map_or(span.clone(), |n| n.span());
                self.error(
                    at,
                    msg!("data-fraction-wrong-unit", unit = unit_name),
                    msg!("data-fraction-wrong-unit-hint"),
                );
                return None;
            }
            let Some(num) = num else {
                let at = den.as_ref().map_or(span, |d| d.span());
                self.error(at, msg!("data-den-without-num"), msg!("data-fraction-hint"));
                return None;
            };
            if side == Side::Observation && den.is_none() {
                self.error(
                    num.span(),
                    msg!("data-num-without-den"),
                    msg!("data-fraction-hint"),
                );
                return None;
            }
            let percent = match value {
                Some(v) => match v.get_ref() {
                    RawValue::Number(p) => {
                        self.check_percent(shape, *p, v.span())?;
                        Some(*p)
                    }
                    _ => {
                        self.error(
                            v.span(),
                            msg!("data-fraction-value-not-number"),
                            msg!("data-fraction-value-not-number-hint"),
                        );
                        return None;
                    }
                },
                None => None,
            };
            let (n, d) = (*num.get_ref(), den.as_ref().map(|d| *d.get_ref()));
            self.check_whole(n, num.span(), msg!("data-what-num"))?;
            if let Some(den) = den {
                self.check_whole(*den.get_ref(), den.span(), msg!("data-what-den"))?;
            }
            if n < 0.0 || d.is_some_and(|d| d <= 0.0) {
                self.error(
                    num.span(),
                    msg!("data-fraction-negative"),
                    msg!("data-fraction-negative-hint"),
                );
                return None;
            }
            if let (Some(d), Some(den_span)) = (d, den) {
                if n > d {
                    let message = msg!("data-num-over-den", num = n, den = d);
                    if shape.allow_over {
                        let hint = msg!("data-num-over-den-allowed");
                        self.warn(den_span.span(), message, hint);
                    } else {
                        let hint = msg!("data-num-over-den-hint");
                        self.error(den_span.span(), message, hint);
                        return None;
                    }
                }
                if let (Some(stated), Some(v)) = (percent, value) {
                    self.check_stated_share(n, d, stated, v.span());
                }
            }
            return Some(Amount::Fraction {
                num: n,
                den: d,
                percent,
            });
        }
        let Some(value) = value else {
            self.error(span, msg!("data-no-value"), msg!("data-no-value-hint"));
            return None;
        };
        match (value.get_ref(), shape.unit) {
            (RawValue::Number(v), Unit::Percent | Unit::Count | Unit::Ratio) => {
                if shape.unit == Unit::Count && *v < 0.0 {
                    self.error(
                        value.span(),
                        msg!("data-count-negative"),
                        msg!("data-count-negative-hint"),
                    );
                    return None;
                }
                if shape.unit == Unit::Count {
                    self.check_whole(*v, value.span(), msg!("data-what-count"))?;
                }
                self.check_percent(shape, *v, value.span())?;
                Some(Amount::Number(*v))
            }
            (RawValue::Bool(b), Unit::Bool) => Some(Amount::Bool(*b)),
            (RawValue::Text(level), Unit::Rating) => {
                let scale = shape.scale?;
                match scale
                    .iter()
                    .find(|l| l.to_lowercase() == level.to_lowercase())
                {
                    Some(l) => Some(Amount::Level(l.clone())),
                    None => {
                        self.error(
                            value.span(),
                            msg!("data-not-a-level", level = level),
                            msg!("data-not-a-level-hint", levels = scale.join(" < ")),
                        );
                        None
                    }
                }
            }
            (RawValue::Text(_), Unit::Percent | Unit::Count | Unit::Ratio) => {
                self.error(
                    value.span(),
                    msg!("data-text-needs-number", unit = unit_name),
                    msg!("data-text-needs-number-hint"),
                );
                None
            }
            (_, Unit::Bool) => {
                self.error(
                    value.span(),
                    msg!("data-bool-needs-yes-no"),
                    msg!("data-bool-needs-yes-no-hint"),
                );
                None
            }
            (_, Unit::Rating) => {
                self.error(
                    value.span(),
                    msg!("data-rating-needs-level"),
                    msg!("data-rating-needs-level-hint"),
                );
                None
            }
            (RawValue::Bool(_), _) => {
                self.error(
                    value.span(),
                    msg!("data-yes-no-needs-number", unit = unit_name),
                    msg!("data-yes-no-needs-number-hint"),
                );
                None
            }
        }
    }

    /// Counts (schools, prizes, party members) have no decimals. `1.826` is most likely a
    /// Vietnamese thousands dot (TOML reads one point eight two six): named as such.
    /// `what` names the value: a count, num or den.
    fn check_whole(&mut self, v: f64, span: Range<usize>, what: Message) -> Option<()> {
        if v.fract() == 0.0 {
            return Some(());
        }
        let written = self
            .file
            .text
            .get(span.clone())
            .unwrap_or("")
            .trim()
            .to_owned();
        let thousands = written.split_once('.').is_some_and(|(whole, decimals)| {
            decimals.len() == 3 && !whole.is_empty() && decimals.bytes().all(|b| b.is_ascii_digit())
        });
        if thousands {
            let meant = written.replace('.', "");
            self.error(
                span,
                msg!(
                    "data-thousands-dot",
                    what = what,
                    written = &written,
                    meant = &meant
                ),
                msg!("data-thousands-dot-hint", written = written, meant = meant),
            );
        } else {
            self.error(
                span,
                msg!("data-not-whole", what = what, written = written),
                msg!("data-not-whole-hint"),
            );
        }
        None
    }

    fn check_percent(&mut self, shape: &Shape, v: f64, span: Range<usize>) -> Option<()> {
        if !v.is_finite() {
            self.error(span, msg!("data-not-finite"), msg!("data-not-finite-hint"));
            return None;
        }
        if matches!(shape.unit, Unit::Percent | Unit::Ratio)
            && !(0.0..=100.0).contains(&v)
            && !shape.allow_over
        {
            self.error(
                span,
                msg!("data-percent-outside", value = v),
                msg!("data-percent-outside-hint"),
            );
            return None;
        }
        Some(())
    }

    /// Warns when num/den and the printed percentage disagree by more than one unit in the
    /// last printed decimal (63,24 for 444/702 = 63,2479 is a truncation, within one unit).
    fn check_stated_share(&mut self, num: f64, den: f64, stated: f64, span: Range<usize>) {
        let computed = num / den * 100.0;
        let decimals = format!("{stated}")
            .split_once('.')
            .map_or(0, |(_, f)| f.len());
        let unit = 10f64.powi(-(decimals as i32));
        if (computed - stated).abs() > unit + 1e-9 {
            // One decimal more than the document prints, to show how far apart they are.
            let shown = 10f64.powi(decimals as i32 + 1);
            self.warn(
                span,
                msg!(
                    "data-stated-share-differs",
                    stated = stated,
                    num = num,
                    den = den,
                    computed = (computed * shown).round() / shown
                ),
                msg!("data-stated-share-differs-hint"),
            );
        }
    }
}

/// How a band is written.
fn range_hint() -> Message {
    msg!("hint-write-like", example = "range = [80, 90]")
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use crate::model::indicator::Amount;

    #[test]
    fn a_part_cannot_exceed_its_whole_unless_allowed() {
        let ratio = "id = \"x\"\nname = \"X\"\nunit = \"ratio\"\n";
        let e = only_error(&format!(
            "{ratio}[[indicator.obs]]\nyear = 2022\nnum = 90\nden = 85\n"
        ));
        assert_eq!(e.message.en(), "num 90 is larger than den 85");
        let (data, diagnostics) = parse(&format!(
            "{ratio}allow_over = true\n[[indicator.obs]]\nyear = 2022\nnum = 90\nden = 85\n"
        ));
        assert!(data.is_some());
        assert!(diagnostics.iter().all(|d| !d.is_error()));
    }

    #[test]
    fn a_stated_share_far_from_num_over_den_is_a_warning() {
        let ratio = "id = \"x\"\nname = \"X\"\nunit = \"ratio\"\nprecision = 2\n";
        // 444/702 = 63,2479…: printed 63,24 (truncated) is within one unit of the last decimal.
        let (_, diagnostics) = parse(&format!(
            "{ratio}[[indicator.obs]]\nyear = 2022\nnum = 444\nden = 702\nvalue = 63.24\n"
        ));
        assert!(diagnostics.is_empty(), "{diagnostics:#?}");
        let (data, diagnostics) = parse(&format!(
            "{ratio}[[indicator.obs]]\nyear = 2022\nnum = 444\nden = 702\nvalue = 65.24\n"
        ));
        assert!(data.is_some());
        assert_eq!(diagnostics.len(), 1);
        assert!(
            diagnostics[0].message.en().contains("differs from 444/702"),
            "{:?}",
            diagnostics[0].message
        );
    }

    #[test]
    fn rating_levels_come_from_the_scale() {
        let rating = "id = \"x\"\nname = \"X\"\nunit = \"rating\"\nscale = \"xep-loai\"\ndirection = \"higher_better\"\n";
        let (data, diagnostics) = parse(&format!(
            "{rating}[[indicator.target]]\nterm = \"2020-2025\"\ncomparator = \">=\"\nvalue = \"hoàn thành tốt nhiệm vụ\"\n"
        ));
        assert!(diagnostics.is_empty(), "{diagnostics:#?}");
        assert_eq!(
            data.unwrap().indicators[0].targets[0].amount,
            Amount::Level("Hoàn thành tốt nhiệm vụ".into())
        );
        let e = only_error(&format!(
            "{rating}[[indicator.obs]]\nyear = 2022\nvalue = \"Xuất sắc\"\n"
        ));
        assert!(
            e.hint
                .unwrap()
                .en()
                .contains("Không hoàn thành nhiệm vụ < Hoàn thành nhiệm vụ")
        );
        let e = only_error("id = \"x\"\nname = \"X\"\nunit = \"rating\"\n");
        assert_eq!(e.message.en(), "a rating indicator needs a scale");
    }

    #[test]
    fn values_must_fit_the_unit() {
        let e = only_error(
            "id = \"x\"\nname = \"X\"\nunit = \"bool\"\n[[indicator.obs]]\nyear = 2022\nvalue = 1\n",
        );
        assert_eq!(e.message.en(), "unit = \"bool\" needs true or false");
        let e = only_error(
            "id = \"x\"\nname = \"X\"\nunit = \"count\"\n[[indicator.obs]]\nyear = 2022\nnum = 1\nden = 2\n",
        );
        assert!(e.message.en().starts_with("num/den do not apply"));
        let e = only_error(
            "id = \"x\"\nname = \"X\"\nunit = \"count\"\n[[indicator.obs]]\nyear = 2022\nvalue = -3\n",
        );
        assert_eq!(e.message.en(), "a count cannot be negative");
    }

    #[test]
    fn a_count_is_a_whole_number_and_a_thousands_dot_is_named() {
        let count = "id = \"x\"\nname = \"X\"\nunit = \"count\"\nunit_label = \"trường\"\n[[indicator.obs]]\nyear = 2022\n";
        let e = only_error(&format!("{count}value = 2.80\n"));
        assert_eq!(e.message.en(), "a count is a whole number, not 2.80");
        assert_eq!(e.position(), "data.toml:12:9");
        let e = only_error(&format!("{count}value = 1.826\n"));
        assert_eq!(
            e.message.en(),
            "a count is a whole number, and 1.826 is not one: is its dot the Vietnamese thousands dot (1826)?"
        );
        assert!(e.hint.as_ref().unwrap().en().contains("write 1826"));
        assert_eq!(
            e.message.vi(),
            "số lượng phải là số nguyên, nhưng 1.826 được đọc là số thập phân (trong data.toml dấu chấm là dấu thập phân): có phải ý là 1826?"
        );
        assert_eq!(
            e.hint.unwrap().vi(),
            "viết 1826, không có dấu chấm hàng nghìn; cách viết của văn bản (\"1.826\") thì để trong as_stated"
        );
        let ratio = "id = \"x\"\nname = \"X\"\nunit = \"ratio\"\n[[indicator.obs]]\nyear = 2022\n";
        let e = only_error(&format!("{ratio}num = 6.7\nden = 85\n"));
        assert_eq!(
            e.message.en(),
            "num, a count of what is shared, is a whole number, not 6.7"
        );
    }

    #[test]
    fn a_number_is_written_with_a_decimal_point_and_said_the_vietnamese_way() {
        let e = only_error(&format!(
            "{HEAD}[[indicator.obs]]\nyear = 2022\nvalue = \"58,6\"\n"
        ));
        assert_eq!(
            e.message.vi(),
            "chỉ tiêu có unit = \"%\" cần một số, không phải chữ trong dấu ngoặc kép"
        );
        assert_eq!(
            e.hint.unwrap().vi(),
            "viết số không có dấu ngoặc kép, dùng dấu chấm thập phân: value = 58.6 (trang web sẽ hiện 58,6); lời của văn bản thì để trong as_stated = \"trên 98%\""
        );
        let e = only_error(&format!(
            "{HEAD}[[indicator.obs]]\nyear = 2022\nvalue = 158.6\n"
        ));
        assert_eq!(e.message.vi(), "158,6% nằm ngoài khoảng 0–100");
        assert_eq!(e.message.en(), "158.6% is outside 0–100");
        let ratio = "id = \"x\"\nname = \"X\"\nunit = \"ratio\"\n[[indicator.obs]]\nyear = 2022\n";
        let e = only_error(&format!("{ratio}num = 1900\nden = 1826\n"));
        assert_eq!(e.message.vi(), "tử số 1.900 lớn hơn mẫu số 1.826");
        assert_eq!(e.message.en(), "num 1,900 is larger than den 1,826");
        let (_, diagnostics) = parse(&format!("{ratio}num = 444\nden = 702\nvalue = 65.24\n"));
        assert_eq!(
            diagnostics[0].message.vi(),
            "tỷ lệ văn bản ghi 65,24% khác với 444/702 = 63,248%"
        );
    }
}
