//! What the search finds: one record per document and one per organisation, the organisation's
//! indicators (names and figures as stated) with it.
//!
//! Indicators are not records of their own: pagefind's `pf_meta`, which every search
//! downloads, grows by about five bytes a record, and a site of 10,000 term pages has some
//! 50,000 indicator pages. An organisation's result lists its indicators that match instead,
//! each linking to its page.
//!
//! What a result shows is kept in pagefind *filters*, never folded: `heading`, `kind`, `org`,
//! `term`, `snippet`, `text` (a document's opening words, for the snippet around the query's
//! words), `status` (drafts only), `indicators` (one value per indicator: address,
//! tab, name, tab, figures). Filters travel with a result but, unlike meta fields, are not
//! split into words and indexed, which would double pagefind's work and a query's download.
//! The one meta field, `title`, holds the folded title: pagefind gives extra weight to words
//! found in it, and only folded words match a folded query.

use crate::diagnostics::Diagnostic;
use crate::diagnostics::source::SourceFile;
use crate::i18n::I18n;
use crate::load::front_matter::split;
use crate::markdown::plain::{PlainText, plain_text};
use crate::model::Site;
use crate::model::document::{Document, Status};
use crate::model::indicator::Indicator;
use crate::model::org::Org;
use crate::plan::route::Route;
use crate::search::digest::Digest;
use crate::vi::fold;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Words of a snippet taken from the start of a text.
const SNIPPET_WORDS: usize = 32;

/// Most characters of a document's text a result carries, for the search page to cut its
/// snippet from around the query's words. Bounded: every result shown downloads its fragment
/// file, with the `text` of the neighbours stored in it.
const TEXT_CHARS: usize = 600;

/// Kept in a temporary file (JSON) from rendering to indexing: see `spill.rs`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// The page, from the site root: `org/2020-2025/bao-cao.html`.
    pub url: String,
    /// Distinct folded words, space-separated.
    pub words: String,
    pub word_count: usize,
    /// The folded title, pagefind's `title` meta.
    pub title: String,
    /// What the result shows, pagefind's filters (kept out of maps until indexed: a map per
    /// record costs more memory than its text).
    pub shown: Vec<(Cow<'static, str>, Vec<String>)>,
}

/// Every record of the site, organisation by organisation (each followed by its documents),
/// in the site's order, the documents read again from their files. A document that can no
/// longer be read is an error. (A build makes its records while it renders the pages instead.)
pub fn records(site: &Site, i18n: &I18n) -> (Vec<Record>, Vec<Diagnostic>) {
    let per_org: Vec<(Vec<Record>, Vec<Diagnostic>)> = site
        .orgs
        .par_iter()
        .map(|org| {
            let mut records = vec![org_record(site, org, i18n)];
            let mut diagnostics = Vec::new();
            for doc in &org.documents {
                match read_body(doc) {
                    Ok(body) => records.push(document_record(site, org, doc, i18n, &body)),
                    Err(d) => diagnostics.push(d),
                }
            }
            (records, diagnostics)
        })
        .collect();
    let mut records = Vec::new();
    let mut diagnostics = Vec::new();
    for (r, d) in per_org {
        records.extend(r);
        diagnostics.extend(d);
    }
    (records, diagnostics)
}

/// A document's words, from its file.
fn read_body(doc: &Document) -> Result<PlainText, Diagnostic> {
    let file = SourceFile::read(&doc.path, doc.display.clone(), &mut Vec::new())?;
    Ok(plain_text(&file.text[split(&file)?.body]))
}

/// An organisation's record: its names, description and indicators.
pub fn org_record(site: &Site, org: &Org, i18n: &I18n) -> Record {
    let kind = i18n.label("org_kinds", org.kind.code());
    let mut digest = Digest::default();
    digest.add(&org.name);
    digest.add(&kind);
    for text in org
        .name_full
        .iter()
        .chain(&org.aliases)
        .chain(&org.province)
    {
        digest.add(text);
    }
    digest.add(org.description.as_deref().unwrap_or_default());
    let term_pattern = &site.config.locale.term_display;
    let indicators: Vec<String> = org
        .indicators
        .iter()
        .map(|indicator| {
            let figures = figures(indicator, term_pattern);
            digest.add(&indicator.name);
            digest.add(&figures);
            for target in &indicator.targets {
                digest.add(&target.display);
            }
            format!(
                "{}\t{}\t{}",
                Route::indicator(&org.slug, &indicator.id).output_path(),
                one_line(&indicator.name),
                one_line(&figures)
            )
        })
        .collect();
    let snippet = org
        .description
        .as_deref()
        .or(org.name_full.as_deref())
        .unwrap_or_default();
    let mut shown = vec![
        ("heading".into(), vec![org.name.clone()]),
        ("kind".into(), vec![kind]),
        ("snippet".into(), vec![snippet_of(snippet)]),
    ];
    if !indicators.is_empty() {
        shown.push(("indicators".into(), indicators));
    }
    Record {
        url: Route::org(&org.slug).output_path(),
        word_count: digest.len(),
        words: digest.into_text(),
        title: fold(&org.name),
        shown,
    }
}

