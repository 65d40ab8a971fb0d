//! The figures behind the pages, for download: CSV and JSON of a term's indicators and of one
//! indicator across all terms. Each figure is one row: a result, a baseline or a target, with
//! its number as a plain number (decimal point, no thousands separator, never three decimals
//! alone: see `plain_number`) beside the words of the report ("trên 98%").
//!
//! CSV is written for spreadsheets: UTF-8 with a byte-order mark (without it Excel reads
//! Vietnamese as mojibake), comma-separated, CRLF line ends (RFC 4180), headers in the
//! interface language (relations too: "từ … trở lên"); a text cell that starts with = + - @
//! (or tab, CR) is prefixed with `'` so that no spreadsheet runs it as a formula.

use crate::i18n::I18n;
use crate::model::indicator::{Amount, Confidence, Indicator, Per, Provenance, Role, Target};
use crate::model::org::Org;
use crate::model::term::Term;
use crate::plan::DataFormat;
use base64::Engine;
use base64::prelude::BASE64_STANDARD;
use serde::Serialize;

/// A link to a download, with the name to save it under.
#[derive(Debug, Serialize)]
pub struct DownloadLink {
    /// `csv` or `json`.
    pub format: &'static str,
    pub url: String,
    pub file: String,
}

impl DownloadLink {
    /// The file inside the link itself (a `data:` address): nothing more to write or host,
    /// and it downloads from an archive opened from disk too.
    pub fn embedded(format: DataFormat, name: &str, bytes: &[u8]) -> DownloadLink {
        let media_type = match format {
            DataFormat::Csv => "text/csv;charset=utf-8",
            DataFormat::Json => "application/json",
        };
        DownloadLink {
            format: format.extension(),
            url: format!("data:{media_type};base64,{}", BASE64_STANDARD.encode(bytes)),
            file: format!("{name}.{}", format.extension()),
        }
    }
}

/// One figure of an indicator.
#[derive(Debug, Serialize)]
pub struct Figure {
    /// `result`, `baseline`, `target` or `change`.
    pub kind: &'static str,
    /// The term it reports on (targets: the term that set it), "2015-2020"; empty if none.
    pub term: String,
    /// When: "2019", "2019-2020" (a school year), "2015-2020" (a term), "29/09/2022"; a
    /// target's deadline year, else its term; none for a change whose document names no time.
    pub period: Option<String>,
    /// The number compared and charted (a fraction's percentage); a change's, signed.
    pub value: Option<f64>,
    pub numerator: Option<f64>,
    pub denominator: Option<f64>,
    /// How the stated number relates to the truth or the target: `=`, `>`, `>=`, `~`…
    pub relation: &'static str,
    /// The figure's words as the report prints them; none for a figure it does not print (a
    /// derived one, or one written without `as_stated`).
    pub as_stated: Option<String>,
    /// Computed by whoever entered the data, not printed in the report.
    pub derived: bool,
    /// A change's unit: `pp` (percentage points), `percent`, `count` or `unclear`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub change_unit: Option<&'static str>,
    /// Targets: `vuot`, `dat`, `chua-dat` or `chua-du-du-lieu`.
    pub verdict: Option<&'static str>,
}

#[derive(Debug, Serialize)]
pub struct IndicatorData {
    pub id: String,
    pub name: String,
    /// `%`, `count`, `ratio`, `bool`, `rating`.
    pub unit: &'static str,
    pub unit_label: Option<String>,
    /// A rate's period: `year`, `quarter` or `month` ("mỗi tháng một lần").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per: Option<&'static str>,
    pub direction: &'static str,
    pub figures: Vec<Figure>,
}

#[derive(Debug, Serialize)]
struct Download<'a> {
    organisation: OrgRef<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    term: Option<String>,
    /// The page the figures come from.
    page: String,
    indicators: &'a [IndicatorData],
}

#[derive(Debug, Serialize)]
struct OrgRef<'a> {
    slug: &'a str,
    name: &'a str,
}

/// What one download holds: an organisation's indicators, their figures kept by `keep`.
pub struct Selection<'a> {
    pub org: &'a Org,
    /// `Some` for a term's download.
    pub term: Option<Term>,
    pub indicators: Vec<IndicatorData>,
    /// The absolute address of the page shown beside the download.
    pub page: String,
}

