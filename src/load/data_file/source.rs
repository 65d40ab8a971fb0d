//! A data file's `[[source]]` tables, and the provenance every figure carries: where it was
//! printed (`source`), how sure it is (`confidence`, `derivation`), its words (`as_stated`).

use super::Reader;
use crate::load::to_date;
use crate::model::indicator::{Confidence, Provenance};
use crate::model::org::Source;
use crate::msg;
use schemars::JsonSchema;
use serde::Deserialize;
use std::ops::Range;
use toml::Spanned;
use toml::value::Datetime;

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct SourceInput {
    #[schemars(with = "String")]
    id: Spanned<String>,
    title: String,
    #[serde(default)]
    #[schemars(schema_with = "crate::toml_input::date_schema")]
    date: Option<Spanned<Datetime>>,
    #[serde(default)]
    #[schemars(with = "bool")]
    date_unknown: Option<Spanned<bool>>,
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    file: Option<String>,
    #[serde(default)]
    #[schemars(with = "String")]
    url: Option<Spanned<String>>,
    #[serde(default)]
    author: Option<String>,
}

/// The provenance keys shared by obs, target and change tables (spelt out in each: serde's
/// `flatten` would silently switch off `deny_unknown_fields`).
pub(super) struct ProvenanceInput {
    pub(super) as_stated: Option<String>,
    pub(super) confidence: Confidence,
    pub(super) derivation: Option<String>,
    pub(super) source: Option<Spanned<String>>,
    pub(super) notes: Option<String>,
    pub(super) differs_from_stated: Option<String>,
}

macro_rules! provenance_of {
    ($input:expr) => {
        ProvenanceInput {
            as_stated: $input.as_stated,
            confidence: $input.confidence,
            derivation: $input.derivation,
            source: $input.source,
            notes: $input.notes,
            differs_from_stated: $input.differs_from_stated,
        }
    };
}

pub(super) use provenance_of;

impl Reader<'_, '_> {
    pub(super) fn sources(&mut self, inputs: Vec<Spanned<SourceInput>>) -> Vec<Source> {
        let mut sources = Vec::new();
        for input in inputs {
            let input = input.into_inner();
            let id = input.id.get_ref().clone();
            if !self.source_ids.insert(id.clone()) {
                self.error(
                    input.id.span(),
                    msg!("data-duplicate-source-id", id = &id),
                    msg!("data-duplicate-source-id-hint"),
                );
                continue;
            }
            let date = input
                .date
                .and_then(|d| to_date(self.file, &d, self.diagnostics));
            // The address becomes a link: only a web address may (never `javascript:`).
            let url = input
                .url
                .and_then(|url| match crate::html::is_web_address(url.get_ref()) {
                    true => Some(url.into_inner()),
                    false => {
                        self.error(
                            url.span(),
                            msg!("data-source-url-not-web", url = url.get_ref()),
                            msg!("data-source-url-not-web-hint"),
                        );
                        None
                    }
                });
            let date_unknown = match (date, &input.date_unknown) {
                (Some(_), Some(unknown)) if *unknown.get_ref() => {
                    self.error(
                        unknown.span(),
                        msg!("data-source-date-and-unknown"),
                        msg!("data-source-date-and-unknown-hint"),
                    );
                    false
                }
                (_, unknown) => unknown.as_ref().is_some_and(|u| *u.get_ref()),
            };
            sources.push(Source {
                id,
                title: input.title,
                date,
                date_unknown,
                kind: input.kind,
                file: input.file,
                url,
                author: input.author,
                file_term: self.context.term,
            });
        }
        sources
    }

