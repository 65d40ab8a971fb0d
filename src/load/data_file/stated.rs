//! A figure's number and its words must agree. The numbers `as_stated` writes are read back
//! (`vi::stated_numbers`: "58,6%", "67/85", "bốn giải") and one of them must be the value —
//! `value = 31` with `as_stated = "13 giải"` would chart 31 labelled 13 —, and the words around
//! it ("trên", "từ … trở lên", "gần") must say what the qualifier or comparator says. A text
//! without a number is fine. A difference the document itself makes is written
//! `differs_from_stated = "why"`, and then shown beside the figure.

use super::Reader;
use crate::messages::{Arg, Message};
use crate::model::indicator::{Amount, Comparator, Qualifier};
use crate::msg;
use crate::vi::{NumberRole, StatedNumber, stated_numbers};
use std::ops::Range;
use toml::Spanned;

/// What a figure's words are checked against.
pub(super) struct StatedFigure<'a> {
    pub(super) as_stated: Option<&'a str>,
    /// `differs_from_stated` is written: the difference is the document's own.
    pub(super) differs: bool,
    /// A derived value is not the one the words print, by definition.
    pub(super) derived: bool,
    pub(super) amount: &'a Amount,
    /// Where the value is written, for the error.
    pub(super) at: Range<usize>,
    pub(super) relation: Relation,
}

/// The key that says how the value relates to the real figure.
pub(super) enum Relation {
    Qualifier(Qualifier),
    Comparator(Comparator),
    /// Changes and assessments: their words ("tăng", "vượt") are no bound.
    None,
}

/// What the words before or after a number say of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bound {
    Above,
    AtLeast,
    Below,
    AtMost,
    About,
}

impl Bound {
    fn symbol(self) -> &'static str {
        match self {
            Bound::Above => ">",
            Bound::AtLeast => ">=",
            Bound::Below => "<",
            Bound::AtMost => "<=",
            Bound::About => "~",
        }
    }
}

impl Reader<'_, '_> {
    pub(super) fn check_stated(&mut self, figure: StatedFigure) {
        let Some(text) = figure.as_stated else {
            return;
        };
        if figure.derived
            || figure.differs
            || matches!(figure.amount, Amount::Bool(_) | Amount::Level(_))
        {
            return;
        }
        let numbers = stated_numbers(text);
        if numbers.is_empty() {
            return;
        }
        let Some(agreeing) = agreeing_number(&numbers, figure.amount) else {
            if let Some(value) = written_value(figure.amount) {
                self.error(
                    figure.at,
                    msg!(
                        "data-value-not-stated",
                        value = value,
                        text = text,
                        numbers = number_list(&numbers)
                    ),
                    msg!("data-value-not-stated-hint"),
                );
            }
            return;
        };
        // A band ("trên 80-90%", comparator "between") has two bounds of its own.
        if matches!(figure.amount, Amount::Range(..)) {
            return;
        }
        let Some(bound) = bound_of(text, &agreeing.span) else {
            return;
        };
        let (key, written) = match figure.relation {
            Relation::Qualifier(q) if q.symbol() != bound.symbol() => ("qualifier", q.symbol()),
            Relation::Comparator(c) if bound != Bound::About && c.symbol() != bound.symbol() => {
                ("comparator", c.symbol())
            }
            _ => return,
        };
        self.error(
            figure.at,
            msg!(
                "data-bound-mismatch",
                text = text,
                bound = bound_words(bound),
                key = key,
                written = written
            ),
            msg!(
                "data-bound-mismatch-hint",
                key = key,
                symbol = bound.symbol()
            ),
        );
    }
}

/// Where a figure's number is written: `value`, else `num`, else `range`.
pub(super) fn value_span<V, N, R>(
    value: &Option<Spanned<V>>,
    num: &Option<Spanned<N>>,
    range: &Option<Spanned<R>>,
) -> Option<Range<usize>> {
    value
        .as_ref()
        .map(Spanned::span)
        .or_else(|| num.as_ref().map(Spanned::span))
        .or_else(|| range.as_ref().map(Spanned::span))
}

/// The stated number the value is, if one is.
fn agreeing_number<'n>(numbers: &'n [StatedNumber], amount: &Amount) -> Option<&'n StatedNumber> {
    let any = |value: f64| numbers.iter().find(|n| n.agrees_with(value));
    match *amount {
        Amount::Number(v) => any(v),
        Amount::Range(lo, hi) => any(lo).or_else(|| any(hi)),
        Amount::Fraction { num, den, percent } => {
            let numerator = numbers.iter().find(|n| n.role == NumberRole::Numerator);
            let denominator = numbers.iter().find(|n| n.role == NumberRole::Denominator);
            if let (Some(n), Some(d), Some(den)) = (numerator, denominator, den) {
                // "67/85": the fraction the document writes must be this one.
                return (n.agrees_with(num) && d.agrees_with(den)).then_some(n);
            }
            let computed = den.map(|den| num / den * 100.0);
            any(num)
                .or_else(|| den.and_then(any))
                .or_else(|| percent.and_then(any))
                .or_else(|| computed.and_then(any))
        }
        Amount::Bool(_) | Amount::Level(_) => None,
    }
}