impl<'a> Selection<'a> {
    /// A term's indicators: the figures that report on `term` and the targets it set.
    pub fn term(org: &'a Org, term: Term, page: String) -> Selection<'a> {
        let indicators = org
            .indicators
            .iter()
            .map(|i| indicator_data(org, i, Some(term)))
            .filter(|d| !d.figures.is_empty())
            .collect();
        Selection {
            org,
            term: Some(term),
            indicators,
            page,
        }
    }

    /// One indicator across all terms.
    pub fn indicator(org: &'a Org, indicator: &Indicator, page: String) -> Selection<'a> {
        Selection {
            org,
            term: None,
            indicators: vec![indicator_data(org, indicator, None)],
            page,
        }
    }

    pub fn json(&self) -> Vec<u8> {
        let download = Download {
            organisation: OrgRef {
                slug: &self.org.slug,
                name: &self.org.name,
            },
            term: self.term.map(|t| t.to_string()),
            page: self.page.clone(),
            indicators: &self.indicators,
        };
        let mut out = serde_json::to_vec_pretty(&download).expect("plain data serialises");
        out.push(b'\n');
        out
    }

    pub fn csv(&self, i18n: &I18n) -> Vec<u8> {
        let mut out = "\u{feff}".as_bytes().to_vec();
        let mut writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(&mut out);
        let header: Vec<String> = COLUMNS
            .iter()
            .map(|key| i18n.text(&format!("csv_{key}")))
            .collect();
        write_row(&mut writer, &header);
        for data in &self.indicators {
            for figure in &data.figures {
                let number = |n: Option<f64>| n.map(plain_number).unwrap_or_default();
                let row = [
                    safe(&data.id),
                    safe(&data.name),
                    safe(&self.org.name),
                    figure.term.clone(),
                    i18n.label("figure_kinds", figure.kind),
                    safe(
                        &figure
                            .period
                            .clone()
                            .unwrap_or_else(|| i18n.text("period_unstated")),
                    ),
                    number(figure.value),
                    number(figure.numerator),
                    number(figure.denominator),
                    relation(figure, i18n),
                    safe(&unit_cell(data, figure, i18n)),
                    safe(figure.as_stated.as_deref().unwrap_or_default()),
                    i18n.text(if figure.derived { "yes" } else { "no" }),
                    figure
                        .verdict
                        .map(|v| i18n.label("verdicts", v))
                        .unwrap_or_default(),
                ];
                write_row(&mut writer, &row);
            }
        }
        writer.flush().expect("writing to memory cannot fail");
        drop(writer);
        out
    }
}

/// The CSV columns, by the key of their header (`csv_<key>` in the interface strings).
const COLUMNS: [&str; 14] = [
    "indicator",
    "name",
    "organisation",
    "term",
    "kind",
    "period",
    "value",
    "numerator",
    "denominator",
    "relation",
    "unit",
    "as_stated",
    "derived",
    "verdict",
];

fn write_row(writer: &mut csv::Writer<&mut Vec<u8>>, row: &[String]) {
    writer
        .write_record(row)
        .expect("writing to memory cannot fail");
}

/// A number as the CSV writes it: decimal point, no grouping. Exactly three decimals get a
/// fourth, zero: a spreadsheet in a locale that groups thousands with `.` (Vietnamese, German)
/// would read "1.234" as 1234, but leaves "1.2340" as visible text instead of a wrong number.
fn plain_number(value: f64) -> String {
    let text = value.to_string();
    match text.split_once('.') {
        Some((_, decimals)) if decimals.len() == 3 => format!("{text}0"),
        _ => text,
    }
}

/// The relation cell, in words of the interface ("từ … trở lên", "bằng"): a symbol such as a
/// lone `=` would be a formula, and guarding it showed `'=`. Empty for an exact result.
fn relation(figure: &Figure, i18n: &I18n) -> String {
    match (figure.kind, figure.relation) {
        ("result" | "baseline" | "change", "=") => String::new(),
        (_, relation) => safe(&i18n.label("relations", relation)),
    }
}

/// The unit cell: the indicator's unit, or a change's own (a change of a share is in points).
fn unit_cell(data: &IndicatorData, figure: &Figure, i18n: &I18n) -> String {
    let unit = data.unit_label.as_deref().unwrap_or(data.unit);
    let unit = match data.per {
        Some(per) => format!("{unit} {}", i18n.label("per", per)),
        None => unit.to_owned(),
    };
    match figure.change_unit {
        Some("count") | None => unit,
        Some(code) => i18n.label("change_units", code),
    }
}

/// A text cell no spreadsheet will take for a formula (OWASP's CSV-injection advice).
fn safe(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// The indicator's figures, those of `term` only when it is given.
fn indicator_data(org: &Org, indicator: &Indicator, term: Option<Term>) -> IndicatorData {
    let mut figures = Vec::new();
    for obs in &indicator.observations {
        let reports_on = org
            .terms
            .iter()
            .map(|t| t.term)
            .find(|t| obs.period.reports_on(*t, obs.file_term));
        if term.is_some() && reports_on != term {
            continue;
        }
        figures.push(Figure {
            kind: match obs.role {
                Role::Result => "result",
                Role::Baseline => "baseline",
            },
            term: reports_on.map(|t| t.to_string()).unwrap_or_default(),
            period: Some(obs.period.axis_label()),
            value: obs.amount.comparable(),
            numerator: obs.amount.count(),
            denominator: denominator(&obs.amount),
            relation: obs.qualifier.symbol(),
            as_stated: printed(&obs.provenance),
            derived: obs.provenance.confidence == Confidence::Derived,
            change_unit: None,
            verdict: None,
        });
    }
    for (target, evaluation) in indicator.targets.iter().zip(&indicator.evaluations) {
        if term.is_some_and(|t| t != target.term) {
            continue;
        }
        figures.push(Figure {
            kind: "target",
            term: target.term.to_string(),
            period: Some(target_period(target)),
            value: target.amount.comparable(),
            numerator: target.amount.count(),
            denominator: denominator(&target.amount),
            relation: target.comparator.symbol(),
            as_stated: printed(&target.provenance),
            derived: target.provenance.confidence == Confidence::Derived,
            change_unit: None,
            verdict: Some(evaluation.verdict.code()),
        });
    }
    for change in &indicator.changes {
        let reports_on = org.change_term(change);
        if term.is_some() && reports_on != term {
            continue;
        }
        figures.push(Figure {
            kind: "change",
            term: reports_on.map(|t| t.to_string()).unwrap_or_default(),
            period: change.period_text(None),
            value: Some(change.value),
            numerator: None,
            denominator: None,
            relation: "=",
            as_stated: printed(&change.provenance),
            derived: change.provenance.confidence == Confidence::Derived,
            change_unit: Some(change.unit.code()),
            verdict: None,
        });
    }
    IndicatorData {
        id: indicator.id.clone(),
        name: indicator.name.clone(),
        unit: indicator.unit.code(),
        unit_label: indicator.unit_label.clone(),
        per: indicator.per.map(Per::code),
        direction: indicator.direction.code(),
        figures,
    }
}

/// The words the report prints for a figure: its `as_stated`, unless the figure is derived.
fn printed(provenance: &Provenance) -> Option<String> {
    match provenance.confidence {
        Confidence::Derived => None,
        _ => provenance.as_stated().map(str::to_owned),
    }
}

fn denominator(amount: &Amount) -> Option<f64> {
    match amount {
        Amount::Fraction { den, .. } => *den,
        _ => None,
    }
}

fn target_period(target: &Target) -> String {
    match target.by {
        Some(year) => year.to_string(),
        None => target.term.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_that_looks_like_a_formula_stays_text() {
        assert_eq!(safe("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(safe("+1"), "'+1");
        assert_eq!(safe("-1"), "'-1");
        assert_eq!(safe("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(safe("trên 98%"), "trên 98%");
    }

    #[test]
    fn no_number_looks_grouped_by_thousands() {
        assert_eq!(plain_number(1.234), "1.2340");
        assert_eq!(plain_number(-0.125), "-0.1250");
        assert_eq!(plain_number(58.6), "58.6");
        assert_eq!(plain_number(1234.5678), "1234.5678");
        assert_eq!(plain_number(86.0), "86");
    }
}
