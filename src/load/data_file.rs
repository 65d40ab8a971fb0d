//! `content/<org>/<term>/data.toml`: the term's indicators. Each `[[indicator]]` is read on its
//! own, so one mistake does not hide the others; every value is checked against its unit.

use crate::config::Config;
use crate::diagnostics::Diagnostic;
use crate::load::toml_input::{deserialize, parse_table};
use crate::load::{to_date, valid_slug};
use crate::model::display::ValueFormat;
use crate::model::indicator::{
    Amount, ApproxSide, Assessment, Change, ChangeUnit, ChartKind, Comparator, ComparatorBasis,
    Confidence, Direction, Indicator, IndicatorKind, Observation, Per, Provenance, Qualifier, Role,
    StatedVerdict, Target, TargetKind, Unit,
};
use crate::model::org::Source;
use crate::model::period::Period;
use crate::model::term::{SchoolYear, Term};
use crate::source::{Origin, SourceFile};
use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};
use std::collections::HashSet;
use std::fmt;
use std::ops::Range;
use std::sync::Arc;
use toml::Spanned;
use toml::de::{DeTable, DeValue};
use toml::value::Datetime;

pub const DATA_FILE: &str = "data.toml";
pub const SCHEMA_VERSION: u32 = 1;

/// A parsed data file: its sources and indicators, each already checked on its own.
#[derive(Debug)]
pub struct DataFile {
    pub org: String,
    pub term: Term,
    pub display: String,
    pub sources: Vec<Source>,
    pub indicators: Vec<Indicator>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Header {
    schema_version: Spanned<u32>,
    org: Spanned<String>,
    term: Spanned<String>,
    #[serde(default)]
    source: Vec<Spanned<SourceInput>>,
    #[serde(default)]
    #[allow(dead_code)]
    indicator: de::IgnoredAny,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceInput {
    id: Spanned<String>,
    title: String,
    #[serde(default)]
    date: Option<Spanned<Datetime>>,
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    file: Option<String>,
    #[serde(default)]
    url: Option<Spanned<String>>,
    #[serde(default)]
    author: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IndicatorInput {
    id: Spanned<String>,
    name: Spanned<String>,
    #[serde(default)]
    name_en: Option<String>,
    #[serde(default)]
    group: Option<String>,
    unit: Unit,
    #[serde(default)]
    unit_label: Option<String>,
    #[serde(default)]
    per: Option<Per>,
    #[serde(default)]
    precision: Option<Spanned<u8>>,
    #[serde(default)]
    direction: Option<Direction>,
    #[serde(default)]
    scope: Option<String>,
    #[serde(default)]
    parent: Option<Spanned<String>>,
    #[serde(default)]
    scale: Option<Spanned<String>>,
    #[serde(default)]
    kind: IndicatorKind,
    #[serde(default)]
    chart: ChartKind,
    #[serde(default)]
    source: Option<Spanned<String>>,
    #[serde(default)]
    notes: Option<String>,
    #[serde(default)]
    allow_over: bool,
    // The sub-tables are read one by one (see `SubTables`); named here so that a mistyped
    // key's hint lists them among the valid keys.
    #[serde(default)]
    #[allow(dead_code)]
    obs: de::IgnoredAny,
    #[serde(default)]
    #[allow(dead_code)]
    target: de::IgnoredAny,
    #[serde(default)]
    #[allow(dead_code)]
    change: de::IgnoredAny,
    #[serde(default)]
    #[allow(dead_code)]
    assessment: de::IgnoredAny,
}

/// The `[[indicator.obs]]`, `[[indicator.target]]`, … tables of one indicator, each read on its
/// own so that one mistake does not hide the next.
#[derive(Default)]
struct SubTables {
    obs: Vec<Spanned<ObsInput>>,
    target: Vec<Spanned<TargetInput>>,
    change: Vec<Spanned<ChangeInput>>,
    assessment: Vec<Spanned<AssessmentInput>>,
}

const SUB_TABLES: [&str; 4] = ["obs", "target", "change", "assessment"];

impl SubTables {
    /// Takes the sub-tables out of an `[[indicator]]` table; errors go to `diagnostics`.
    fn take(
        file: &SourceFile,
        table: &mut DeTable<'_>,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> SubTables {
        let mut subs = SubTables::default();
        for name in SUB_TABLES {
            let Some(value) = table.remove(name) else {
                continue;
            };
            let span = value.span();
            let DeValue::Array(elements) = value.into_inner() else {
                diagnostics.push(
                    Diagnostic::error(format!("`{name}` must be a list of tables"))
                        .at(file, span)
                        .hint(format!(
                            "write each one under its own [[indicator.{name}]] header"
                        )),
                );
                continue;
            };
            for element in elements {
                let span = element.span();
                let read =
                    match name {
                        "obs" => {
                            deserialize(file, element).map(|v| subs.obs.push(Spanned::new(span, v)))
                        }
                        "target" => deserialize(file, element)
                            .map(|v| subs.target.push(Spanned::new(span, v))),
                        "change" => deserialize(file, element)
                            .map(|v| subs.change.push(Spanned::new(span, v))),
                        _ => deserialize(file, element)
                            .map(|v| subs.assessment.push(Spanned::new(span, v))),
                    };
                if let Err(d) = read {
                    diagnostics.extend(d);
                }
            }
        }
        subs
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ObsInput {
    #[serde(default)]
    year: Option<Spanned<i32>>,
    #[serde(default)]
    school_year: Option<Spanned<String>>,
    #[serde(default)]
    term: Option<Spanned<String>>,
    #[serde(default)]
    span: Option<Spanned<Vec<i32>>>,
    #[serde(default)]
    as_of: Option<Spanned<Datetime>>,
    #[serde(default)]
    period_text: Option<Spanned<String>>,
    #[serde(default)]
    each_year: Option<Spanned<bool>>,
    #[serde(default)]
    value: Option<Spanned<RawValue>>,
    #[serde(default)]
    num: Option<Spanned<f64>>,
    #[serde(default)]
    den: Option<Spanned<f64>>,
    #[serde(default)]
    range: Option<Spanned<Vec<f64>>>,
    #[serde(default)]
    qualifier: Qualifier,
    #[serde(default)]
    approx_side: Option<Spanned<ApproxSide>>,
    #[serde(default)]
    role: Role,
    #[serde(default)]
    breakdown: Option<String>,
    #[serde(default)]
    as_stated: Option<String>,
    #[serde(default)]
    confidence: Confidence,
    #[serde(default)]
    derivation: Option<String>,
    #[serde(default)]
    source: Option<Spanned<String>>,
    #[serde(default)]
    notes: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TargetInput {
    term: Spanned<String>,
    #[serde(default)]
    by: Option<Spanned<i32>>,
    #[serde(default)]
    each_year: bool,
    #[serde(default)]
    kind: TargetKind,
    #[serde(default)]
    comparator: Option<Spanned<Comparator>>,
    #[serde(default)]
    comparator_basis: Option<ComparatorBasis>,
    #[serde(default)]
    value: Option<Spanned<RawValue>>,
    #[serde(default)]
    num: Option<Spanned<f64>>,
    #[serde(default)]
    range: Option<Spanned<Vec<f64>>>,
    #[serde(default)]
    adopted_by: Option<String>,
    #[serde(default)]
    as_stated: Option<String>,
    #[serde(default)]
    confidence: Confidence,
    #[serde(default)]
    derivation: Option<String>,
    #[serde(default)]
    source: Option<Spanned<String>>,
    #[serde(default)]
    notes: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChangeInput {
    #[serde(default)]
    from: Option<Spanned<PeriodInput>>,
    #[serde(default)]
    to: Option<Spanned<PeriodInput>>,
    #[serde(default)]
    span: Option<Spanned<Vec<i32>>>,
    value: f64,
    change_unit: ChangeUnit,
    #[serde(default)]
    as_stated: Option<String>,
    #[serde(default)]
    confidence: Confidence,
    #[serde(default)]
    derivation: Option<String>,
    #[serde(default)]
    source: Option<Spanned<String>>,
    #[serde(default)]
    notes: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AssessmentInput {
    term: Spanned<String>,
    verdict: StatedVerdict,
    #[serde(default)]
    delta: Option<f64>,
    #[serde(default)]
    delta_unit: Option<ChangeUnit>,
    #[serde(default)]
    as_stated: Option<String>,
    #[serde(default)]
    confidence: Confidence,
    #[serde(default)]
    derivation: Option<String>,
    #[serde(default)]
    source: Option<Spanned<String>>,
    #[serde(default)]
    notes: Option<String>,
}

/// `from = { year = 2011 }` in a change.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PeriodInput {
    #[serde(default)]
    year: Option<Spanned<i32>>,
    #[serde(default)]
    school_year: Option<Spanned<String>>,
    #[serde(default)]
    term: Option<Spanned<String>>,
    #[serde(default)]
    as_of: Option<Spanned<Datetime>>,
}

/// The provenance keys shared by obs, target and change tables (spelt out in each: serde's
/// `flatten` would silently switch off `deny_unknown_fields`).
struct ProvenanceInput {
    as_stated: Option<String>,
    confidence: Confidence,
    derivation: Option<String>,
    source: Option<Spanned<String>>,
    notes: Option<String>,
}

macro_rules! provenance_of {
    ($input:expr) => {
        ProvenanceInput {
            as_stated: $input.as_stated,
            confidence: $input.confidence,
            derivation: $input.derivation,
            source: $input.source,
            notes: $input.notes,
        }
    };
}

/// `value` may be a number, true/false, or a rating level in quotes.
enum RawValue {
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

/// An absolute http(s) address.
fn web_address(text: &str) -> bool {
    url::Url::parse(text).is_ok_and(|url| matches!(url.scheme(), "http" | "https"))
}

/// What a data file is checked against: the folder it is in and the site's rating scales.
pub struct DataContext<'a> {
    pub org: &'a str,
    pub term: Term,
    pub config: &'a Config,
}

pub fn parse_data_file(
    file: &SourceFile,
    context: &DataContext,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<DataFile> {
    let table = parse_table(file, &file.text, diagnostics)?;
    let span = table.span();
    let root = table.into_inner();
    let indicators_value = root
        .iter()
        .find(|(k, _)| k.get_ref() == "indicator")
        .map(|(_, v)| v.clone());
    let indicators_count = indicators_value
        .as_ref()
        .and_then(|v| v.get_ref().as_array().map(|a| a.len()))
        .unwrap_or(0);
    let header: Header = deserialize(file, Spanned::new(span.clone(), DeValue::Table(root)))
        .map_err(|d| diagnostics.extend(d))
        .ok()?;
    let errors_before = diagnostics.len();
    let mut reader = Reader {
        file,
        origin_file: Arc::from(file.display.as_str()),
        context,
        diagnostics,
        source_ids: HashSet::new(),
        written_ids: written_ids(indicators_value.as_ref()),
    };
    reader.check_header(&header);
    let sources = reader.sources(header.source);
    let mut indicators = Vec::with_capacity(indicators_count);
    let mut seen: Vec<(String, Range<usize>)> = Vec::new();
    if let Some(value) = indicators_value {
        let elements = match value.into_inner() {
            DeValue::Array(array) => array.into_iter().collect::<Vec<_>>(),
            _ => {
                reader.diagnostics.push(
                    Diagnostic::error("`indicator` must be an array of tables")
                        .at(file, span.clone())
                        .hint("write each indicator under its own [[indicator]] header"),
                );
                Vec::new()
            }
        };
        for (position, element) in elements.into_iter().enumerate() {
            let span = element.span();
            let DeValue::Table(mut table) = element.into_inner() else {
                reader.diagnostics.push(
                    Diagnostic::error("`indicator` must be a list of tables")
                        .at(file, span)
                        .hint("write each indicator under its own [[indicator]] header"),
                );
                continue;
            };
            // Duplicates are found from the raw id, even when the rest of the table is wrong.
            if let Some(id) = table.get("id")
                && let Some(text) = id.get_ref().as_str()
            {
                if let Some((_, first)) = seen.iter().find(|(seen_id, _)| seen_id == text) {
                    let (line, _) = file.line_column(first.start);
                    reader.diagnostics.push(
                        Diagnostic::error(format!("duplicate indicator id \"{text}\""))
                            .at(file, id.span())
                            .hint(format!("line {line} already defines it; give this indicator another id or merge the two")),
                    );
                    continue;
                }
                seen.push((text.to_owned(), id.span()));
            }
            let subs = SubTables::take(file, &mut table, reader.diagnostics);
            match deserialize::<IndicatorInput>(file, Spanned::new(span, DeValue::Table(table))) {
                Ok(input) => {
                    if let Some(indicator) = reader.indicator(input, subs, position) {
                        indicators.push(indicator);
                    }
                }
                Err(d) => reader.diagnostics.extend(d),
            }
        }
    }
    if reader.diagnostics[errors_before..]
        .iter()
        .any(Diagnostic::is_error)
    {
        return None;
    }
    Some(DataFile {
        org: context.org.to_owned(),
        term: context.term,
        display: file.display.clone(),
        sources,
        indicators,
    })
}

/// The `id` of every `[[indicator]]` table, as written.
fn written_ids(indicators: Option<&Spanned<DeValue>>) -> HashSet<String> {
    let Some(DeValue::Array(tables)) = indicators.map(Spanned::get_ref) else {
        return HashSet::new();
    };
    tables
        .iter()
        .filter_map(|table| match table.get_ref() {
            DeValue::Table(table) => match table.get("id").map(Spanned::get_ref) {
                Some(DeValue::String(id)) => Some(id.to_string()),
                _ => None,
            },
            _ => None,
        })
        .collect()
}

struct Reader<'a, 'c> {
    file: &'a SourceFile,
    origin_file: Arc<str>,
    context: &'a DataContext<'c>,
    diagnostics: &'a mut Vec<Diagnostic>,
    source_ids: HashSet<String>,
    /// Every indicator id the file writes, valid or not: a suggested id must be none of them.
    written_ids: HashSet<String>,
}

impl Reader<'_, '_> {
    fn error(&mut self, span: Range<usize>, message: impl Into<String>, hint: impl Into<String>) {
        let d = Diagnostic::error(message).at(self.file, span).hint(hint);
        self.diagnostics.push(d);
    }

    fn warn(&mut self, span: Range<usize>, message: impl Into<String>, hint: impl Into<String>) {
        let d = Diagnostic::warning(message).at(self.file, span).hint(hint);
        self.diagnostics.push(d);
    }

    fn origin(&self, span: Range<usize>) -> Origin {
        Origin {
            file: self.origin_file.clone(),
            span,
        }
    }

    fn check_header(&mut self, header: &Header) {
        if *header.schema_version.get_ref() != SCHEMA_VERSION {
            self.error(
                header.schema_version.span(),
                format!(
                    "schema_version {} is not supported",
                    header.schema_version.get_ref()
                ),
                format!("this version of nhiemky reads schema_version = {SCHEMA_VERSION}"),
            );
        }
        let org = self.context.org;
        if header.org.get_ref() != org {
            self.error(
                header.org.span(),
                format!(
                    "org \"{}\" does not match the folder `{org}`",
                    header.org.get_ref()
                ),
                format!(
                    "set org = \"{org}\", or move the file to content/{}/",
                    header.org.get_ref()
                ),
            );
        }
        let term = self.context.term;
        match Term::parse(header.term.get_ref()) {
            Ok(t) if t == term => {}
            Ok(t) => self.error(
                header.term.span(),
                format!("term \"{t}\" does not match the folder `{term}`"),
                format!("set term = \"{term}\", or move the file to the folder {t}/"),
            ),
            Err(why) => self.error(header.term.span(), why, format!("write term = \"{term}\"")),
        }
    }

    fn sources(&mut self, inputs: Vec<Spanned<SourceInput>>) -> Vec<Source> {
        let mut sources = Vec::new();
        for input in inputs {
            let input = input.into_inner();
            let id = input.id.get_ref().clone();
            if !self.source_ids.insert(id.clone()) {
                self.error(
                    input.id.span(),
                    format!("duplicate source id \"{id}\""),
                    "give each [[source]] its own id",
                );
                continue;
            }
            let date = input
                .date
                .and_then(|d| to_date(self.file, &d, self.diagnostics));
            // The address becomes a link: only a web address may (never `javascript:`).
            let url = input.url.and_then(|url| match web_address(url.get_ref()) {
                true => Some(url.into_inner()),
                false => {
                    self.error(
                        url.span(),
                        format!("source url \"{}\" is not a web address", url.get_ref()),
                        "write the address as it opens in a browser, starting with https:// or http://",
                    );
                    None
                }
            });
            sources.push(Source {
                id,
                title: input.title,
                date,
                kind: input.kind,
                file: input.file,
                url,
                author: input.author,
                file_term: self.context.term,
            });
        }
        sources
    }

    fn check_source(&mut self, source: &Option<Spanned<String>>) -> Option<String> {
        let source = source.as_ref()?;
        if !self.source_ids.contains(source.get_ref()) {
            let known: Vec<&str> = self.source_ids.iter().map(String::as_str).collect();
            let hint = if known.is_empty() {
                "add a [[source]] with this id at the top of the file".to_owned()
            } else {
                let mut known = known;
                known.sort_unstable();
                format!("sources in this file: {}", known.join(", "))
            };
            self.error(
                source.span(),
                format!("unknown source \"{}\"", source.get_ref()),
                hint,
            );
        }
        Some(source.get_ref().clone())
    }

    fn provenance(&mut self, input: ProvenanceInput, span: Range<usize>) -> Provenance {
        match input.confidence {
            Confidence::Derived if input.derivation.as_deref().is_none_or(str::is_empty) => self.error(
                span.clone(),
                "a derived value needs its derivation",
                "say how it was computed, e.g. derivation = \"78,8 − 3,8 (vượt 3,8% mục tiêu)\"",
            ),
            Confidence::Ambiguous if input.notes.as_deref().is_none_or(str::is_empty) => self.error(
                span.clone(),
                "an ambiguous value needs notes",
                "say what is unclear, e.g. notes = \"could be the target or the result\"",
            ),
            _ => {}
        }
        let source = self.check_source(&input.source);
        Provenance::new(
            input.confidence,
            input.as_stated.filter(|s| !s.trim().is_empty()),
            input.derivation,
            source,
            input.notes,
        )
    }

    fn indicator(
        &mut self,
        input: IndicatorInput,
        subs: SubTables,
        position: usize,
    ) -> Option<Indicator> {
        let errors_before = self.diagnostics.len();
        let id = input.id.get_ref().clone();
        if !valid_slug(&id) {
            self.error(
                input.id.span(),
                format!("indicator id \"{id}\" may only use a-z, 0-9 and -"),
                format!(
                    "ids are part of web addresses, e.g. id = \"{}\"",
                    crate::vi::unused_slug(&id, "chi-tieu", |s| self.written_ids.contains(s))
                ),
            );
        }
        if input.name.get_ref().trim().is_empty() {
            self.error(
                input.name.span(),
                "indicator name is empty",
                "write the indicator's Vietnamese name",
            );
        }
        if let Some(parent) = &input.parent
            && parent.get_ref() == &id
        {
            self.error(
                parent.span(),
                "an indicator cannot be its own parent",
                "name the indicator it is a part of",
            );
        }
        let precision = match &input.precision {
            Some(p) if *p.get_ref() > 6 => {
                self.error(
                    p.span(),
                    "precision must be 0 to 6 decimals",
                    "e.g. precision = 1 for 58,6%",
                );
                1
            }
            Some(p) => *p.get_ref(),
            None => match input.unit {
                Unit::Percent | Unit::Ratio => 1,
                _ => 0,
            },
        };
        let scale_levels = match (&input.scale, input.unit) {
            (Some(scale), _) => match self.context.config.scales.get(scale.get_ref()) {
                Some(levels) => Some(levels.clone()),
                None => {
                    let known: Vec<&str> = self
                        .context
                        .config
                        .scales
                        .keys()
                        .map(String::as_str)
                        .collect();
                    self.error(
                        scale.span(),
                        format!("unknown scale \"{}\"", scale.get_ref()),
                        if known.is_empty() {
                            "define it in config.toml: [scales.<name>] levels = [\"…\", …]"
                                .to_owned()
                        } else {
                            format!("scales in config.toml: {}", known.join(", "))
                        },
                    );
                    None
                }
            },
            (None, Unit::Rating) => {
                self.error(
                    input.id.span(),
                    "a rating indicator needs a scale",
                    "add scale = \"<name>\" naming a [scales.<name>] table of config.toml",
                );
                None
            }
            (None, _) => None,
        };
        let needs_direction = !subs.target.is_empty() || !subs.change.is_empty();
        let direction = match input.direction {
            Some(d) => d,
            None if needs_direction => {
                self.error(
                    input.id.span(),
                    "direction is required when an indicator has targets or changes",
                    "add direction = \"higher_better\", \"lower_better\" or \"neutral\"",
                );
                Direction::Neutral
            }
            None => Direction::Neutral,
        };
        let indicator_source = self.check_source(&input.source);
        let mut indicator = Indicator {
            id: id.clone(),
            name: input.name.into_inner(),
            name_en: input.name_en,
            group: input.group.filter(|g| !g.is_empty()),
            unit: input.unit,
            unit_label: input.unit_label.filter(|l| !l.is_empty()),
            per: input.per,
            precision,
            direction,
            scope: input.scope.filter(|s| !s.is_empty()),
            parent: input.parent.map(Spanned::into_inner),
            scale: input.scale.map(Spanned::into_inner),
            kind: input.kind,
            chart: input.chart,
            notes: input.notes,
            allow_over: input.allow_over,
            // Sized exactly: a first push would reserve room for four, and a large archive
            // holds hundreds of thousands of these.
            observations: Vec::with_capacity(subs.obs.len()),
            targets: Vec::with_capacity(subs.target.len()),
            changes: Vec::with_capacity(subs.change.len()),
            assessments: Vec::with_capacity(subs.assessment.len()),
            children: Vec::new(),
            defined_in: vec![self.context.term],
            evaluations: Vec::new(),
            order: (self.context.term, position),
            origin: self.origin(input.id.span()),
            chart_kind: None,
        };
        let shape = Shape {
            unit: indicator.unit,
            allow_over: indicator.allow_over,
            scale: scale_levels.as_deref(),
        };
        for obs in subs.obs {
            let span = obs.span();
            if let Some(mut o) = self.observation(obs.into_inner(), span, &shape) {
                o.provenance.default_source(indicator_source.as_ref());
                indicator.observations.push(o);
            }
        }
        for target in subs.target {
            let span = target.span();
            if let Some(t) = self.target(target.into_inner(), span, &shape, direction) {
                indicator.targets.push(t);
            }
        }
        for change in subs.change {
            let span = change.span();
            if let Some(c) = self.change(change.into_inner(), span) {
                indicator.changes.push(c);
            }
        }
        for assessment in subs.assessment {
            let span = assessment.span();
            if let Some(a) = self.assessment(assessment.into_inner(), span) {
                indicator.assessments.push(a);
            }
        }
        if self.diagnostics[errors_before..]
            .iter()
            .any(Diagnostic::is_error)
        {
            return None;
        }
        let format = ValueFormat {
            unit: indicator.unit,
            precision: indicator.precision,
            unit_label: indicator.unit_label.as_deref(),
            pad_small_counts: self.context.config.locale.pad_small_counts,
        };
        for obs in &mut indicator.observations {
            obs.display = match obs.provenance.as_stated() {
                Some(text) => text.to_owned(),
                None => format.qualified(&obs.amount, obs.qualifier, obs.approx_side),
            };
        }
        for target in &mut indicator.targets {
            target.display = match target.provenance.as_stated() {
                Some(text) => text.to_owned(),
                None => format.target(&target.amount, target.kind, target.comparator, target.basis),
            };
        }
        for change in &mut indicator.changes {
            change.display = match change.provenance.as_stated() {
                Some(text) => text.to_owned(),
                None => format.change(change.value, change.unit),
            };
        }
        Some(indicator)
    }

    fn term(&mut self, text: &Spanned<String>) -> Option<Term> {
        Term::parse(text.get_ref())
            .map_err(|why| {
                self.error(
                    text.span(),
                    why,
                    "write a congress term as \"YYYY-YYYY\", e.g. \"2020-2025\"",
                )
            })
            .ok()
    }

    fn year(&mut self, year: &Spanned<i32>) -> Option<i32> {
        let y = *year.get_ref();
        if !(1930..=2100).contains(&y) {
            self.error(
                year.span(),
                format!("year {y} is out of range"),
                "write a four-digit year, e.g. 2019",
            );
            return None;
        }
        Some(y)
    }

    /// Exactly one period key; `span` may go with `as_of`.
    fn observation_period(&mut self, input: &ObsInput, span: Range<usize>) -> Option<Period> {
        let given = [
            input.year.is_some(),
            input.school_year.is_some(),
            input.term.is_some(),
            input.span.is_some(),
            input.as_of.is_some() && input.span.is_none(),
            input.period_text.is_some(),
        ]
        .iter()
        .filter(|&&g| g)
        .count();
        if given != 1 {
            self.error(
                span,
                if given == 0 { "observation has no period" } else { "observation has more than one period" },
                "give exactly one of: year = 2019, school_year = \"2019-2020\", term = \"2015-2020\", span = [2011, 2019] (with an optional as_of), as_of = 2022-09-29, period_text = \"…\"",
            );
            return None;
        }
        let each_year = input.each_year.as_ref().is_some_and(|e| *e.get_ref());
        if each_year && input.term.is_none() {
            let at = input.each_year.as_ref().map_or(span, |e| e.span());
            self.error(
                at,
                "each_year only goes with term = \"…\"",
                "\"hằng năm\" in a term: term = \"2015-2020\" and each_year = true",
            );
            return None;
        }
        if let Some(year) = &input.year {
            return self.year(year).map(Period::Year);
        }
        if let Some(sy) = &input.school_year {
            return SchoolYear::parse(sy.get_ref())
                .map_err(|why| self.error(sy.span(), why, "write school_year = \"2019-2020\""))
                .ok()
                .map(Period::SchoolYear);
        }
        if let Some(term) = &input.term {
            return self.term(term).map(|term| Period::Term { term, each_year });
        }
        if let Some(years) = &input.span {
            let as_of = match &input.as_of {
                Some(d) => Some(to_date(self.file, d, self.diagnostics)?),
                None => None,
            };
            return self
                .span_period(years)
                .map(|(from, to)| Period::Span { from, to, as_of });
        }
        if let Some(date) = &input.as_of {
            return to_date(self.file, date, self.diagnostics).map(Period::AsOf);
        }
        input
            .period_text
            .as_ref()
            .map(|t| Period::Text(t.get_ref().clone()))
    }

    fn span_period(&mut self, years: &Spanned<Vec<i32>>) -> Option<(i32, i32)> {
        match years.get_ref().as_slice() {
            [from, to] if from <= to => Some((*from, *to)),
            _ => {
                self.error(
                    years.span(),
                    "span must be [from_year, to_year]",
                    "e.g. span = [2011, 2019]",
                );
                None
            }
        }
    }

    fn observation(
        &mut self,
        input: ObsInput,
        span: Range<usize>,
        shape: &Shape,
    ) -> Option<Observation> {
        let period = self.observation_period(&input, span.clone());
        let amount = self.amount(
            AmountInput {
                value: &input.value,
                num: &input.num,
                den: &input.den,
                range: &input.range,
            },
            span.clone(),
            shape,
            Side::Observation,
        );
        if input.qualifier != Qualifier::About
            && let Some(side) = &input.approx_side
        {
            self.error(
                side.span(),
                "approx_side only goes with qualifier = \"~\"",
                "remove approx_side, or set qualifier = \"~\" for \"gần\"/\"khoảng\"",
            );
        }
        let provenance = self.provenance(provenance_of!(input), span.clone());
        Some(Observation {
            period: period?,
            amount: amount?,
            qualifier: input.qualifier,
            approx_side: input
                .approx_side
                .map_or(ApproxSide::Either, Spanned::into_inner),
            role: input.role,
            breakdown: input.breakdown.filter(|b| !b.is_empty()),
            provenance,
            file_term: self.context.term,
            origin: self.origin(span),
            display: String::new(),
        })
    }

    fn target(
        &mut self,
        input: TargetInput,
        span: Range<usize>,
        shape: &Shape,
        direction: Direction,
    ) -> Option<Target> {
        let term = self.term(&input.term);
        let by = match &input.by {
            Some(by) => Some(self.year(by)?),
            None => None,
        };
        if let (Some(term), Some(by_year), Some(by_span)) = (term, by, input.by.as_ref())
            && !(term.start..=term.end).contains(&by_year)
        {
            self.warn(
                by_span.span(),
                format!("deadline {by_year} is outside the term {term}"),
                "check the year of \"đến năm …\"",
            );
        }
        let (comparator, basis) = match &input.comparator {
            Some(c) => (
                *c.get_ref(),
                input.comparator_basis.unwrap_or(ComparatorBasis::Explicit),
            ),
            None => (
                match direction {
                    Direction::HigherBetter => Comparator::AtLeast,
                    Direction::LowerBetter => Comparator::AtMost,
                    Direction::Neutral => Comparator::Equal,
                },
                ComparatorBasis::Implicit,
            ),
        };
        let is_between = comparator == Comparator::Between;
        if is_between != input.range.is_some() {
            let at = input.comparator.as_ref().map_or(span.clone(), |c| c.span());
            self.error(
                at,
                if is_between {
                    "comparator \"between\" needs a range"
                } else {
                    "a range needs comparator = \"between\""
                },
                "a band target is written comparator = \"between\" with range = [80, 90]",
            );
            return None;
        }
        let amount = self.amount(
            AmountInput {
                value: &input.value,
                num: &input.num,
                den: &None,
                range: &input.range,
            },
            span.clone(),
            shape,
            Side::Target,
        );
        let provenance = self.provenance(provenance_of!(input), span.clone());
        Some(Target {
            term: term?,
            by,
            each_year: input.each_year,
            kind: input.kind,
            comparator,
            basis,
            amount: amount?,
            adopted_by: input.adopted_by.filter(|a| !a.is_empty()),
            provenance,
            file_term: self.context.term,
            origin: self.origin(span),
            display: String::new(),
        })
    }

    fn change(&mut self, input: ChangeInput, span: Range<usize>) -> Option<Change> {
        let from = match &input.from {
            Some(p) => Some(self.period(p)?),
            None => None,
        };
        let to = match &input.to {
            Some(p) => Some(self.period(p)?),
            None => None,
        };
        let (from, to) = match &input.span {
            Some(years) if from.is_none() && to.is_none() => {
                let (a, b) = self.span_period(years)?;
                (Some(Period::Year(a)), Some(Period::Year(b)))
            }
            Some(years) => {
                self.error(
                    years.span(),
                    "a change has either span or from/to, not both",
                    "keep span = [a, b], or from = { … } and to = { … }",
                );
                return None;
            }
            None => (from, to),
        };
        if from.is_none() && to.is_none() {
            self.error(
                span.clone(),
                "a change needs a period",
                "add from = { year = 2011 } (and to = { … }), or span = [2011, 2019]",
            );
            return None;
        }
        let provenance = self.provenance(provenance_of!(input), span);
        Some(Change {
            from,
            to,
            value: input.value,
            unit: input.change_unit,
            provenance,
            file_term: self.context.term,
            display: String::new(),
        })
    }

    fn assessment(&mut self, input: AssessmentInput, span: Range<usize>) -> Option<Assessment> {
        let term = self.term(&input.term);
        let (verdict, delta, delta_unit) = (input.verdict, input.delta, input.delta_unit);
        let provenance = self.provenance(provenance_of!(input), span.clone());
        Some(Assessment {
            term: term?,
            verdict,
            delta,
            delta_unit,
            provenance,
            origin: self.origin(span),
        })
    }

    fn period(&mut self, input: &Spanned<PeriodInput>) -> Option<Period> {
        let p = input.get_ref();
        let given = [
            p.year.is_some(),
            p.school_year.is_some(),
            p.term.is_some(),
            p.as_of.is_some(),
        ]
        .iter()
        .filter(|&&g| g)
        .count();
        if given != 1 {
            self.error(
                input.span(),
                "give exactly one period key",
                "e.g. from = { year = 2011 } or to = { school_year = \"2019-2020\" }",
            );
            return None;
        }
        if let Some(year) = &p.year {
            return self.year(year).map(Period::Year);
        }
        if let Some(sy) = &p.school_year {
            return SchoolYear::parse(sy.get_ref())
                .map_err(|why| self.error(sy.span(), why, "write school_year = \"2019-2020\""))
                .ok()
                .map(Period::SchoolYear);
        }
        if let Some(term) = &p.term {
            return self.term(term).map(|term| Period::Term {
                term,
                each_year: false,
            });
        }
        p.as_of
            .as_ref()
            .and_then(|d| to_date(self.file, d, self.diagnostics))
            .map(Period::AsOf)
    }

    /// Checks a value against the indicator's unit and returns it as an [`Amount`].
    fn amount(
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
                self.error(
                    range.span(),
                    "range must be [low, high]",
                    "e.g. range = [80, 90]",
                );
                return None;
            };
            if lo > hi || !shape.unit.is_numeric() {
                self.error(
                    range.span(),
                    "range must be two numbers, low first, on a numeric indicator",
                    "e.g. range = [80, 90]",
                );
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
                    format!("num/den do not apply to unit = \"{unit_name}\""),
                    "use unit = \"ratio\" for \"67/85 trường\", or value = … for a single number",
                );
                return None;
            }
            let Some(num) = num else {
                let at = den.as_ref().map_or(span, |d| d.span());
                self.error(at, "den without num", "write both: num = 67, den = 85");
                return None;
            };
            if side == Side::Observation && den.is_none() {
                self.error(
                    num.span(),
                    "num without den",
                    "write both: num = 67, den = 85",
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
                            "with num/den, value is the stated percentage",
                            "e.g. num = 67, den = 85, value = 78.8",
                        );
                        return None;
                    }
                },
                None => None,
            };
            let (n, d) = (*num.get_ref(), den.as_ref().map(|d| *d.get_ref()));
            if n < 0.0 || d.is_some_and(|d| d <= 0.0) {
                self.error(
                    num.span(),
                    "num must be ≥ 0 and den > 0",
                    "counts cannot be negative and a share needs a whole to divide by",
                );
                return None;
            }
            if let (Some(d), Some(den_span)) = (d, den) {
                if n > d {
                    let message = format!("num {n} is larger than den {d}");
                    if shape.allow_over {
                        self.warn(den_span.span(), message, "allowed by allow_over = true");
                    } else {
                        self.error(den_span.span(), message, "a part cannot exceed its whole; set allow_over = true for shares of a plan that can pass 100%");
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
            self.error(
                span,
                "no value",
                "add value = …, num/den, or range = [lo, hi]",
            );
            return None;
        };
        match (value.get_ref(), shape.unit) {
            (RawValue::Number(v), Unit::Percent | Unit::Count | Unit::Ratio) => {
                if shape.unit == Unit::Count && *v < 0.0 {
                    self.error(
                        value.span(),
                        "a count cannot be negative",
                        "write the number of units counted",
                    );
                    return None;
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
                            format!("\"{level}\" is not a level of the scale"),
                            format!("levels: {}", scale.join(" < ")),
                        );
                        None
                    }
                }
            }
            (RawValue::Text(_), Unit::Percent | Unit::Count | Unit::Ratio) => {
                self.error(value.span(), format!("unit = \"{unit_name}\" needs a number, not text"), "write the number without quotes (58.6); keep the printed words in as_stated = \"trên 98%\"");
                None
            }
            (_, Unit::Bool) => {
                self.error(
                    value.span(),
                    "unit = \"bool\" needs true or false",
                    "e.g. value = true, as_stated = \"đã đạt chuẩn\"",
                );
                None
            }
            (_, Unit::Rating) => {
                self.error(
                    value.span(),
                    "unit = \"rating\" needs a level of the scale in quotes",
                    "e.g. value = \"Hoàn thành tốt nhiệm vụ\"",
                );
                None
            }
            (RawValue::Bool(_), _) => {
                self.error(
                    value.span(),
                    format!("unit = \"{unit_name}\" needs a number, not true/false"),
                    "use unit = \"bool\" for yes/no indicators",
                );
                None
            }
        }
    }

    fn check_percent(&mut self, shape: &Shape, v: f64, span: Range<usize>) -> Option<()> {
        if !v.is_finite() {
            self.error(
                span,
                "value is not a finite number",
                "write an ordinary number",
            );
            return None;
        }
        if matches!(shape.unit, Unit::Percent | Unit::Ratio)
            && !(0.0..=100.0).contains(&v)
            && !shape.allow_over
        {
            self.error(
                span,
                format!("{v}% is outside 0–100"),
                "a share is between 0 and 100; for a share of a plan that can pass 100% set allow_over = true on the indicator",
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
            self.warn(
                span,
                format!(
                    "stated {}% differs from {}/{} = {}%",
                    crate::vi::format_number(stated, decimals as u8),
                    num,
                    den,
                    crate::vi::format_number(computed, decimals as u8 + 1)
                ),
                "check the numbers against the source; the stated value is shown",
            );
        }
    }
}

struct Shape<'a> {
    unit: Unit,
    allow_over: bool,
    scale: Option<&'a [String]>,
}

struct AmountInput<'a> {
    value: &'a Option<Spanned<RawValue>>,
    num: &'a Option<Spanned<f64>>,
    den: &'a Option<Spanned<f64>>,
    range: &'a Option<Spanned<Vec<f64>>>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Observation,
    Target,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn config() -> Config {
        let file = SourceFile::from_text(
            "config.toml",
            "title = \"T\"\nbase_url = \"https://x.vn/\"\n[scales.xep-loai]\nlevels = [\"Không hoàn thành nhiệm vụ\", \"Hoàn thành nhiệm vụ\", \"Hoàn thành tốt nhiệm vụ\"]\n",
        );
        Config::parse(&file, &mut vec![]).unwrap()
    }

    /// Parses one indicator (its TOML after the header) and returns the file and diagnostics.
    fn parse(indicator: &str) -> (Option<DataFile>, Vec<Diagnostic>) {
        let text = format!(
            "schema_version = 1\norg = \"o\"\nterm = \"2020-2025\"\n\n[[indicator]]\n{indicator}"
        );
        let file = SourceFile::from_text("data.toml", text);
        let config = config();
        let context = DataContext {
            org: "o",
            term: Term {
                start: 2020,
                end: 2025,
            },
            config: &config,
        };
        let mut diagnostics = Vec::new();
        let data = parse_data_file(&file, &context, &mut diagnostics);
        (data, diagnostics)
    }

    fn only_error(indicator: &str) -> Diagnostic {
        let (data, diagnostics) = parse(indicator);
        assert!(data.is_none());
        let errors: Vec<_> = diagnostics
            .into_iter()
            .filter(Diagnostic::is_error)
            .collect();
        assert_eq!(errors.len(), 1, "{errors:#?}");
        errors.into_iter().next().unwrap()
    }

    const HEAD: &str = "id = \"x\"\nname = \"X\"\nunit = \"%\"\ndirection = \"higher_better\"\n";

    #[test]
    fn a_complete_indicator_is_read_with_its_display_text() {
        let (data, diagnostics) = parse(&format!(
            "{HEAD}[[indicator.obs]]\nterm = \"2015-2020\"\neach_year = true\nvalue = 98\nqualifier = \">\"\n\n[[indicator.target]]\nterm = \"2020-2025\"\ncomparator = \">=\"\nvalue = 95\n"
        ));
        assert!(diagnostics.is_empty(), "{diagnostics:#?}");
        let indicator = &data.unwrap().indicators[0];
        assert_eq!(indicator.observations[0].display, "trên 98%");
        assert_eq!(indicator.targets[0].display, "từ 95% trở lên");
    }

    #[test]
    fn an_observation_has_exactly_one_period() {
        let e = only_error(&format!("{HEAD}[[indicator.obs]]\nvalue = 5\n"));
        assert_eq!(e.message, "observation has no period");
        let e = only_error(&format!(
            "{HEAD}[[indicator.obs]]\nyear = 2019\nschool_year = \"2019-2020\"\nvalue = 5\n"
        ));
        assert_eq!(e.message, "observation has more than one period");
        assert_eq!(e.position(), "data.toml:10:1");
        // span may go with as_of
        let (_, diagnostics) = parse(&format!(
            "{HEAD}[[indicator.obs]]\nspan = [2020, 2022]\nas_of = 2022-09-29\nvalue = 5\n"
        ));
        assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    }

    #[test]
    fn school_years_last_one_year() {
        let e = only_error(&format!(
            "{HEAD}[[indicator.obs]]\nschool_year = \"2019-2021\"\nvalue = 5\n"
        ));
        assert!(e.message.contains("must end one year after it starts"));
    }

    #[test]
    fn derived_values_need_a_derivation() {
        let e = only_error(&format!(
            "{HEAD}[[indicator.target]]\nterm = \"2020-2025\"\nvalue = 75\nconfidence = \"derived\"\n"
        ));
        assert_eq!(e.message, "a derived value needs its derivation");
        let e = only_error(&format!(
            "{HEAD}[[indicator.obs]]\nyear = 2022\nvalue = 60\nconfidence = \"ambiguous\"\n"
        ));
        assert_eq!(e.message, "an ambiguous value needs notes");
    }

    #[test]
    fn between_and_range_go_together() {
        let e = only_error(&format!(
            "{HEAD}[[indicator.target]]\nterm = \"2020-2025\"\ncomparator = \"between\"\nvalue = 80\n"
        ));
        assert_eq!(e.message, "comparator \"between\" needs a range");
        let (data, diagnostics) = parse(&format!(
            "{HEAD}[[indicator.target]]\nterm = \"2020-2025\"\ncomparator = \"between\"\nrange = [80, 90]\nas_stated = \"trên 80-90%\"\n"
        ));
        assert!(diagnostics.is_empty());
        assert_eq!(
            data.unwrap().indicators[0].targets[0].amount,
            Amount::Range(80.0, 90.0)
        );
    }

    #[test]
    fn a_part_cannot_exceed_its_whole_unless_allowed() {
        let ratio = "id = \"x\"\nname = \"X\"\nunit = \"ratio\"\n";
        let e = only_error(&format!(
            "{ratio}[[indicator.obs]]\nyear = 2022\nnum = 90\nden = 85\n"
        ));
        assert_eq!(e.message, "num 90 is larger than den 85");
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
            diagnostics[0].message.contains("differs from 444/702"),
            "{}",
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
                .contains("Không hoàn thành nhiệm vụ < Hoàn thành nhiệm vụ")
        );
        let e = only_error("id = \"x\"\nname = \"X\"\nunit = \"rating\"\n");
        assert_eq!(e.message, "a rating indicator needs a scale");
    }

    #[test]
    fn values_must_fit_the_unit() {
        let e = only_error(
            "id = \"x\"\nname = \"X\"\nunit = \"bool\"\n[[indicator.obs]]\nyear = 2022\nvalue = 1\n",
        );
        assert_eq!(e.message, "unit = \"bool\" needs true or false");
        let e = only_error(
            "id = \"x\"\nname = \"X\"\nunit = \"count\"\n[[indicator.obs]]\nyear = 2022\nnum = 1\nden = 2\n",
        );
        assert!(e.message.starts_with("num/den do not apply"));
        let e = only_error(
            "id = \"x\"\nname = \"X\"\nunit = \"count\"\n[[indicator.obs]]\nyear = 2022\nvalue = -3\n",
        );
        assert_eq!(e.message, "a count cannot be negative");
    }

    #[test]
    fn targets_and_changes_need_a_direction() {
        let e = only_error(
            "id = \"x\"\nname = \"X\"\nunit = \"%\"\n[[indicator.target]]\nterm = \"2020-2025\"\nvalue = 50\n",
        );
        assert!(e.message.starts_with("direction is required"));
    }

    #[test]
    fn ids_are_web_addresses() {
        let e = only_error("id = \"Tỷ lệ\"\nname = \"X\"\nunit = \"%\"\n");
        assert!(e.message.contains("may only use a-z, 0-9 and -"));
        assert!(e.hint.unwrap().contains("ty-le"));
    }

    #[test]
    fn an_unknown_source_lists_the_known_ones() {
        let text = "schema_version = 1\norg = \"o\"\nterm = \"2020-2025\"\n[[source]]\nid = \"s1\"\ntitle = \"Bài báo\"\n\n[[indicator]]\nid = \"x\"\nname = \"X\"\nunit = \"%\"\nsource = \"s2\"\n";
        let file = SourceFile::from_text("data.toml", text);
        let config = config();
        let context = DataContext {
            org: "o",
            term: Term {
                start: 2020,
                end: 2025,
            },
            config: &config,
        };
        let mut diagnostics = Vec::new();
        assert!(parse_data_file(&file, &context, &mut diagnostics).is_none());
        assert_eq!(diagnostics[0].message, "unknown source \"s2\"");
        assert_eq!(
            diagnostics[0].hint.as_deref(),
            Some("sources in this file: s1")
        );
    }

    #[test]
    fn a_source_url_is_a_web_address_never_a_script() {
        let text = "schema_version = 1\norg = \"o\"\nterm = \"2020-2025\"\n[[source]]\nid = \"s1\"\ntitle = \"Bài báo\"\nurl = \"javascript:alert(1)\"\n[[source]]\nid = \"s2\"\ntitle = \"Báo\"\nurl = \"https://baolangson.vn/a.html\"\n";
        let file = SourceFile::from_text("data.toml", text);
        let config = config();
        let context = DataContext {
            org: "o",
            term: Term {
                start: 2020,
                end: 2025,
            },
            config: &config,
        };
        let mut diagnostics = Vec::new();
        assert!(parse_data_file(&file, &context, &mut diagnostics).is_none());
        assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
        assert_eq!(
            diagnostics[0].message,
            "source url \"javascript:alert(1)\" is not a web address"
        );
        assert_eq!(diagnostics[0].position(), "data.toml:7:7");
    }
}
