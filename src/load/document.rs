//! `content/<org>/<term>/<slug>.md`: front matter parsed and checked against its folder.

use crate::diagnostics::Diagnostic;
use crate::diagnostics::source::{Origin, SourceFile};
use crate::load::alias::parse_alias;
use crate::load::front_matter::{split, toml_with_file_offsets};
use crate::load::{to_date, valid_slug};
use crate::model::document::{Congress, CongressKind, DocType, Document, FrontMatter, Status};
use crate::model::term::Term;
use crate::msg;
use crate::toml_input::{deserialize_document, parse_table};
use serde::Deserialize;
use std::sync::Arc;
use toml::Spanned;
use toml::value::Datetime;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatterInput {
    title: String,
    org: Spanned<String>,
    term: Spanned<String>,
    #[serde(default)]
    reviewed_term: Option<Spanned<String>>,
    doc_type: DocType,
    status: Status,
    #[serde(default)]
    date: Option<Spanned<Datetime>>,
    #[serde(default)]
    number: Option<String>,
    #[serde(default)]
    issuer: Option<String>,
    #[serde(default)]
    place: Option<String>,
    #[serde(default)]
    sources: Vec<String>,
    #[serde(default)]
    tags: Vec<String>,
    /// Old addresses of the document, each given a redirect page.
    #[serde(default)]
    aliases: Vec<Spanned<String>>,
    #[serde(default)]
    summary: Option<SummaryInput>,
    #[serde(default)]
    congress: Option<CongressInput>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SummaryInput {
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    highlight_indicators: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CongressInput {
    #[serde(default)]
    ordinal: Option<u32>,
    #[serde(default)]
    kind: Option<CongressKind>,
    #[serde(default)]
    date: Option<Spanned<Datetime>>,
    #[serde(default)]
    party_members: Option<u32>,
    #[serde(default)]
    superior: Option<String>,
    #[serde(default)]
    motto: Option<String>,
}

/// Parses a document's front matter. `org` and `term` are the folders it sits in.
pub fn parse_document(
    file: &SourceFile,
    org: &str,
    term: Term,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Document> {
    // Lossy: a name that is not UTF-8 is shown with U+FFFD, and is no slug.
    let stem = file
        .path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if !valid_slug(&stem) {
        let folder = file.path.parent().unwrap_or(std::path::Path::new("."));
        let example = crate::vi::unused_slug(&stem, "van-ban", |s| {
            crate::regular_file::exists(&folder.join(format!("{s}.md")))
        });
        diagnostics.push(
            Diagnostic::error(msg!("load-file-name-invalid", name = format!("{stem}.md")))
                .at_file(file)
                .hint(msg!(
                    "load-document-name-hint",
                    example = format!("{example}.md")
                )),
        );
        return None;
    }
    let split = split(file).map_err(|d| diagnostics.push(d)).ok()?;
    let toml_text = toml_with_file_offsets(file, &split);
    let table = parse_table(file, &toml_text, diagnostics)?;
    let input: FrontMatterInput = deserialize_document(file, table)
        .map_err(|d| diagnostics.extend(d))
        .ok()?;
    let errors_before = diagnostics.len();
    if input.org.get_ref() != org {
        diagnostics.push(
            Diagnostic::error(msg!(
                "load-document-org-not-folder",
                org = input.org.get_ref(),
                folder = org
            ))
            .at(file, input.org.span())
            .hint(msg!("load-document-org-not-folder-hint", folder = org)),
        );
    }
    match Term::parse(input.term.get_ref()) {
        Ok(t) if t == term => {}
        Ok(t) => diagnostics.push(
            Diagnostic::error(msg!(
                "load-document-term-not-folder",
                term = t.to_string(),
                folder = term.to_string()
            ))
            .at(file, input.term.span())
            .hint(msg!(
                "load-document-term-not-folder-hint",
                term = t.to_string(),
                folder = term.to_string()
            )),
        ),
        Err(why) => diagnostics.push(Diagnostic::error(why).at(file, input.term.span()).hint(
            msg!("hint-write-like", example = format!("term = \"{term}\"")),
        )),
    }
    let reviewed_term = input.reviewed_term.and_then(|t| {
        Term::parse(t.get_ref())
            .map_err(|why| {
                diagnostics.push(
                    Diagnostic::error(why)
                        .at(file, t.span())
                        .hint(msg!("load-document-reviewed-term-hint")),
                )
            })
            .ok()
    });
    let date = input.date.and_then(|d| to_date(file, &d, diagnostics));
    let congress = input.congress.map(|c| Congress {
        ordinal: c.ordinal,
        kind: c.kind,
        date: c.date.and_then(|d| to_date(file, &d, diagnostics)),
        party_members: c.party_members,
        superior: c.superior,
        motto: c.motto,
    });
    let aliases: Vec<(String, std::ops::Range<usize>)> = input
        .aliases
        .iter()
        .filter_map(|alias| match parse_alias(alias.get_ref()) {
            Ok(route) => Some((route, alias.span())),
            Err(refused) => {
                diagnostics.push(
                    Diagnostic::error(refused.message)
                        .at(file, alias.span())
                        .hint(refused.hint),
                );
                None
            }
        })
        .collect();
    if input.title.trim().is_empty() {
        diagnostics.push(
            Diagnostic::error(msg!("load-document-title-empty"))
                .at_file(file)
                .hint(msg!("load-document-title-empty-hint")),
        );
    }
    if diagnostics[errors_before..]
        .iter()
        .any(Diagnostic::is_error)
    {
        return None;
    }
    let origin_file: Arc<str> = Arc::from(file.display.as_str());
    let (summary, highlight_indicators) = match input.summary {
        Some(s) => (
            s.text,
            s.highlight_indicators
                .into_iter()
                .map(|id| {
                    let span = id.span();
                    (
                        id.into_inner(),
                        Origin {
                            file: origin_file.clone(),
                            span,
                        },
                    )
                })
                .collect(),
        ),
        None => (None, Vec::new()),
    };
    Some(Document {
        org: org.to_owned(),
        term,
        slug: stem,
        path: file.path.clone(),
        display: file.display.clone(),
        front: FrontMatter {
            title: input.title,
            reviewed_term,
            doc_type: input.doc_type,
            status: input.status,
            date,
            number: input.number.filter(|s| !s.trim().is_empty()),
            issuer: input.issuer.filter(|s| !s.trim().is_empty()),
            place: input.place.filter(|s| !s.trim().is_empty()),
            sources: input.sources,
            tags: input.tags,
            aliases: aliases
                .into_iter()
                .map(|(route, span)| {
                    (
                        route,
                        Origin {
                            file: origin_file.clone(),
                            span,
                        },
                    )
                })
                .collect(),
            summary: summary.filter(|s| !s.trim().is_empty()),
            highlight_indicators,
            congress,
        },
    })
}
