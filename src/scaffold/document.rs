//! `nhiemky new doc <org> <term> --type <doc_type>`: a draft document of any type, its front
//! matter commented key by key and the outline such a document follows.

use super::{create_dir, one_line, org_dir, previous, with_editor_files, with_values, write_new};
use crate::load::valid_slug;
use crate::messages::Message;
use crate::model::document::DocType;
use crate::model::term::Term;
use crate::msg;
use std::path::{Path, PathBuf};

/// Every type of document, in the order `--help` and errors list them.
pub const DOC_TYPES: [DocType; 10] = [
    DocType::BaoCaoChinhTri,
    DocType::BaoCaoKiemDiem,
    DocType::NghiQuyet,
    DocType::ChuongTrinhHanhDong,
    DocType::DeAnNhanSu,
    DocType::SoKet,
    DocType::TongKet,
    DocType::BaoCao,
    DocType::BaiViet,
    DocType::Khac,
];

/// Front matter of the documents presented to a congress, of the other party documents, and
/// of articles (no party heading: no number, issuer or place).
const FRONT_CONGRESS: &str = include_str!("templates/front-congress.toml");
const FRONT_PARTY: &str = include_str!("templates/front-party.toml");
const FRONT_ARTICLE: &str = include_str!("templates/front-article.toml");

/// The title and outline of each type (`[<doc_type>] title = … outline = …`).
const DOCUMENTS: &str = include_str!("templates/documents.toml");

/// Creates `content/<org>/<term>/<slug>.md`, a draft of type `doc_type` (its code:
/// `bao-cao-chinh-tri`, `bai-viet`…) that `nhiemky check --drafts` passes at once. `slug`
/// defaults to the type's code, `title` to the type's usual title. The term's folder is
/// created if need be; a file already there is never replaced. Returns the files written.
pub fn new_doc(
    root: &Path,
    org: &str,
    term: &str,
    doc_type: &str,
    title: Option<&str>,
    slug: Option<&str>,
) -> Result<Vec<PathBuf>, Message> {
    let Some(doc_type) = DOC_TYPES.into_iter().find(|t| t.code() == doc_type) else {
        let types: Vec<&str> = DOC_TYPES.iter().map(|t| t.code()).collect();
        return Err(msg!(
            "new-doc-unknown-type",
            doc_type = doc_type,
            types = types.join(", ")
        ));
    };
    let term = Term::parse(term)?;
    let dir = org_dir(root, org)?.join(term.to_string());
    let taken = |s: &str| dir.join(format!("{s}.md")).exists();
    let slug = slug.unwrap_or(doc_type.code());
    if !valid_slug(slug) {
        let suggested = crate::vi::unused_slug(slug, doc_type.code(), taken);
        return Err(msg!("new-doc-bad-slug", slug = slug, suggested = suggested));
    }
    let path = dir.join(format!("{slug}.md"));
    if path.exists() {
        let suggested = crate::vi::unused_slug(slug, doc_type.code(), taken);
        return Err(msg!("new-doc-exists", path = &path, suggested = suggested));
    }
    let title = title.map(|t| one_line(t, "title")).transpose()?;
    let text = document_text(org, term, doc_type, title);
    create_dir(&dir)?;
    write_new(&path, &text)?;
    with_editor_files(root, vec![path])
}

/// A draft document: front matter, then the outline of its type.
pub(super) fn document_text(
    org: &str,
    term: Term,
    doc_type: DocType,
    title: Option<&str>,
) -> String {
    let (template, reviews) = front_matter(doc_type);
    let template = match reviews {
        true => template.to_owned(),
        false => without_line(template, "reviewed_term "),
    };
    let mut documents: toml::Table = DOCUMENTS.parse().expect("templates/documents.toml");
    let mut kind = match documents.remove(doc_type.code()) {
        Some(toml::Value::Table(kind)) => kind,
        _ => panic!("templates/documents.toml: [{}]", doc_type.code()),
    };
    let mut text = |key: &str| match kind.remove(key) {
        Some(toml::Value::String(text)) => with_terms(&text, term),
        _ => panic!("templates/documents.toml: [{}] {key}", doc_type.code()),
    };
    let (usual_title, outline) = (text("title"), text("outline"));
    let (term_text, previous_text) = (term.to_string(), previous(term).to_string());
    let mut values = vec![
        ("title", title.unwrap_or(&usual_title).into()),
        ("org", org.into()),
        ("term", term_text.as_str().into()),
        ("doc_type", doc_type.code().into()),
        ("date", today().into()),
    ];
    if reviews {
        values.push(("reviewed_term", previous_text.as_str().into()));
    }
    format!("+++\n{}+++\n\n{outline}", with_values(&template, values))
}