    pub(super) fn check_source(&mut self, source: &Option<Spanned<String>>) -> Option<String> {
        let source = source.as_ref()?;
        if !self.source_ids.contains(source.get_ref()) {
            let known: Vec<&str> = self.source_ids.iter().map(String::as_str).collect();
            let hint = if known.is_empty() {
                msg!("data-unknown-source-hint", id = source.get_ref())
            } else {
                let mut known = known;
                known.sort_unstable();
                msg!("data-known-sources", ids = known.join(", "))
            };
            self.error(
                source.span(),
                msg!("data-unknown-source", id = source.get_ref()),
                hint,
            );
        }
        Some(source.get_ref().clone())
    }

    pub(super) fn provenance(&mut self, input: ProvenanceInput, span: Range<usize>) -> Provenance {
        match input.confidence {
            Confidence::Derived if input.derivation.as_deref().is_none_or(str::is_empty) => self
                .error(
                    span.clone(),
                    msg!("data-derived-needs-derivation"),
                    msg!("data-derived-needs-derivation-hint"),
                ),
            Confidence::Ambiguous if input.notes.as_deref().is_none_or(str::is_empty) => self
                .error(
                    span.clone(),
                    msg!("data-ambiguous-needs-notes"),
                    msg!("data-ambiguous-needs-notes-hint"),
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
            input.differs_from_stated.filter(|s| !s.trim().is_empty()),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;

    #[test]
    fn an_unknown_source_lists_the_known_ones() {
        let text = "schema_version = 1\norg = \"o\"\nterm = \"2020-2025\"\n[[source]]\nid = \"s1\"\ntitle = \"Bài báo\"\n\n[[indicator]]\nid = \"x\"\nname = \"X\"\nunit = \"%\"\nsource = \"s2\"\n";
        let (data, diagnostics) = parse_text(text);
        assert!(data.is_none());
        assert_eq!(diagnostics[0].message.en(), "unknown source \"s2\"");
        assert_eq!(
            diagnostics[0].hint.as_ref().map(|h| h.en()).as_deref(),
            Some("sources in this file: s1")
        );
    }

    #[test]
    fn a_source_url_is_a_web_address_never_a_script() {
        let text = "schema_version = 1\norg = \"o\"\nterm = \"2020-2025\"\n[[source]]\nid = \"s1\"\ntitle = \"Bài báo\"\nurl = \"javascript:alert(1)\"\n[[source]]\nid = \"s2\"\ntitle = \"Báo\"\nurl = \"https://baolangson.vn/a.html\"\n";
        let (data, diagnostics) = parse_text(text);
        assert!(data.is_none());
        assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
        assert_eq!(
            diagnostics[0].message.en(),
            "source url \"javascript:alert(1)\" is not a web address"
        );
        assert_eq!(diagnostics[0].position(), "data.toml:7:7");
    }

    #[test]
    fn a_source_is_dated_or_says_it_prints_no_date() {
        let head = "schema_version = 1\norg = \"o\"\nterm = \"2020-2025\"\n[[source]]\nid = \"s1\"\ntitle = \"Bài báo\"\n";
        let (data, diagnostics) = parse_text(&format!("{head}date_unknown = true\n"));
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert!(data.unwrap().sources[0].date_unknown);
        let (data, diagnostics) =
            parse_text(&format!("{head}date = 2020-05-12\ndate_unknown = true\n"));
        assert!(data.is_none());
        assert_eq!(
            diagnostics[0].message.en(),
            "a source has a date or date_unknown = true, not both"
        );
        assert_eq!(diagnostics[0].position(), "data.toml:8:16");
    }

    #[test]
    fn derived_values_need_a_derivation() {
        let e = only_error(&format!(
            "{HEAD}[[indicator.target]]\nterm = \"2020-2025\"\nvalue = 75\nconfidence = \"derived\"\n"
        ));
        assert_eq!(e.message.en(), "a derived value needs its derivation");
        let e = only_error(&format!(
            "{HEAD}[[indicator.obs]]\nyear = 2022\nvalue = 60\nconfidence = \"ambiguous\"\n"
        ));
        assert_eq!(e.message.en(), "an ambiguous value needs notes");
    }
}
