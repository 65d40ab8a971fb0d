//! `nhiemky new org` and `nhiemky new term`: files that build at once, with the outline of a
//! political report and commented examples of the data schema.

use crate::load::data_file::{DATA_FILE, SCHEMA_VERSION};
use crate::load::org_file::ORG_FILE;
use crate::load::{CONTENT_DIR, valid_slug};
use crate::model::term::Term;
use std::fs;
use std::path::{Path, PathBuf};

/// Creates `content/<slug>/_org.toml`. Returns the files written.
pub fn new_org(root: &Path, slug: &str, name: Option<&str>) -> Result<Vec<PathBuf>, String> {
    let content = content_dir(root)?;
    if !valid_slug(slug) {
        let suggested = crate::vi::unused_slug(slug, "to-chuc", |s| content.join(s).exists());
        return Err(format!(
            "`{slug}` cannot be a slug: use a-z, 0-9 and - (e.g. `{suggested}`)"
        ));
    }
    let dir = content.join(slug);
    if dir.exists() {
        return Err(format!("{} already exists", dir.display()));
    }
    let name = name.map_or(slug, str::trim);
    if name.contains(['\n', '\r']) {
        return Err("the name has a line break: write it on one line".into());
    }
    if let Some(found) = crate::vi::find_forbidden(name) {
        return Err(format!(
            "the name holds an invisible control character ({}); write it again without it",
            found.code()
        ));
    }
    let text = with_values(ORG_TEMPLATE, [("slug", slug.into()), ("name", name.into())]);
    fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let path = dir.join(ORG_FILE);
    fs::write(&path, text).map_err(|e| e.to_string())?;
    Ok(vec![path])
}

/// `_org.toml` as written by `new org`; [`with_values`] fills in the slug and name.
const ORG_TEMPLATE: &str = r#"# The organisation. `slug` is its web address and must never change once published.
slug = ""
name = ""                            # display name, e.g. "Đảng bộ Sở GD&ĐT Lạng Sơn"
# name_full = "…"                    # full name, e.g. "Đảng bộ Sở Giáo dục và Đào tạo tỉnh Lạng Sơn"
kind = "dang-bo"                     # dang-bo | chi-bo | huyen-uy | tinh-uy | dang-uy | phong | so | khac
# province = "…"                     # the province at the time of the documents
# parent = "…"                       # slug of the superior organisation, if it is on the site
# description = "…"                  # a short introduction for the organisation page
"#;

/// A TOML template with the values of `keys` set by the TOML library (which quotes and escapes
/// them: a name cannot end its string and add keys), the template's comments kept.
fn with_values<'a>(
    template: &str,
    keys: impl IntoIterator<Item = (&'a str, toml_edit::Value)>,
) -> String {
    let mut document: toml_edit::DocumentMut =
        template.parse().expect("the scaffolds' templates are TOML");
    for (key, mut value) in keys {
        let item = &mut document[key];
        let decor = item.as_value().map(|v| v.decor().clone());
        if let Some(decor) = decor {
            *value.decor_mut() = decor;
        }
        *item = toml_edit::Item::Value(value);
    }
    document.to_string()
}