/// The front matter of a type, and whether it reviews the term before (`reviewed_term`).
fn front_matter(doc_type: DocType) -> (&'static str, bool) {
    match doc_type {
        DocType::BaoCaoChinhTri | DocType::BaoCaoKiemDiem | DocType::NghiQuyet => {
            (FRONT_CONGRESS, true)
        }
        DocType::DeAnNhanSu => (FRONT_CONGRESS, false),
        DocType::ChuongTrinhHanhDong | DocType::SoKet | DocType::TongKet | DocType::BaoCao => {
            (FRONT_PARTY, false)
        }
        DocType::BaiViet | DocType::Khac => (FRONT_ARTICLE, false),
    }
}

fn without_line(template: &str, start: &str) -> String {
    template
        .split_inclusive('\n')
        .filter(|line| !line.starts_with(start))
        .collect()
}

/// A template's text with the term and the one before it.
fn with_terms(text: &str, term: Term) -> String {
    let before = previous(term);
    let display = |t: Term| t.display("{start} - {end}");
    text.replace("%term_display%", &display(term))
        .replace("%previous_display%", &display(before))
        .replace("%term%", &term.to_string())
        .replace("%previous%", &before.to_string())
}

/// Today in Việt Nam (UTC+7, no summer time), the date a new draft gets until the drafter
/// writes the one printed on the document.
fn today() -> toml_edit::Datetime {
    let vietnam = jiff::tz::TimeZone::fixed(jiff::tz::offset(7));
    let date = jiff::Timestamp::now().to_zoned(vietnam).date();
    toml_edit::Datetime {
        date: Some(toml_edit::Date {
            year: date.year() as u16,
            month: date.month() as u8,
            day: date.day() as u8,
        }),
        time: None,
        offset: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TERM: Term = Term {
        start: 2020,
        end: 2025,
    };

    #[test]
    fn every_type_has_a_title_and_an_outline_and_valid_front_matter() {
        for doc_type in DOC_TYPES {
            let text = document_text("o", TERM, doc_type, None);
            let front = text.split("+++").nth(1).unwrap();
            let table: toml::Table = front.parse().unwrap();
            assert_eq!(table["doc_type"].as_str(), Some(doc_type.code()));
            assert_eq!(table["status"].as_str(), Some("draft"));
            assert!(table["date"].as_datetime().is_some(), "{text}");
            assert!(!table["title"].as_str().unwrap().contains('%'), "{text}");
            assert!(text.contains("\n## "), "{text}");
            // An article is not a party document: no party heading keys.
            let party_keys = ["number", "issuer", "place"].map(|k| format!("# {k} ="));
            assert_eq!(
                party_keys.iter().any(|k| front.contains(k.as_str())),
                doc_type.is_party_document(),
                "{text}"
            );
        }
    }

    #[test]
    fn a_report_names_the_term_it_reviews() {
        let text = document_text("o", TERM, DocType::BaoCaoChinhTri, None);
        assert!(text.contains("reviewed_term = \"2015-2020\""), "{text}");
        assert!(text.contains("title = \"Báo cáo chính trị nhiệm kỳ 2020 - 2025\""));
        assert!(text.contains("{{ indicator_table(term=\"2015-2020\") }}"));
        let text = document_text("o", TERM, DocType::SoKet, Some("Sơ kết"));
        assert!(!text.contains("reviewed_term"), "{text}");
        assert!(text.contains("title = \"Sơ kết\""), "{text}");
    }

    #[test]
    fn an_unknown_type_is_said_with_the_known_ones() {
        let e = new_doc(Path::new("."), "o", "2020-2025", "bao-cao-x", None, None).unwrap_err();
        assert!(
            e.vi().starts_with("không có loại văn bản `bao-cao-x`"),
            "{}",
            e.vi()
        );
        assert!(
            e.en().contains("bao-cao-chinh-tri, bao-cao-kiem-diem"),
            "{}",
            e.en()
        );
    }
}
