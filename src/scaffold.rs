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
    if !valid_slug(slug) {
        return Err(format!(
            "`{slug}` cannot be a slug: use a-z, 0-9 and - (e.g. `{}`)",
            crate::vi::slugify(slug)
        ));
    }
    let dir = content_dir(root)?.join(slug);
    if dir.exists() {
        return Err(format!("{} already exists", dir.display()));
    }
    let name = name.unwrap_or(slug);
    let text = format!(
        r#"# The organisation. `slug` is its web address and must never change once published.
slug = "{slug}"
name = "{name}"                      # display name, e.g. "Đảng bộ Sở GD&ĐT Lạng Sơn"
# name_full = "…"                    # full name, e.g. "Đảng bộ Sở Giáo dục và Đào tạo tỉnh Lạng Sơn"
kind = "dang-bo"                     # dang-bo | chi-bo | huyen-uy | tinh-uy | dang-uy | phong | so | khac
# province = "…"                     # the province at the time of the documents
# parent = "…"                       # slug of the superior organisation, if it is on the site
# description = "…"                  # a short introduction for the organisation page
"#,
        name = name.replace('"', "\\\"")
    );
    fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let path = dir.join(ORG_FILE);
    fs::write(&path, text).map_err(|e| e.to_string())?;
    Ok(vec![path])
}

/// Creates `content/<org>/<term>/` with a draft political report and an empty data file.
pub fn new_term(root: &Path, org: &str, term: &str) -> Result<Vec<PathBuf>, String> {
    let term = Term::parse(term)?;
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
    let report = format!(
        r#"+++
title = "Báo cáo chính trị nhiệm kỳ {term_spaced}"
org = "{org}"
term = "{term}"
reviewed_term = "{previous}"
doc_type = "bao-cao-chinh-tri"
status = "draft"                     # draft | review | published | archived
# date = {start}-01-01                # the congress date
# number = "…-BC/…"                  # số, ký hiệu
# place = "…"                        # địa danh

# [congress]
# ordinal = 1                        # printed in Roman numerals: "lần thứ I"
# kind = "dai-bieu"                  # or "toan-the-dang-vien"
# superior = "…"

[summary]
text = ""
+++

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
        start = term.start,
    );
    let data = format!(
        r#"# Indicators (chỉ tiêu) of this term: see docs/schema.md.
schema_version = {SCHEMA_VERSION}
org = "{org}"
term = "{term}"

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
"#
    );
    fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let report_path = dir.join("bao-cao-chinh-tri.md");
    let data_path = dir.join(DATA_FILE);
    fs::write(&report_path, report).map_err(|e| e.to_string())?;
    fs::write(&data_path, data).map_err(|e| e.to_string())?;
    Ok(vec![report_path, data_path])
}

fn content_dir(root: &Path) -> Result<PathBuf, String> {
    if !root.join(crate::config::CONFIG_FILE).is_file() {
        return Err(format!(
            "{} is not a site folder (no config.toml); run in the site folder or pass --root",
            root.display()
        ));
    }
    Ok(root.join(CONTENT_DIR))
}
