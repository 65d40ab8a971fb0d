//! Markdown → HTML with pulldown-cmark: tables, footnotes (collected at the end), heading ids
//! from the heading text (đ → d), a table of contents, ordinal-word lists ("Một là …") printed
//! without numbers, and shortcodes replaced by their rendered HTML.

mod blocks;
mod headings;
pub mod links;
mod markers;
mod nesting;
pub mod plain;
mod sanitise;
pub mod shortcode;

use crate::diagnostics::Diagnostic;
use crate::diagnostics::source::SourceFile;
use crate::messages::Message;
use crate::msg;
use blocks::{fence_languages, footnotes_last, mark_ordinal_lists, wrap_tables};
use headings::assign_heading_ids;
use links::{LocalLink, MarkerOffsets, local_link};
use markers::{
    MARKER_END, MARKER_START, keep_markers_in_text, literal_ranges, marker, slots, splice,
    with_markers,
};
use nesting::{MOST_NESTED, Nesting};
use pulldown_cmark::{Event, Options, Parser};
pub use sanitise::RawHtml;
use sanitise::sanitise;
use serde::Serialize;
pub use shortcode::{Arg, ArgValue, Call};
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TocEntry {
    pub level: u8,
    pub title: String,
    pub id: String,
}

#[derive(Debug, Clone, Default)]
pub struct Rendered {
    pub html: String,
    pub toc: Vec<TocEntry>,
    /// The words without markup (shortcodes left out), for the search index.
    pub text: plain::PlainText,
    /// Relative links and images, located in the file (only from [`render`]).
    pub links: Vec<LocalLink>,
}

/// Where a shortcode stands: alone in its paragraph (a block) or inside running text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    Block,
    Inline,
}

/// A shortcode failed: message and hint, and optionally the argument it is about.
#[derive(Debug, Clone)]
pub struct ShortcodeError {
    pub message: Message,
    pub hint: Option<Message>,
    pub span: Option<Range<usize>>,
}

/// Renders the shortcodes of one page. Implemented by the page renderer, which knows the site.
pub trait Shortcodes {
    fn render(&self, call: &Call, placement: Placement) -> Result<String, ShortcodeError>;
}

pub(super) fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Renders the Markdown in `file.text[body]`, raw HTML as `raw_html` says. Problems become
/// diagnostics located in `file`.
pub fn render(
    file: &SourceFile,
    body: Range<usize>,
    shortcodes: &dyn Shortcodes,
    raw_html: RawHtml,
    diagnostics: &mut Vec<Diagnostic>,
) -> Rendered {
    let text = &file.text[body.clone()];
    let at = |span: Range<usize>| body.start + span.start..body.start + span.end;
    let calls = if text.contains("{{") {
        let (calls, errors) = shortcode::find_calls(text, &literal_ranges(text));
        for e in errors {
            diagnostics.push(
                Diagnostic::error(msg!("markdown-shortcode-syntax", problem = e.message))
                    .at(file, at(e.span))
                    .hint(e.hint),
            );
        }
        calls
    } else {
        Vec::new()
    };
    let markdown = with_markers(text, &calls);
    let offsets = MarkerOffsets::new(&calls, |index| marker(index).len());
    let mut links = Vec::new();
    let mut nesting = Nesting::default();
    let mut too_deep = None;
    let mut events: Vec<Event> = Parser::new_ext(&markdown, options())
        .into_offset_iter()
        .map(|(event, span)| {
            let located =
                |span: Range<usize>| at(offsets.to_text(span.start)..offsets.to_text(span.end));
            if let Some(offset) = nesting.too_deep_in(&event)
                && too_deep.is_none()
            {
                let place = (span.start + offset).min(span.end);
                too_deep = Some(located(place..place));
            }
            links.extend(local_link(&event, span, located));
            event
        })
        .collect();
    if let Some(place) = too_deep {
        // Its HTML is not made: parsing it would take time growing with the square of the depth.
        diagnostics.push(
            Diagnostic::error(msg!("markdown-too-deep", count = MOST_NESTED))
                .at(file, place)
                .hint(msg!("markdown-too-deep-hint")),
        );
        return Rendered::default();
    }
    let in_text = keep_markers_in_text(&mut events, calls.len());
    let mut rendered = finish(events, markdown.len());
    rendered.links = links;
    if raw_html == RawHtml::Sanitised {
        rendered.html = sanitise(&rendered.html);
    }
    let Some(slots) = slots(&rendered.html, calls.len()) else {
        // Only raw HTML cleaned by ammonia can bring the marker characters back (as entities).
        diagnostics.push(
            Diagnostic::error(msg!("markdown-private-use-character"))
                .at(file, body.start..body.start)
                .hint(msg!("markdown-private-use-character-hint")),
        );
        rendered.html = rendered
            .html
            .replace([MARKER_START, MARKER_END], "\u{FFFD}");
        return rendered;
    };
    let mut html_of_call = vec![String::new(); calls.len()];
    let mut slot_of_call = vec![None; calls.len()];
    for slot in &slots {
        slot_of_call[slot.index] = Some(slot);
    }
    for (index, call) in calls.iter().enumerate() {
        let Some(slot) = slot_of_call[index] else {
            let (message, hint) = match in_text[index] {
                false => (
                    msg!("markdown-shortcode-misplaced", name = &call.name),
                    msg!("markdown-shortcode-misplaced-hint"),
                ),
                true => (
                    msg!("markdown-shortcode-removed", name = &call.name),
                    msg!("markdown-shortcode-removed-hint"),
                ),
            };
            diagnostics.push(
                Diagnostic::error(message)
                    .at(file, at(call.span.clone()))
                    .hint(hint),
            );
            continue;
        };
        match shortcodes.render(call, slot.placement) {
            Ok(html) => html_of_call[index] = html,
            Err(e) => {
                let span = e.span.unwrap_or(call.span.clone());
                let mut diagnostic = Diagnostic::error(e.message).at(file, at(span));
                diagnostic.hint = e.hint;
                diagnostics.push(diagnostic);
            }
        }
    }
    rendered.html = splice(&rendered.html, &slots, &html_of_call);
    rendered
}
/// Renders Markdown (already free of shortcodes) to HTML with ids and a table of contents.
pub fn to_html(markdown: &str) -> Rendered {
    finish(
        Parser::new_ext(markdown, options()).collect(),
        markdown.len(),
    )
}

