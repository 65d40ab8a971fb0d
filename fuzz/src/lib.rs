//! What each fuzz target checks, for any bytes: no panic, and the invariants below. The fuzz
//! targets call these functions, and so does `tests/fuzz_corpus.rs`, which replays the
//! committed corpus on every `cargo test`.

use nhiemky::charts::{self, Words};
use nhiemky::config::Config;
use nhiemky::diagnostics::Diagnostic;
use nhiemky::diagnostics::source::SourceFile;
use nhiemky::load::build_org;
use nhiemky::load::data_file::{DataContext, parse_data_file};
use nhiemky::load::document::parse_document;
use nhiemky::load::front_matter::{split, toml_with_file_offsets};
use nhiemky::load::org_file::parse_org;
use nhiemky::load::theme::builtin_i18n;
use nhiemky::load::{OrgInputs, valid_slug};
use nhiemky::markdown::shortcode::{Call, find_calls};
use nhiemky::markdown::{self, ArgValue, Placement, RawHtml, ShortcodeError, Shortcodes, render};
use nhiemky::model::term::Term;
use std::cell::Cell;
use std::collections::{BTreeSet, HashSet};
use std::path::Path;
use std::sync::LazyLock;

const ORG: &str = "to-chuc";
const TERM: Term = Term {
    start: 2020,
    end: 2025,
};
const DOCUMENT: &str = "content/to-chuc/2020-2025/bao-cao.md";
const DATA: &str = "content/to-chuc/2020-2025/data.toml";

/// The site's settings the data is checked against: a rating scale, charts on.
static CONFIG: LazyLock<Config> = LazyLock::new(|| {
    let file = SourceFile::from_text(
        "config.toml",
        "title = \"T\"\nbase_url = \"https://x.vn/\"\n[scales.xep-loai]\nlevels = [\"Không hoàn thành\", \"Hoàn thành\", \"Hoàn thành tốt\"]\n",
    );
    Config::parse(&file, &mut Vec::new()).expect("the fuzzing config is valid")
});

static WORDS: LazyLock<Words> = LazyLock::new(|| Words::from_i18n(&builtin_i18n()));

/// The text of a file as nhiemky reads it (BOM, UTF-8 check, NFC), or `None` when it is refused
/// with a diagnostic, which must then point inside the bytes.
fn source(display: &str, data: &[u8]) -> Option<SourceFile> {
    let mut warnings = Vec::new();
    match SourceFile::from_bytes(Path::new(display), display.into(), data, &mut warnings) {
        Ok(file) => {
            for warning in &warnings {
                assert_inside(warning, &file);
            }
            Some(file)
        }
        Err(refused) => {
            let location = refused.location.as_ref().expect("a refused file is named");
            let lines = data.split(|&b| b == b'\n').count();
            assert!(
                (1..=lines).contains(&location.line) && location.column >= 1,
                "{refused:?}"
            );
            None
        }
    }
}

/// A diagnostic points at a real place of `file`: its path, a line that exists, the column of
/// the underline, and that line's text.
fn assert_inside(diagnostic: &Diagnostic, file: &SourceFile) {
    let Some(location) = &diagnostic.location else {
        return;
    };
    assert_eq!(location.path, file.display, "{diagnostic:?}");
    let line = file
        .text
        .split('\n')
        .nth(location.line - 1)
        .unwrap_or_else(|| panic!("no line {} in the file: {diagnostic:?}", location.line));
    assert_eq!(
        location.source_line,
        line.trim_end_matches('\r'),
        "{diagnostic:?}"
    );
    let underline = location.underline.clone();
    assert!(
        underline.start <= underline.end
            && underline.end <= location.source_line.len()
            && location.source_line.is_char_boundary(underline.start)
            && location.source_line.is_char_boundary(underline.end),
        "{diagnostic:?}: underline {underline:?}"
    );
    let column = location.source_line[..underline.start].chars().count() + 1;
    assert_eq!(location.column, column, "{diagnostic:?}");
}

/// The front-matter splitter, then the whole front matter as a document of
/// `content/to-chuc/2020-2025/`.
pub fn front_matter(data: &[u8]) {
    let Some(file) = source(DOCUMENT, data) else {
        return;
    };
    let text = file.text.as_str();
    match split(&file) {
        Err(refused) => assert_inside(&refused, &file),
        Ok(parts) => {
            let (front, body) = (parts.front_matter.clone(), parts.body.clone());
            let first_line_end = text.find('\n').map_or(text.len(), |i| i + 1);
            assert_eq!(text[..first_line_end].trim_end(), "+++");
            assert_eq!(front.start, first_line_end);
            assert!(front.start <= front.end && front.end <= body.start);
            assert_eq!(body.end, text.len());
            assert_eq!(text[front.end..body.start].trim_end(), "+++");
            // The TOML keeps the file's offsets: same length, same lines.
            let toml = toml_with_file_offsets(&file, &parts);
            assert_eq!(toml.len(), front.end);
            assert_eq!(&toml[front.clone()], &text[front.clone()]);
            let breaks = |s: &str| -> Vec<(usize, char)> {
                s.char_indices()
                    .filter(|(_, c)| matches!(c, '\n' | '\r'))
                    .collect()
            };
            assert_eq!(breaks(&toml[..front.start]), breaks(&text[..front.start]));
        }
    }
    let mut diagnostics = Vec::new();
    let document = parse_document(&file, ORG, TERM, &mut diagnostics);
    for diagnostic in &diagnostics {
        assert_inside(diagnostic, &file);
    }
    if let Some(document) = document {
        assert!(!diagnostics.iter().any(Diagnostic::is_error));
        assert_eq!((document.org.as_str(), document.term), (ORG, TERM));
        assert!(!document.front.title.trim().is_empty());
    }
}

