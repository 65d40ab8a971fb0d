//! The Hugo twin of a benchmark corpus: the same Markdown files (hard links, so no copy is
//! timed or stored), a config and the smallest layouts that print every page with its body,
//! so that Hugo does the work nhiemky does for the documents: read, parse front matter, render
//! Markdown, write one page per document and a list per section.
//!
//! Hugo reads the `+++` TOML front matter as it is; nhiemky's `{{ shortcode() }}` calls are
//! plain text to Hugo (its own shortcodes are `{{< … >}}`), and data.toml is left out: Hugo
//! has no indicators to join or tables to draw, so the comparison favours Hugo.

use std::fs;
use std::path::Path;

const CONFIG: &str = r#"baseURL = "https://kho.example.vn/"
languageCode = "vi"
title = "Kho báo cáo nhiệm kỳ"
disableKinds = ["taxonomy", "term"]
"#;

const BASEOF: &str = r#"<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><header><a href="{{ "/" | relURL }}">{{ site.Title }}</a></header><main>{{ block "main" . }}{{ end }}</main></body></html>
"#;

const LIST: &str = r#"{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
"#;

const SINGLE: &str = r#"{{ define "main" }}<h1>{{ .Title }}</h1><nav>{{ .TableOfContents }}</nav>{{ .Content }}{{ end }}
"#;

/// Writes the twin of `site` (a corpus folder with content/) into `twin`, unless it is there.
pub fn ensure(site: &Path, twin: &Path) {
    if twin.join("content").is_dir() {
        return;
    }
    let layouts = twin.join("layouts/_default");
    fs::create_dir_all(&layouts).unwrap();
    fs::write(twin.join("config.toml"), CONFIG).unwrap();
    fs::write(layouts.join("baseof.html"), BASEOF).unwrap();
    fs::write(layouts.join("list.html"), LIST).unwrap();
    fs::write(layouts.join("single.html"), SINGLE).unwrap();
    let content = site.join("content");
    for entry in walkdir::WalkDir::new(&content) {
        let entry = entry.unwrap();
        let relative = entry.path().strip_prefix(&content).unwrap();
        let target = twin.join("content").join(relative);
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target).unwrap();
        } else if entry.path().extension().is_some_and(|e| e == "md") {
            fs::hard_link(entry.path(), &target).unwrap();
        }
    }
}