/// Heading ids, ordinal-word lists, code languages, scrolling tables and footnotes last, then
/// the HTML.
fn finish(mut events: Vec<Event>, source_len: usize) -> Rendered {
    let toc = assign_heading_ids(&mut events);
    mark_ordinal_lists(&mut events);
    fence_languages(&mut events);
    let text = plain::from_events(&events);
    let events = footnotes_last(wrap_tables(events));
    let mut html = String::with_capacity(source_len * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    Rendered {
        html,
        toc,
        text,
        links: Vec::new(),
    }
}

/// What the tests of each part share: a shortcode renderer that echoes names, and
/// rendering a text as a document.
#[cfg(test)]
mod testing {
    pub use super::*;
    pub use crate::diagnostics::Diagnostic;
    pub use crate::diagnostics::source::SourceFile;

    pub struct Echo;
    impl Shortcodes for Echo {
        fn render(&self, call: &Call, placement: Placement) -> Result<String, ShortcodeError> {
            match call.name.as_str() {
                "bad" => Err(ShortcodeError {
                    message: msg!("render-shortcode-unknown", name = "bad"),
                    hint: None,
                    span: None,
                }),
                name => Ok(match placement {
                    Placement::Block => format!("<div class=\"sc\">{name}</div>"),
                    Placement::Inline => format!("<span>{name}</span>"),
                }),
            }
        }
    }

    pub fn md(text: &str) -> (Rendered, Vec<Diagnostic>) {
        md_with(text, RawHtml::Trusted)
    }

    pub fn md_with(text: &str, raw_html: RawHtml) -> (Rendered, Vec<Diagnostic>) {
        let file = SourceFile::from_text("d.md", text);
        let mut diagnostics = vec![];
        let r = render(&file, 0..file.text.len(), &Echo, raw_html, &mut diagnostics);
        (r, diagnostics)
    }

    pub fn messages(diagnostics: &[Diagnostic]) -> Vec<(String, String)> {
        diagnostics
            .iter()
            .map(|d| (d.position(), d.message.en()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::markdown::testing::*;

    #[test]
    fn shortcodes_block_and_inline() {
        let (r, d) =
            md("Trước\n\n{{ indicator_table() }}\n\nKết quả {{ indicator(id=\"x\") }} năm 2019.\n");
        assert!(d.is_empty(), "{d:?}");
        assert!(
            r.html.contains("<div class=\"sc\">indicator_table</div>"),
            "{}",
            r.html
        );
        assert!(
            r.html.contains("Kết quả <span>indicator</span> năm 2019."),
            "{}",
            r.html
        );
        assert!(!r.html.contains('\u{E000}'));
    }

    #[test]
    fn shortcodes_in_code_are_text() {
        let (r, d) = md("`{{ x() }}`\n\n```\n{{ y() }}\n```\n<!-- {{ z() }} -->\n");
        assert!(d.is_empty(), "{d:?}");
        assert!(r.html.contains("<code>{{ x() }}</code>"));
        assert!(r.html.contains("{{ y() }}"));
    }

    #[test]
    fn shortcode_errors_have_file_line_column() {
        let (_, d) = md("# T\n\nVăn bản {{ indicator(id=) }}\n\n{{ bad() }}\n");
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].position(), "d.md:3:25");
        assert_eq!(d[1].position(), "d.md:5:1");
    }

    #[test]
    fn a_shortcode_inside_an_address_or_an_image_is_an_error_not_html_in_an_attribute() {
        let (r, d) = md("[x]({{ a() }}) và {{ b() }}\n\n![{{ c() }}](x.png)\n");
        assert_eq!(
            r.html,
            "<p><a href=\"%EF%BF%BD0%EF%BF%BD\">x</a> và <span>b</span></p>\n<p><img src=\"x.png\" alt=\"\u{FFFD}2\u{FFFD}\" /></p>\n"
        );
        assert_eq!(
            messages(&d),
            [
                (
                    "d.md:1:5".into(),
                    "shortcode `a` cannot be used here".into()
                ),
                (
                    "d.md:3:3".into(),
                    "shortcode `c` cannot be used here".into()
                ),
            ]
        );
    }

    #[test]
    fn misplaced_shortcodes_and_deep_nesting_are_said_in_vietnamese() {
        let (_, d) = md("[x]({{ a() }})\n");
        assert_eq!(d[0].message.vi(), "mã chèn `a` không đặt được ở chỗ này");
        assert!(d[0].hint.as_ref().unwrap().vi().starts_with("đặt mã chèn"));
        let (_, d) = md(&"> ".repeat(120));
        assert_eq!(d[0].message.vi(), "có hơn 100 lớp lồng vào nhau ở chỗ này");
        assert_eq!(
            d[0].message.en(),
            "more than 100 elements are nested inside each other here"
        );
    }

    const RAW_HTML: &str = "<script>alert(1)</script>\n\n<p onclick=\"alert(2)\" style=\"position:fixed\">[Mở](javascript:alert(3)) <img src=\"x.png\" onerror=\"alert(4)\"> <b>đậm</b></p>\n";

    #[test]
    fn raw_html_is_published_as_written_by_default() {
        let (r, d) = md(RAW_HTML);
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(r.html, RAW_HTML.replacen("\n\n", "\n", 1));
    }

    #[test]
    fn safe_html_removes_what_could_run_and_keeps_what_markdown_makes() {
        let (r, d) = md_with(RAW_HTML, RawHtml::Sanitised);
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(
            r.html,
            "\n<p>[Mở](javascript:alert(3)) <img src=\"x.png\"> <b>đậm</b></p>\n"
        );
        let (r, _) = md_with(
            "[Mở](javascript:alert(1)) [web](https://x.vn/)\n\n| a | b |\n|:-:|--:|\n| 1 | 2 |\n\nCâu[^1].\n\n[^1]: Ghi chú.\n",
            RawHtml::Sanitised,
        );
        assert_eq!(
            r.html,
            "<p><a>Mở</a> <a href=\"https://x.vn/\">web</a></p>\n<div class=\"table-scroll\"><table><thead><tr><th style=\"text-align:center\">a</th><th style=\"text-align:right\">b</th></tr></thead><tbody>\n<tr><td style=\"text-align:center\">1</td><td style=\"text-align:right\">2</td></tr>\n</tbody></table>\n</div>\n<p>Câu<sup class=\"footnote-reference\"><a href=\"#1\">1</a></sup>.</p>\n<div class=\"footnotes\" role=\"doc-endnotes\">\n<div class=\"footnote-definition\" id=\"1\"><sup class=\"footnote-definition-label\">1</sup>\n<p>Ghi chú.</p>\n</div>\n</div>\n"
        );
    }

    #[test]
    fn safe_html_keeps_shortcodes_out_of_attributes() {
        // A block of raw HTML left open turns the paragraph with the shortcode into an
        // attribute's value; cleaned, the shortcode is gone, and the drafter is told.
        let (r, d) = md_with(
            "<div title=\"\n\n{{ a() }}\n\n\">x</div>",
            RawHtml::Sanitised,
        );
        assert!(!r.html.contains("<span>"), "{}", r.html);
        assert_eq!(
            messages(&d),
            [(
                "d.md:3:1".into(),
                "shortcode `a` was removed with the HTML around it (safe_html)".into()
            )]
        );
        // Raw HTML that spells a marker with entities cannot take a shortcode's place.
        let (r, d) = md_with(
            "<div>&#57344;0&#57345;</div>\n\n{{ a() }}\n",
            RawHtml::Sanitised,
        );
        assert_eq!(
            r.html,
            "<div>\u{FFFD}0\u{FFFD}</div>\n<p>\u{FFFD}0\u{FFFD}</p>\n"
        );
        assert_eq!(
            messages(&d),
            [(
                "d.md:1:1".into(),
                "the document's HTML writes the private-use character U+E000 or U+E001".into()
            )]
        );
    }
}