/// A document's record: its front matter and `body`, its words without markup.
pub fn document_record(
    site: &Site,
    org: &Org,
    doc: &Document,
    i18n: &I18n,
    body: &PlainText,
) -> Record {
    let front = &doc.front;
    let kind = i18n.label("doc_types", front.doc_type.code());
    let term = doc.term.display(&site.config.locale.term_display);
    let mut digest = Digest::default();
    digest.add(&front.title);
    digest.add(&kind);
    digest.add(&org.name);
    digest.add(&term);
    // The canonical form too, so that "2015-2020" finds a term shown as "2015 - 2020".
    digest.add(&doc.term.to_string());
    let congress = front.congress.iter().flat_map(|c| [&c.superior, &c.motto]);
    for text in [&front.number, &front.issuer, &front.place, &front.summary]
        .into_iter()
        .chain(congress)
        .flatten()
        .chain(&front.tags)
    {
        digest.add(text);
    }
    digest.add(&body.text);
    let snippet = front.summary.as_deref().unwrap_or(body.lead());
    let mut shown = vec![
        ("heading".into(), vec![front.title.clone()]),
        ("kind".into(), vec![kind]),
        ("org".into(), vec![org.name.clone()]),
        ("term".into(), vec![term]),
        ("snippet".into(), vec![snippet_of(snippet)]),
        ("text".into(), vec![opening(&body.text, TEXT_CHARS)]),
    ];
    if front.status == Status::Draft {
        shown.push((
            "status".into(),
            vec![i18n.label("statuses", front.status.code())],
        ));
    }
    Record {
        url: Route::document(&org.slug, doc.term, &doc.slug).output_path(),
        word_count: digest.len(),
        words: digest.into_text(),
        title: fold(&front.title),
        shown,
    }
}

/// The figures reported for an indicator as stated, with their periods:
/// "58,6% (năm 2019); trên 98% (năm 2020)".
fn figures(indicator: &Indicator, term_pattern: &str) -> String {
    indicator
        .observations
        .iter()
        .map(|o| format!("{} ({})", o.display, o.period.label(term_pattern)))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The first words of `text`, with "…" when it goes on.
fn snippet_of(text: &str) -> String {
    let mut words = text.split_whitespace();
    let mut snippet = words
        .by_ref()
        .take(SNIPPET_WORDS)
        .collect::<Vec<_>>()
        .join(" ");
    if words.next().is_some() {
        snippet.push_str(" …");
    }
    snippet
}

/// The whole words of `text` that fit in `chars` characters, whitespace as single spaces.
fn opening(text: &str, chars: usize) -> String {
    let mut out = String::new();
    let mut count = 0;
    for word in text.split_whitespace() {
        let more = word.chars().count() + usize::from(!out.is_empty());
        if count + more > chars {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
        count += more;
    }
    out
}

/// Text for a tab-separated value: its whitespace (tabs, line breaks) as single spaces.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_stop_after_their_words() {
        assert_eq!(snippet_of("  Đảng  bộ\nhuyện "), "Đảng bộ huyện");
        let long = "từ ".repeat(SNIPPET_WORDS + 1);
        let snippet = snippet_of(&long);
        assert!(snippet.ends_with(" …"));
        assert_eq!(snippet.split_whitespace().count(), SNIPPET_WORDS + 1);
        assert_eq!(snippet_of(""), "");
    }

    #[test]
    fn an_opening_keeps_whole_words_within_its_characters() {
        assert_eq!(opening("Đảng  viên\nmới kết nạp", 14), "Đảng viên mới");
        assert_eq!(opening("Đảng viên", 3), "");
        assert_eq!(opening("", 10), "");
    }

    #[test]
    fn indicator_values_hold_no_tab_or_break() {
        assert_eq!(one_line("Tỷ lệ\tđảng\nviên"), "Tỷ lệ đảng viên");
    }
}
