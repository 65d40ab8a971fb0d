//! The views of documents: a link to one, its page with the party-document heading and its
//! congress, its sources, and the originals of its term.

use super::{IndicatorView, LinkView, Views};
use crate::model::document::Document;
use crate::model::org::{Org, Source};
use crate::model::original::Original;
use crate::plan::route::Route;
use crate::vi::{
    capitalize, format_date_long, format_date_short, format_number, format_size, to_roman,
};
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct DocLinkView {
    pub title: String,
    pub url: String,
    pub doc_type: String,
    pub date: Option<String>,
    pub status: &'static str,
    pub status_label: String,
    pub summary: Option<String>,
    pub term_display: String,
}

#[derive(Debug, Serialize)]
pub struct SourceView {
    pub id: String,
    pub title: String,
    pub date: Option<String>,
    pub file: Option<String>,
    pub url: Option<String>,
    pub author: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct CongressView {
    pub ordinal: Option<String>,
    pub kind: Option<String>,
    pub date: Option<String>,
    pub party_members: Option<u32>,
    pub superior: Option<String>,
    pub motto: Option<String>,
}

/// The party-document heading (Hướng dẫn 36-HD/VPTW): issuing body on the left, the Party's
/// name and the place and date on the right.
#[derive(Debug, Serialize)]
pub struct HeaderView {
    /// Print "ĐẢNG CỘNG SẢN VIỆT NAM" opposite the issuer (party documents only).
    pub party_document: bool,
    pub superior: Option<String>,
    pub issuer: String,
    pub number: Option<String>,
    pub place_date: Option<String>,
    pub doc_type: String,
}

#[derive(Debug, Serialize)]
pub struct DocumentView {
    pub title: String,
    pub doc_type: String,
    pub doc_type_code: &'static str,
    pub status: &'static str,
    pub status_label: String,
    pub date: Option<String>,
    pub date_iso: Option<String>,
    pub date_long: Option<String>,
    pub number: Option<String>,
    pub issuer: String,
    pub place: Option<String>,
    pub reviewed_term: Option<LinkView>,
    pub congress: Option<CongressView>,
    pub tags: Vec<String>,
    pub summary: Option<String>,
    /// The front matter's `sources`: a `[[source]]` of the term's data (by id or file) shown
    /// with its title, else as written.
    pub sources: Vec<SourceView>,
    pub header: HeaderView,
    pub highlights: Vec<IndicatorView>,
}

/// An original of a term, as its list and the `original()` shortcode show it.
#[derive(Debug, Serialize)]
pub struct OriginalView {
    /// Its title, or its file name when it has none.
    pub title: String,
    pub name: String,
    pub url: String,
    /// "PDF", "Word (DOCX)"…
    pub kind: String,
    /// "1,2 MB"
    pub size: String,
    /// The exact size: "1.258.291 byte".
    pub bytes: String,
    pub sha256: String,
}

impl Views<'_> {
    pub fn original(&self, org: &Org, original: &Original) -> OriginalView {
        let extension = original.extension();
        let kind = match self.i18n.label("file_types", &extension) {
            label if label == extension => extension.to_uppercase(),
            label => label,
        };
        OriginalView {
            title: original
                .title
                .clone()
                .unwrap_or_else(|| original.name.clone()),
            name: original.name.clone(),
            url: self
                .links
                .to(&Route::original(&org.slug, original.term, &original.name)),
            kind,
            size: format_size(original.size),
            bytes: format!("{} byte", format_number(original.size as f64, 0)),
            sha256: original.sha256.clone(),
        }
    }

    pub fn doc_link(&self, doc: &Document) -> DocLinkView {
        DocLinkView {
            title: doc.front.title.clone(),
            url: self
                .links
                .to(&Route::document(&doc.org, doc.term, &doc.slug)),
            doc_type: self.i18n.label("doc_types", doc.front.doc_type.code()),
            date: doc.front.date.map(format_date_short),
            status: doc.front.status.code(),
            status_label: self.i18n.label("statuses", doc.front.status.code()),
            summary: doc.front.summary.clone(),
            term_display: self.term_display(doc.term),
        }
    }

    pub fn document(&self, org: &Org, doc: &Document) -> DocumentView {
        let front = &doc.front;
        let issuer = front.issuer.clone().unwrap_or_else(|| org.name.clone());
        let place_date = match (&front.place, front.date) {
            (Some(place), Some(date)) => Some(format!("{place}, {}", format_date_long(date))),
            (None, Some(date)) => Some(capitalize(&format_date_long(date))),
            (Some(place), None) => Some(place.clone()),
            (None, None) => None,
        };
        let doc_type = self.i18n.label("doc_types", front.doc_type.code());
        let congress = front.congress.as_ref().map(|c| CongressView {
            ordinal: c.ordinal.map(to_roman),
            kind: c.kind.map(|k| self.i18n.label("congress_kinds", k.code())),
            date: c.date.map(format_date_short),
            party_members: c.party_members,
            superior: c.superior.clone(),
            motto: c.motto.clone(),
        });
        let superior = front.congress.as_ref().and_then(|c| c.superior.clone());
        DocumentView {
            title: front.title.clone(),
            doc_type: doc_type.clone(),
            doc_type_code: front.doc_type.code(),
            status: front.status.code(),
            status_label: self.i18n.label("statuses", front.status.code()),
            date: front.date.map(format_date_short),
            date_iso: front.date.map(|d| d.to_string()),
            date_long: front.date.map(format_date_long),
            number: front.number.clone(),
            issuer: issuer.clone(),
            place: front.place.clone(),
            reviewed_term: front
                .reviewed_term
                .map(|t| self.link(self.term_display(t), &Route::term(&org.slug, t))),
            congress,
            tags: front.tags.clone(),
            summary: front.summary.clone(),
            sources: front
                .sources
                .iter()
                .map(|named| match org.source_named(doc.term, named) {
                    Some(source) => self.source(source),
                    None => SourceView {
                        id: named.clone(),
                        title: named.clone(),
                        date: None,
                        file: None,
                        url: crate::html::is_web_address(named).then(|| named.clone()),
                        author: None,
                    },
                })
                .collect(),
            header: HeaderView {
                party_document: front.doc_type.is_party_document(),
                superior: superior.map(|s| s.to_uppercase()),
                issuer: issuer.to_uppercase(),
                number: front.number.clone(),
                place_date,
                doc_type: doc_type.to_uppercase(),
            },
            highlights: front
                .highlight_indicators
                .iter()
                .filter_map(|(id, _)| org.indicator(id))
                .map(|i| self.indicator(org, i))
                .collect(),
        }
    }

    pub fn source(&self, source: &Source) -> SourceView {
        SourceView {
            id: source.id.clone(),
            title: source.title.clone(),
            date: match source.date {
                Some(date) => Some(format_date_short(date)),
                None if source.date_unknown => Some(self.i18n.text("undated")),
                None => None,
            },
            file: source.file.clone(),
            url: source.url.clone(),
            author: source.author.clone(),
        }
    }
}