/// `data.toml` loaded and validated, joined into an organisation (verdicts, chart kinds), and
/// each chart drawn as SVG: always well-formed XML whose title is the chart's, escaped.
pub fn data_file(data: &[u8]) {
    let Some(file) = source(DATA, data) else {
        return;
    };
    let context = DataContext {
        org: ORG,
        term: TERM,
        config: &CONFIG,
    };
    let mut diagnostics = Vec::new();
    let parsed = parse_data_file(&file, &context, &mut diagnostics);
    for diagnostic in &diagnostics {
        assert_inside(diagnostic, &file);
    }
    let Some(parsed) = parsed else {
        return;
    };
    let mut ids = HashSet::new();
    for indicator in &parsed.indicators {
        assert!(valid_slug(&indicator.id), "{}", indicator.id);
        assert!(ids.insert(indicator.id.clone()), "{} twice", indicator.id);
    }
    let org_file = SourceFile::from_text(
        "content/to-chuc/_org.toml",
        "slug = \"to-chuc\"\nname = \"Tổ chức\"\nkind = \"chi-bo\"\n",
    );
    let inputs = OrgInputs {
        folder: ORG.into(),
        org: parse_org(&org_file, ORG, &mut Vec::new()),
        term_folders: BTreeSet::from([TERM]),
        documents: Vec::new(),
        originals: Vec::new(),
        data_errors: diagnostics.iter().any(Diagnostic::is_error),
        data_files: vec![parsed],
    };
    // The files are not on disk: diagnostics of the join fall back to naming them.
    let (org, _) = build_org(Path::new("/nonexistent"), &CONFIG, inputs, true);
    let org = org.expect("the organisation file is valid");
    let context = charts::Context {
        org: &org,
        term_pattern: &CONFIG.locale.term_display,
        words: &WORDS,
        pad_small_counts: CONFIG.locale.pad_small_counts,
    };
    for indicator in &org.indicators {
        let Some(kind) = indicator.chart_kind else {
            continue;
        };
        let chart = charts::build(indicator, kind, &context);
        let svg = charts::svg(&chart, &WORDS).expect("an SVG chart is always drawn");
        let document = roxmltree::Document::parse(&svg)
            .unwrap_or_else(|e| panic!("the SVG of {} is not XML ({e}):\n{svg}", indicator.id));
        let title = document
            .root_element()
            .first_element_child()
            .filter(|e| e.has_tag_name("title"))
            .expect("the SVG starts with its title");
        assert_eq!(title.text().unwrap_or_default(), chart.title);
    }
}