/// The value as the message names it: numbers, written in the language of the message.
fn written_value(amount: &Amount) -> Option<Arg> {
    Some(match *amount {
        Amount::Number(v) => v.into(),
        Amount::Range(low, high) => msg!("data-value-range", low = low, high = high).into(),
        Amount::Fraction { num, den, .. } => match den {
            Some(den) => msg!("data-value-fraction", num = num, den = den).into(),
            None => num.into(),
        },
        Amount::Bool(_) | Amount::Level(_) => return None,
    })
}

/// The numbers the words write, one after the other (vi "58,6; 13", en "58.6, 13").
fn number_list(numbers: &[StatedNumber]) -> Arg {
    let mut values = numbers.iter().rev().map(|n| Arg::from(n.value));
    let last = values.next().unwrap_or(Arg::Text(String::new()));
    values.fold(last, |more, number| {
        msg!("data-numbers-more", number = number, more = more).into()
    })
}

/// What the words around the number at `span` say of it: "trên 98%" more than, "từ 95% trở lên"
/// at least, "gần 80%" about…
fn bound_of(text: &str, span: &Range<usize>) -> Option<Bound> {
    let before = text[..span.start].trim_end().to_lowercase();
    let after: String = text[span.end..]
        .to_lowercase()
        .split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ");
    if after.contains("trở lên") {
        return Some(Bound::AtLeast);
    }
    if after.contains("trở xuống") {
        return Some(Bound::AtMost);
    }
    // Longer phrases first: "không quá" is no "quá", "không dưới" no "dưới".
    const WORDS: &[(&str, Bound)] = &[
        ("không dưới", Bound::AtLeast),
        ("không thấp hơn", Bound::AtLeast),
        ("ít nhất", Bound::AtLeast),
        ("tối thiểu", Bound::AtLeast),
        ("không vượt quá", Bound::AtMost),
        ("không quá", Bound::AtMost),
        ("không cao hơn", Bound::AtMost),
        ("không hơn", Bound::AtMost),
        ("tối đa", Bound::AtMost),
        ("chưa đến", Bound::Below),
        ("chưa tới", Bound::Below),
        ("dưới", Bound::Below),
        ("trên", Bound::Above),
        ("hơn", Bound::Above),
        ("gần", Bound::About),
        ("khoảng", Bound::About),
        ("xấp xỉ", Bound::About),
        ("chừng", Bound::About),
    ];
    WORDS.iter().find_map(|(words, bound)| {
        let rest = before.strip_suffix(words)?;
        // A whole word: "trên", not the end of another.
        rest.chars()
            .last()
            .is_none_or(|c| !c.is_alphanumeric())
            .then_some(*bound)
    })
}

