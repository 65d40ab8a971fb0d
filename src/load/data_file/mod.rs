//! `content/<org>/<term>/data.toml`: the term's indicators. Each `[[indicator]]` is read on its
//! own, so one mistake does not hide the others; every value is checked against its unit.
//! One file per concept: the indicator here, its observations, targets, changes and assessments,
//! their periods, amounts and sources beside it.

mod amount;
mod assessment;
mod change;
mod indicator;
mod observation;
mod period;
mod source;
mod stated;
mod sub_tables;
mod target;

use crate::config::Config;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::source::{Origin, SourceFile};
use crate::messages::Message;
use crate::model::indicator::Indicator;
use crate::model::org::Source;
use crate::model::term::Term;
use crate::msg;
use crate::toml_input::{deserialize, parse_table};
use indicator::IndicatorInput;
use schemars::JsonSchema;
use serde::Deserialize;
use serde::de;
use source::SourceInput;
use std::collections::HashSet;
use std::ops::Range;
use std::sync::Arc;
use sub_tables::SubTables;
use toml::Spanned;
use toml::de::DeValue;

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

/// `data.toml` as written (public for its JSON Schema, `scaffold::schemas`).
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Header {
    #[schemars(with = "u32")]
    schema_version: Spanned<u32>,
    #[schemars(with = "String")]
    org: Spanned<String>,
    #[schemars(with = "String")]
    term: Spanned<String>,
    #[serde(default)]
    #[schemars(with = "Vec<SourceInput>")]
    source: Vec<Spanned<SourceInput>>,
    #[serde(default)]
    #[allow(dead_code)]
    #[schemars(with = "Vec<IndicatorInput>")]
    indicator: de::IgnoredAny,
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
                reader
                    .diagnostics
                    .push(not_tables("indicator").at(file, span.clone()));
                Vec::new()
            }
        };
        for (position, element) in elements.into_iter().enumerate() {
            let span = element.span();
            let DeValue::Table(mut table) = element.into_inner() else {
                reader
                    .diagnostics
                    .push(not_tables("indicator").at(file, span));
                continue;
            };
            // Duplicates are found from the raw id, even when the rest of the table is wrong.
            if let Some(id) = table.get("id")
                && let Some(text) = id.get_ref().as_str()
            {
                if let Some((_, first)) = seen.iter().find(|(seen_id, _)| seen_id == text) {
                    let (line, _) = file.line_column(first.start);
                    reader.diagnostics.push(
                        Diagnostic::error(msg!("data-duplicate-indicator-id", id = text))
                            .at(file, id.span())
                            .hint(msg!(
                                "data-duplicate-indicator-id-hint",
                                line = line.to_string()
                            )),
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

/// `key` (`indicator`, or `obs` of an indicator) not written as `[[…]]` tables.
fn not_tables(key: &str) -> Diagnostic {
    let header = match key {
        "indicator" => "[[indicator]]".to_owned(),
        sub => format!("[[indicator.{sub}]]"),
    };
    Diagnostic::error(msg!("data-not-tables", key = key, header = &header))
        .hint(msg!("data-not-tables-hint", header = header))
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
    fn error(&mut self, span: Range<usize>, message: Message, hint: Message) {
        let d = Diagnostic::error(message).at(self.file, span).hint(hint);
        self.diagnostics.push(d);
    }

    fn warn(&mut self, span: Range<usize>, message: Message, hint: Message) {
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
                msg!(
                    "data-schema-version-unsupported",
                    version = header.schema_version.get_ref().to_string()
                ),
                msg!(
                    "data-schema-version-unsupported-hint",
                    supported = SCHEMA_VERSION.to_string()
                ),
            );
        }
        let org = self.context.org;
        if header.org.get_ref() != org {
            self.error(
                header.org.span(),
                msg!(
                    "data-org-not-folder",
                    written = header.org.get_ref(),
                    folder = org
                ),
                msg!(
                    "data-org-not-folder-hint",
                    written = header.org.get_ref(),
                    folder = org
                ),
            );
        }
        let term = self.context.term;
        match Term::parse(header.term.get_ref()) {
            Ok(t) if t == term => {}
            Ok(t) => self.error(
                header.term.span(),
                msg!(
                    "data-term-not-folder",
                    written = t.to_string(),
                    folder = term.to_string()
                ),
                msg!(
                    "data-term-not-folder-hint",
                    written = t.to_string(),
                    folder = term.to_string()
                ),
            ),
            Err(why) => self.error(
                header.term.span(),
                why,
                msg!("hint-write-like", example = format!("term = \"{term}\"")),
            ),
        }
    }
}

/// What the tests of each concept's file share: a data file of one indicator, parsed.
#[cfg(test)]
mod testing {
    pub use super::*;
    pub use crate::config::Config;
    pub use crate::diagnostics::Diagnostic;
    pub use crate::diagnostics::source::SourceFile;
    pub use crate::model::term::Term;

    pub fn config() -> Config {
        let file = SourceFile::from_text(
            "config.toml",
            "title = \"T\"\nbase_url = \"https://x.vn/\"\n[scales.xep-loai]\nlevels = [\"Không hoàn thành nhiệm vụ\", \"Hoàn thành nhiệm vụ\", \"Hoàn thành tốt nhiệm vụ\"]\n",
        );
        Config::parse(&file, &mut vec![]).unwrap()
    }

    /// Parses one indicator (its TOML after the header) and returns the file and diagnostics.
    pub fn parse(indicator: &str) -> (Option<DataFile>, Vec<Diagnostic>) {
        parse_text(&format!(
            "schema_version = 1\norg = \"o\"\nterm = \"2020-2025\"\n\n[[indicator]]\n{indicator}"
        ))
    }

    /// Parses a whole data.toml of organisation "o", term 2020-2025.
    pub fn parse_text(text: &str) -> (Option<DataFile>, Vec<Diagnostic>) {
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

    pub fn only_error(indicator: &str) -> Diagnostic {
        let (data, diagnostics) = parse(indicator);
        assert!(data.is_none());
        let errors: Vec<_> = diagnostics
            .into_iter()
            .filter(Diagnostic::is_error)
            .collect();
        assert_eq!(errors.len(), 1, "{errors:#?}");
        errors.into_iter().next().unwrap()
    }

    pub const HEAD: &str =
        "id = \"x\"\nname = \"X\"\nunit = \"%\"\ndirection = \"higher_better\"\n";
}

#[cfg(test)]
mod tests {
    use super::testing::*;

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
    fn targets_and_changes_need_a_direction() {
        let e = only_error(
            "id = \"x\"\nname = \"X\"\nunit = \"%\"\n[[indicator.target]]\nterm = \"2020-2025\"\nvalue = 50\n",
        );
        assert!(e.message.en().starts_with("direction is required"));
    }

    #[test]
    fn the_head_of_the_file_must_match_its_folder_in_vietnamese() {
        let (data, diagnostics) = parse_text(
            "schema_version = 2\norg = \"p\"\nterm = \"2015-2020\"\n[[indicator]]\nid = \"a\"\nname = \"A\"\nunit = \"%\"\n[[indicator]]\nid = \"a\"\nname = \"A\"\nunit = \"%\"\n",
        );
        assert!(data.is_none());
        let said: Vec<(String, String)> = diagnostics
            .iter()
            .map(|d| (d.message.vi(), d.hint.as_ref().unwrap().vi()))
            .collect();
        assert_eq!(
            said,
            [
                (
                    "nhiemky không đọc được phiên bản schema_version = 2".to_owned(),
                    "đặt schema_version = 1 (phiên bản nhiemky này chỉ đọc phiên bản ấy)"
                        .to_owned()
                ),
                (
                    "org = \"p\" không khớp với thư mục `o` chứa tệp".to_owned(),
                    "đặt org = \"o\", hoặc chuyển tệp sang thư mục content/p/".to_owned()
                ),
                (
                    "nhiệm kỳ term = \"2015-2020\" không khớp với thư mục `2020-2025` chứa tệp"
                        .to_owned(),
                    "đặt term = \"2020-2025\", hoặc chuyển tệp sang thư mục 2015-2020/".to_owned()
                ),
                (
                    "mã chỉ tiêu id = \"a\" bị trùng".to_owned(),
                    "dòng 5 đã dùng mã này; đổi id của chỉ tiêu này, hoặc gộp hai chỉ tiêu làm một"
                        .to_owned()
                ),
            ]
        );
    }

    #[test]
    fn sub_tables_are_written_as_sections() {
        let e = only_error(&format!("{HEAD}obs = 5\n"));
        assert_eq!(
            e.message.vi(),
            "`obs` phải được viết thành các phần [[indicator.obs]] riêng"
        );
        assert_eq!(
            e.hint.unwrap().vi(),
            "viết mỗi mục dưới một dòng [[indicator.obs]] của riêng nó"
        );
    }

    #[test]
    fn ids_are_web_addresses() {
        let e = only_error("id = \"Tỷ lệ\"\nname = \"X\"\nunit = \"%\"\n");
        assert!(e.message.en().contains("may only use a-z, 0-9 and -"));
        assert!(e.hint.as_ref().unwrap().en().contains("ty-le"));
        assert_eq!(
            e.hint.unwrap().vi(),
            "đặt id = \"ty-le\" (mã chỉ tiêu là một phần của địa chỉ web)"
        );
    }
}