/// Shortcode calls: in order, inside the text, and each written back and parsed again the same.
pub fn shortcodes(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (calls, errors) = find_calls(text, &[]);
    let mut end = 0;
    for call in &calls {
        assert!(end <= call.span.start, "calls overlap");
        end = call.span.end;
        let written = &text[call.span.clone()];
        assert!(
            written.starts_with("{{") && written.ends_with("}}"),
            "{written}"
        );
        assert_eq!(&text[call.name_span.clone()], call.name);
        for arg in &call.args {
            assert!(call.span.start <= arg.span.start && arg.span.end <= call.span.end);
            assert!(text[arg.span.clone()].starts_with(&arg.name));
        }
        let canonical = write_call(call);
        let (again, problems) = find_calls(&canonical, &[]);
        assert!(problems.is_empty(), "{canonical}: {problems:?}");
        assert_eq!(again.len(), 1, "{canonical}");
        assert_eq!(again[0].name, call.name);
        let values = |c: &Call| {
            c.args
                .iter()
                .map(|a| (a.name.clone(), a.value.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(values(&again[0]), values(call), "{canonical}");
    }
    for error in &errors {
        let span = error.span.clone();
        assert!(
            span.start <= span.end && span.end <= text.len(),
            "{error:?}"
        );
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
    }
}

/// A call as a drafter would write it, in the one spelling the parser reads back.
fn write_call(call: &Call) -> String {
    let args: Vec<String> = call
        .args
        .iter()
        .map(|arg| {
            let value = match &arg.value {
                ArgValue::Text(text) => {
                    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
                }
                ArgValue::Number(n) => n.to_string(),
                ArgValue::Bool(b) => b.to_string(),
            };
            format!("{}={value}", arg.name)
        })
        .collect();
    format!("{{{{ {}({}) }}}}", call.name, args.join(", "))
}

/// Shortcodes that print their name as a marked element (`loi` fails), counting what they print.
#[derive(Default)]
struct Echo {
    printed: Cell<usize>,
}

const ECHO_CLASS: &str = "nhiemky-fuzz-shortcode";

impl Shortcodes for Echo {
    fn render(&self, call: &Call, placement: Placement) -> Result<String, ShortcodeError> {
        if call.name == "loi" {
            return Err(ShortcodeError {
                message: nhiemky::msg!("render-shortcode-unknown", name = "loi"),
                hint: Some(nhiemky::msg!("render-shortcode-takes-no-args")),
                span: call.args.first().map(|a| a.span.clone()),
            });
        }
        self.printed.set(self.printed.get() + 1);
        Ok(match placement {
            Placement::Block => format!("<div class=\"{ECHO_CLASS}\">{}</div>", call.name),
            Placement::Inline => format!("<span class=\"{ECHO_CLASS}\">{}</span>", call.name),
        })
    }
}

/// Markdown with shortcodes, as published (raw HTML trusted) and with `safe_html`.
/// Trusted: `<script` only where the Markdown wrote it. Sanitised: nothing that runs, and each
/// shortcode's HTML once, as an element of the page (never inside an attribute). Both: no
/// marker character left, heading ids unique, diagnostics inside the text.
pub fn markdown(data: &[u8]) {
    let Some(file) = source(DOCUMENT, data) else {
        return;
    };
    let lower = file.text.to_lowercase();
    for raw_html in [RawHtml::Trusted, RawHtml::Sanitised] {
        let echo = Echo::default();
        let mut diagnostics = Vec::new();
        let rendered = render(&file, 0..file.text.len(), &echo, raw_html, &mut diagnostics);
        for diagnostic in &diagnostics {
            assert_inside(diagnostic, &file);
        }
        let html = rendered.html;
        assert!(
            !html.contains(['\u{E000}', '\u{E001}']),
            "a marker is left:\n{html}"
        );
        let mut ids = HashSet::new();
        for entry in &rendered.toc {
            assert!(ids.insert(&entry.id), "heading id {} twice", entry.id);
        }
        let has_html = file.text.contains(['<', '&']);
        match raw_html {
            RawHtml::Trusted => {
                if !lower.contains("<script") {
                    assert!(!html.to_lowercase().contains("<script"), "{html}");
                }
                if !has_html {
                    let page = scraper::Html::parse_fragment(&html);
                    assert_each_shortcode_once(&page, &html, echo.printed.get());
                }
            }
            RawHtml::Sanitised => {
                // One parse for both checks: parsing is most of an execution's time.
                let page = scraper::Html::parse_fragment(&html);
                assert_nothing_runs(&page, &html);
                assert_each_shortcode_once(&page, &html, echo.printed.get());
            }
        }
    }
    // The plain text for search never fails either.
    markdown::plain::plain_text(&file.text);
}

fn assert_each_shortcode_once(page: &scraper::Html, html: &str, printed: usize) {
    let selector = scraper::Selector::parse(&format!(".{ECHO_CLASS}")).expect("a selector");
    assert_eq!(page.select(&selector).count(), printed, "{html}");
}

/// Attributes whose value a browser follows or loads as an address.
const URL_ATTRIBUTES: [&str; 10] = [
    "href",
    "src",
    "srcset",
    "action",
    "formaction",
    "xlink:href",
    "poster",
    "background",
    "cite",
    "data",
];

fn assert_nothing_runs(page: &scraper::Html, html: &str) {
    for node in page.tree.nodes() {
        let Some(element) = node.value().as_element() else {
            continue;
        };
        let name = element.name();
        assert!(
            !matches!(
                name,
                "script" | "style" | "iframe" | "object" | "embed" | "svg" | "math" | "form"
            ),
            "<{name}> in {html}"
        );
        for (attribute, value) in element.attrs() {
            assert!(!attribute.starts_with("on"), "{attribute}= in {html}");
            // Only an address runs a scheme: an id may read "javascript:" (a footnote's label).
            if !URL_ATTRIBUTES.contains(&attribute) {
                continue;
            }
            // As a browser reads it (WHATWG URL): C0 controls and spaces trimmed at the ends,
            // tabs and newlines dropped anywhere; any other control ends the scheme.
            let address: String = value
                .trim_matches(|c: char| c <= ' ')
                .chars()
                .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
                .collect::<String>()
                .to_ascii_lowercase();
            assert!(
                !["javascript:", "vbscript:", "data:"]
                    .iter()
                    .any(|scheme| address.starts_with(scheme)),
                "{attribute}=\"{value}\" in {html}"
            );
        }
    }
}