fn bound_words(bound: Bound) -> Message {
    match bound {
        Bound::Above => msg!("data-bound-above"),
        Bound::AtLeast => msg!("data-bound-at-least"),
        Bound::Below => msg!("data-bound-below"),
        Bound::AtMost => msg!("data-bound-at-most"),
        Bound::About => msg!("data-bound-about"),
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;

    const COUNT: &str = "id = \"x\"\nname = \"X\"\nunit = \"count\"\nunit_label = \"giải\"\ndirection = \"higher_better\"\n";

    #[test]
    fn a_value_must_be_a_number_its_words_write() {
        let e = only_error(&format!(
            "{COUNT}[[indicator.obs]]\nyear = 2022\nvalue = 31\nas_stated = \"13 giải\"\n"
        ));
        assert_eq!(
            e.message.en(),
            "the value 31 is not the number as_stated writes: \"13 giải\" writes 13"
        );
        assert_eq!(e.position(), "data.toml:13:9");
        assert_eq!(
            e.message.vi(),
            "giá trị 31 không phải là số ghi trong as_stated: \"13 giải\" ghi 13"
        );
        assert!(e.hint.unwrap().en().contains("differs_from_stated"));
        for (value, stated) in [
            ("13", "13 giải"),
            ("4", "bốn giải"),
            ("82553", "82.553 đảng viên"),
            ("1", "mỗi tháng một lần"),
            ("20", "hai mươi giải"),
        ] {
            let (data, diagnostics) = parse(&format!(
                "{COUNT}[[indicator.obs]]\nyear = 2022\nvalue = {value}\nas_stated = \"{stated}\"\n"
            ));
            assert!(
                data.is_some() && diagnostics.is_empty(),
                "{stated}: {diagnostics:#?}"
            );
        }
        // No number in the words, or a difference the document makes itself: fine.
        for extra in [
            "as_stated = \"đảm bảo và vượt kế hoạch\"",
            "as_stated = \"13 giải\"\ndiffers_from_stated = \"Phụ lục ghi 31 giải\"",
        ] {
            let (data, diagnostics) = parse(&format!(
                "{COUNT}[[indicator.obs]]\nyear = 2022\nvalue = 31\n{extra}\n"
            ));
            assert!(
                data.is_some() && diagnostics.is_empty(),
                "{extra}: {diagnostics:#?}"
            );
        }
    }

    #[test]
    fn a_fraction_and_its_percentage_agree_with_the_words() {
        let ratio = "id = \"x\"\nname = \"X\"\nunit = \"ratio\"\n";
        let ok = [
            "num = 67\nden = 85\nvalue = 78.8\nas_stated = \"67/85 trường (78,8%)\"",
            "num = 444\nden = 702\nas_stated = \"63,24%\"",
        ];
        for amount in ok {
            let (data, diagnostics) = parse(&format!(
                "{ratio}[[indicator.obs]]\nyear = 2022\n{amount}\n"
            ));
            assert!(
                data.is_some() && diagnostics.is_empty(),
                "{amount}: {diagnostics:#?}"
            );
        }
        let e = only_error(&format!(
            "{ratio}[[indicator.obs]]\nyear = 2022\nnum = 76\nden = 85\nas_stated = \"67/85 trường\"\n"
        ));
        assert_eq!(
            e.message.en(),
            "the value 76/85 is not the number as_stated writes: \"67/85 trường\" writes 67, 85"
        );
        // Each number said the language's way, and listed so that "58,6" stays one number.
        let e = only_error(&format!(
            "{ratio}[[indicator.obs]]\nyear = 2022\nnum = 1900\nden = 2000\nvalue = 95\nas_stated = \"1.826/2.000 trường (91,3%)\"\n"
        ));
        assert_eq!(
            e.message.vi(),
            "giá trị 1.900/2.000 không phải là số ghi trong as_stated: \"1.826/2.000 trường (91,3%)\" ghi 1.826; 2.000; 91,3"
        );
        assert_eq!(
            e.message.en(),
            "the value 1,900/2,000 is not the number as_stated writes: \"1.826/2.000 trường (91,3%)\" writes 1,826, 2,000, 91.3"
        );
    }

    #[test]
    fn the_words_bound_must_be_the_qualifiers_or_comparators() {
        let percent = "id = \"x\"\nname = \"X\"\nunit = \"%\"\ndirection = \"higher_better\"\n";
        let e = only_error(&format!(
            "{percent}[[indicator.obs]]\nyear = 2022\nvalue = 98\nas_stated = \"trên 98%\"\n"
        ));
        assert_eq!(
            e.message.en(),
            "as_stated \"trên 98%\" says more than the number (\">\"), but qualifier is \"=\""
        );
        assert!(e.hint.as_ref().unwrap().en().contains("qualifier = \">\""));
        assert_eq!(
            e.message.vi(),
            "as_stated \"trên 98%\" có nghĩa là cao hơn số ấy (\">\", như \"trên\"), nhưng đang ghi qualifier = \"=\""
        );
        assert_eq!(
            e.hint.unwrap().vi(),
            "đặt qualifier = \">\" để biểu đồ và kết luận vượt, đạt, chưa đạt hiểu số liệu đúng như văn bản"
        );
        let e = only_error(&format!(
            "{percent}[[indicator.target]]\nterm = \"2020-2025\"\ncomparator = \">\"\nvalue = 95\nas_stated = \"từ 95% trở lên\"\n"
        ));
        assert_eq!(
            e.message.en(),
            "as_stated \"từ 95% trở lên\" says at least the number (\">=\"), but comparator is \">\""
        );
        for ok in [
            "[[indicator.obs]]\nyear = 2022\nvalue = 98\nqualifier = \">\"\nas_stated = \"trên 98%\"",
            "[[indicator.obs]]\nyear = 2022\nvalue = 80\nqualifier = \"~\"\napprox_side = \"below\"\nas_stated = \"gần 80%\"",
            "[[indicator.target]]\nterm = \"2020-2025\"\nvalue = 95\nas_stated = \"từ 95% trở lên\"",
            "[[indicator.target]]\nterm = \"2020-2025\"\nvalue = 95\nas_stated = \"đạt 95%\"",
            "[[indicator.obs]]\nyear = 2022\nvalue = 100\nas_stated = \"không quá 100% so với\"\nqualifier = \"<=\"",
        ] {
            let (data, diagnostics) = parse(&format!("{percent}{ok}\n"));
            assert!(
                data.is_some() && diagnostics.is_empty(),
                "{ok}: {diagnostics:#?}"
            );
        }
    }
}
