//! What a page says about itself to machines: Open Graph and Twitter cards for link previews,
//! and for documents Dublin Core `<meta>` and schema.org JSON-LD built from the front matter
//! (the fields of a party document under Hướng dẫn 36-HD/VPTW: số/ký hiệu, cơ quan ban hành,
//! địa danh, ngày ban hành, loại văn bản).

use crate::config::Language;
use crate::model::Site;
use crate::model::document::{DateRule, Document};
use crate::model::org::Org;
use serde::Serialize;
use serde_json::json;

/// The picture of a link preview: a chart's PNG (never an SVG: previewers do not show them).
#[derive(Debug, Clone, Serialize)]
pub struct Image {
    pub url: String,
    pub alt: String,
}

#[derive(Debug, Serialize)]
pub struct Metadata {
    /// `og:type`: "article" for documents, "website" for the rest.
    pub og_type: &'static str,
    /// `og:locale`: vi_VN or en_US.
    pub locale: &'static str,
    pub image: Option<Image>,
    /// Dublin Core `<meta name="DC.…">` pairs (documents only).
    pub dublin_core: Vec<NameContent>,
    /// schema.org JSON-LD, ready to sit inside `<script type="application/ld+json">`.
    pub json_ld: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct NameContent {
    pub name: &'static str,
    pub content: String,
}

impl Metadata {
    /// A page that is not a document.
    pub fn page(site: &Site, image: Option<Image>) -> Metadata {
        Metadata {
            og_type: "website",
            locale: locale(site),
            image,
            dublin_core: Vec::new(),
            json_ld: None,
        }
    }

    /// A document's page. `doc_type` is the type's label in the interface language.
    pub fn document(
        site: &Site,
        org: &Org,
        doc: &Document,
        url: &str,
        doc_type: &str,
        image: Option<Image>,
    ) -> Metadata {
        let front = &doc.front;
        let issuer = front.issuer.clone().unwrap_or_else(|| org.name.clone());
        // Only a stated date is a date of issue; the rule's guesses are for feeds.
        let issued = match doc.dated() {
            (date, DateRule::Stated | DateRule::Congress) => Some(date.to_string()),
            (_, DateRule::TermEnd) => None,
        };
        let term = format!("{}/{}", doc.term.start, doc.term.end);
        let language = site.config.language.code();

        let mut dc = vec![
            pair("DC.title", front.title.clone()),
            pair("DC.creator", issuer.clone()),
            pair("DC.publisher", org.name.clone()),
            pair("DC.type", doc_type.to_owned()),
            pair("DC.language", language.to_owned()),
            pair("DC.identifier", url.to_owned()),
            pair("DC.coverage", term.clone()),
        ];
        if let Some(number) = &front.number {
            dc.push(pair("DC.identifier", number.clone()));
        }
        if let Some(date) = &issued {
            dc.push(pair("DC.date", date.clone()));
        }
        if let Some(place) = &front.place {
            dc.push(pair("DC.coverage", place.clone()));
        }
        if let Some(summary) = &front.summary {
            dc.push(pair("DC.description", summary.clone()));
        }
        for tag in &front.tags {
            dc.push(pair("DC.subject", tag.clone()));
        }

        let kind = if front.doc_type.is_party_document() {
            "Report"
        } else {
            "Article"
        };
        let mut ld = json!({
            "@context": "https://schema.org",
            "@type": kind,
            "name": front.title,
            "headline": front.title,
            "url": url,
            "inLanguage": language,
            "genre": doc_type,
            "author": { "@type": "Organization", "name": issuer },
            "publisher": { "@type": "Organization", "name": org.name },
            "temporalCoverage": term,
            "isPartOf": { "@type": "WebSite", "name": site.config.title, "url": site.config.base_url },
        });
        let fields = ld.as_object_mut().expect("built as an object");
        if let Some(number) = &front.number {
            let key = if kind == "Report" {
                "reportNumber"
            } else {
                "identifier"
            };
            fields.insert(key.into(), json!(number));
        }
        if let Some(date) = &issued {
            fields.insert("datePublished".into(), json!(date));
        }
        if let Some(place) = &front.place {
            fields.insert(
                "locationCreated".into(),
                json!({ "@type": "Place", "name": place }),
            );
        }
        if let Some(summary) = &front.summary {
            fields.insert("description".into(), json!(summary));
        }
        if !front.tags.is_empty() {
            fields.insert("keywords".into(), json!(front.tags.join(", ")));
        }
        if let Some(image) = &image {
            fields.insert("image".into(), json!(image.url));
        }
        Metadata {
            og_type: "article",
            locale: locale(site),
            image,
            dublin_core: dc,
            json_ld: Some(script_safe(&ld.to_string())),
        }
    }
}

fn pair(name: &'static str, content: String) -> NameContent {
    NameContent { name, content }
}

fn locale(site: &Site) -> &'static str {
    match site.config.language {
        Language::Vi => "vi_VN",
        Language::En => "en_US",
    }
}

/// JSON that cannot end its `<script>` element early: `<` becomes `\u003c` (still the same
/// JSON string), so `</script>` in a title stays text.
fn script_safe(json: &str) -> String {
    json.replace('<', "\\u003c")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_cannot_close_its_script() {
        let json = json!({ "name": "</script><script>alert(1)</script>" }).to_string();
        let safe = script_safe(&json);
        assert!(!safe.contains("</script>"));
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back["name"], "</script><script>alert(1)</script>");
    }
}