/// Creates `content/<org>/<term>/` with a draft political report and an empty data file.
pub fn new_term(root: &Path, org: &str, term: &str) -> Result<Vec<PathBuf>, String> {
    // TRANSITIONAL (i19-toml): Term::parse says why as a Message now.
    let term = Term::parse(term)
        .map_err(|why| crate::messages::Catalogue::new(crate::messages::Lang::En).text(&why))?;
    if !valid_slug(org) {
        return Err(format!(
            "`{org}` is not an organisation's slug (a-z, 0-9 and -): write the name of its folder in content/"
        ));
    }
    let org_dir = content_dir(root)?.join(org);
    if !org_dir.join(ORG_FILE).is_file() {
        return Err(format!(
            "no organisation `{org}` (expected {}); create it with `nhiemky new org {org}`",
            org_dir.join(ORG_FILE).display()
        ));
    }
    let dir = org_dir.join(term.to_string());
    if dir.exists() {
        return Err(format!("{} already exists", dir.display()));
    }
    let previous = Term {
        start: term.start - Term::LENGTH,
        end: term.start,
    };
    let (term_text, previous_text) = (term.to_string(), previous.to_string());
    let title = format!(
        "Báo cáo chính trị nhiệm kỳ {}",
        term.display("{start} - {end}")
    );
    let front_matter = with_values(
        FRONT_MATTER_TEMPLATE,
        [
            ("title", title.as_str().into()),
            ("org", org.into()),
            ("term", term_text.as_str().into()),
            ("reviewed_term", previous_text.as_str().into()),
        ],
    );
    let report = format!(
        r#"+++
{front_matter}+++

## Phần thứ nhất. Kết quả thực hiện Nghị quyết nhiệm kỳ {previous_spaced}

### I. Kết quả thực hiện các chỉ tiêu chủ yếu

{{{{ indicator_table(term="{previous}") }}}}

### II. Kết quả thực hiện các nhiệm vụ chủ yếu

### III. Đánh giá chung

### IV. Bài học kinh nghiệm

## Phần thứ hai. Phương hướng, mục tiêu, nhiệm vụ và giải pháp nhiệm kỳ {term_spaced}

### I. Phương hướng chung

### II. Mục tiêu cụ thể, các chỉ tiêu chủ yếu

{{{{ indicator_table(term="{term}", view="targets") }}}}

### III. Nhiệm vụ và giải pháp chủ yếu
"#,
        term_spaced = term.display("{start} - {end}"),
        previous_spaced = previous.display("{start} - {end}"),
    );
    let example = DATA_TEMPLATE
        .replace("{previous}", &previous_text)
        .replace("{term}", &term_text);
    let data = with_values(
        &example,
        [
            ("schema_version", i64::from(SCHEMA_VERSION).into()),
            ("org", org.into()),
            ("term", term_text.as_str().into()),
        ],
    );
    fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let report_path = dir.join("bao-cao-chinh-tri.md");
    let data_path = dir.join(DATA_FILE);
    fs::write(&report_path, report).map_err(|e| e.to_string())?;
    fs::write(&data_path, data).map_err(|e| e.to_string())?;
    Ok(vec![report_path, data_path])
}

/// The front matter of the political report `new term` writes.
const FRONT_MATTER_TEMPLATE: &str = r#"title = ""
org = ""
term = ""
reviewed_term = ""
doc_type = "bao-cao-chinh-tri"
status = "draft"                     # draft | review | published | archived
# date = 2020-05-12                  # the congress date (year-month-day, no quotes)
# number = "…-BC/…"                  # số, ký hiệu
# place = "…"                        # địa danh

# [congress]
# ordinal = 1                        # printed in Roman numerals: "lần thứ I"
# kind = "dai-bieu"                  # or "toan-the-dang-vien"
# superior = "…"

[summary]
text = ""
"#;

/// `data.toml` as `new term` writes it. Its commented example names the terms in place of
/// `{previous}` and `{term}` (a term is digits and a dash: nothing TOML would read otherwise).
const DATA_TEMPLATE: &str = r#"# Indicators (chỉ tiêu) of this term: see docs/schema.md.
schema_version = 0
org = ""
term = ""

# [[indicator]]
# id = "ty-le-dang-vien-hoan-thanh-tot-nhiem-vu"
# name = "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên"
# unit = "%"
# direction = "higher_better"
#
#   [[indicator.obs]]                # a result of the reviewed term
#   term = "{previous}"
#   each_year = true
#   value = 98
#   qualifier = ">"
#   as_stated = "trên 98%"
#
#   [[indicator.target]]             # a target adopted for this term
#   term = "{term}"
#   each_year = true
#   comparator = ">="
#   value = 95
#   as_stated = "từ 95% trở lên"
"#;

fn content_dir(root: &Path) -> Result<PathBuf, String> {
    if !root.join(crate::config::CONFIG_FILE).is_file() {
        return Err(format!(
            "{} is not a site folder (no config.toml); run in the site folder or pass --root",
            root.display()
        ));
    }
    Ok(root.join(CONTENT_DIR))
}
