//! Markdown → HTML with pulldown-cmark: tables, footnotes (collected at the end), heading ids
//! from the heading text (đ → d), a table of contents, ordinal-word lists ("Một là …") printed
//! without numbers, and shortcodes replaced by their rendered HTML.

pub mod plain;
pub mod shortcode;

use crate::diagnostics::Diagnostic;
use crate::source::SourceFile;
use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::Serialize;
pub use shortcode::{Arg, ArgValue, Call};
use std::collections::HashMap;
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
    pub message: String,
    pub hint: String,
    pub span: Option<Range<usize>>,
}

/// Renders the shortcodes of one page. Implemented by the page renderer, which knows the site.
pub trait Shortcodes {
    fn render(&self, call: &Call, placement: Placement) -> Result<String, ShortcodeError>;
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Renders the Markdown in `file.text[body]`. Problems become diagnostics located in `file`.
pub fn render(
    file: &SourceFile,
    body: Range<usize>,
    shortcodes: &dyn Shortcodes,
    diagnostics: &mut Vec<Diagnostic>,
) -> Rendered {
    let text = &file.text[body.clone()];
    let at = |span: Range<usize>| body.start + span.start..body.start + span.end;
    let calls = if text.contains("{{") {
        let (calls, errors) = shortcode::find_calls(text, &literal_ranges(text));
        for e in errors {
            diagnostics.push(
                Diagnostic::error(format!("shortcode: {}", e.message))
                    .at(file, at(e.span))
                    .hint(e.hint),
            );
        }
        calls
    } else {
        Vec::new()
    };
    let markdown = with_markers(text, &calls);
    let mut rendered = to_html(&markdown);
    if calls.is_empty() {
        return rendered;
    }
    let places = marker_places(&rendered.html, calls.len());
    let mut replacements = Vec::with_capacity(calls.len());
    for (call, place) in calls.iter().zip(places) {
        let placement = place.as_ref().map_or(Placement::Inline, |(_, p)| *p);
        let html = match shortcodes.render(call, placement) {
            Ok(html) => html,
            Err(e) => {
                let span = e.span.unwrap_or(call.span.clone());
                diagnostics.push(Diagnostic::error(e.message).at(file, at(span)).hint(e.hint));
                String::new()
            }
        };
        match place {
            Some((range, _)) => replacements.push((range, html)),
            None => diagnostics.push(
                Diagnostic::error(format!("shortcode `{}` cannot be used here", call.name))
                    .at(file, at(call.span.clone()))
                    .hint("use shortcodes in running text or on a line of their own, not inside links, images or headings' ids"),
            ),
        }
    }
    rendered.html = splice(&rendered.html, replacements);
    rendered
}

/// Where each call's marker first stands in the page (with its `<p>…</p>` when it is alone in
/// a paragraph), found in one pass: a report holds many calls and a long page.
fn marker_places(html: &str, calls: usize) -> Vec<Option<(Range<usize>, Placement)>> {
    let mut places = vec![None; calls];
    let mut from = 0;
    while let Some(found) = html[from..].find(MARKER_OPEN) {
        let start = from + found;
        let digits = start + MARKER_OPEN.len_utf8();
        let Some(len) = html[digits..].find(MARKER_CLOSE) else {
            break;
        };
        let end = digits + len + MARKER_CLOSE.len_utf8();
        from = end;
        let Some(place) = html[digits..digits + len]
            .parse::<usize>()
            .ok()
            .and_then(|index| places.get_mut(index))
        else {
            continue;
        };
        if place.is_some() {
            continue;
        }
        *place = Some(
            if html[..start].ends_with("<p>") && html[end..].starts_with("</p>") {
                (start - 3..end + 4, Placement::Block)
            } else {
                (start..end, Placement::Inline)
            },
        );
    }
    places
}

/// `html` with each range replaced by its text; ranges do not overlap.
fn splice(html: &str, mut replacements: Vec<(Range<usize>, String)>) -> String {
    replacements.sort_by_key(|(range, _)| range.start);
    let added: usize = replacements.iter().map(|(_, text)| text.len()).sum();
    let mut out = String::with_capacity(html.len() + added);
    let mut last = 0;
    for (range, text) in replacements {
        out.push_str(&html[last..range.start]);
        out.push_str(&text);
        last = range.end;
    }
    out.push_str(&html[last..]);
    out
}

/// Private-use characters around a call's number: Markdown leaves them alone, and no real text
/// contains them.
const MARKER_OPEN: char = '\u{E000}';
const MARKER_CLOSE: char = '\u{E001}';

fn marker(index: usize) -> String {
    format!("{MARKER_OPEN}{index}{MARKER_CLOSE}")
}

fn with_markers(text: &str, calls: &[Call]) -> String {
    if calls.is_empty() {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (index, call) in calls.iter().enumerate() {
        out.push_str(&text[last..call.span.start]);
        out.push_str(&marker(index));
        last = call.span.end;
    }
    out.push_str(&text[last..]);
    out
}

/// Ranges where `{{` is text: code spans, code blocks and HTML comments.
fn literal_ranges(text: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut in_block: Option<usize> = None;
    for (event, range) in Parser::new_ext(text, options()).into_offset_iter() {
        match event {
            Event::Code(_) => ranges.push(range),
            Event::Start(Tag::CodeBlock(_)) => in_block = Some(range.start),
            Event::End(TagEnd::CodeBlock) => {
                ranges.push(in_block.take().unwrap_or(range.start)..range.end);
            }
            _ => {}
        }
    }
    let mut from = 0;
    while let Some(open) = text[from..].find("<!--") {
        let start = from + open;
        let end = text[start..]
            .find("-->")
            .map_or(text.len(), |i| start + i + 3);
        ranges.push(start..end);
        from = end;
    }
    ranges
}

/// Renders Markdown (already free of shortcodes) to HTML with ids and a table of contents.
pub fn to_html(markdown: &str) -> Rendered {
    let mut events: Vec<Event> = Parser::new_ext(markdown, options()).collect();
    let toc = assign_heading_ids(&mut events);
    mark_ordinal_lists(&mut events);
    let text = plain::from_events(&events);
    let events = footnotes_last(wrap_tables(events));
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    Rendered { html, toc, text }
}

/// Gives every heading an id (its own `{#id}`, or its text slugified and made unique) and
/// returns the h2–h4 headings as the table of contents.
fn assign_heading_ids(events: &mut [Event]) -> Vec<TocEntry> {
    let mut toc = Vec::new();
    let mut used: HashMap<String, usize> = HashMap::new();
    let mut i = 0;
    while i < events.len() {
        let Event::Start(Tag::Heading { level, id, .. }) = &events[i] else {
            i += 1;
            continue;
        };
        let (level, explicit) = (*level, id.clone());
        let mut title = String::new();
        let mut j = i + 1;
        while j < events.len() && !matches!(events[j], Event::End(TagEnd::Heading(_))) {
            if let Event::Text(t) | Event::Code(t) = &events[j] {
                title.push_str(t);
            }
            j += 1;
        }
        let base = explicit
            .map(|id| id.to_string())
            .unwrap_or_else(|| crate::vi::slugify(&title));
        let base = if base.is_empty() {
            "muc".to_owned()
        } else {
            base
        };
        let count = used.entry(base.clone()).or_insert(0);
        let unique = if *count == 0 {
            base.clone()
        } else {
            format!("{base}-{count}")
        };
        *count += 1;
        if let Event::Start(Tag::Heading { id, .. }) = &mut events[i] {
            *id = Some(CowStr::from(unique.clone()));
        }
        let level = heading_number(level);
        if (2..=4).contains(&level) {
            toc.push(TocEntry {
                level,
                title: title.trim().to_owned(),
                id: unique,
            });
        }
        i = j;
    }
    toc
}

fn heading_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

const ORDINAL_WORDS: [&str; 10] = [
    "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười",
];

/// An ordered list whose items all start "Một là", "Hai là", … already numbers itself in words;
/// it is printed without list numbers (`<ol class="ordinal-words">`).
fn mark_ordinal_lists(events: &mut [Event]) {
    let mut i = 0;
    while i < events.len() {
        if !matches!(events[i], Event::Start(Tag::List(Some(_)))) {
            i += 1;
            continue;
        }
        let mut depth = 0;
        let mut end = i;
        let mut item_starts_with_word = Vec::new();
        let mut awaiting_text = false;
        for (k, event) in events.iter().enumerate().skip(i) {
            match event {
                Event::Start(Tag::List(_)) => depth += 1,
                Event::End(TagEnd::List(_)) => {
                    depth -= 1;
                    if depth == 0 {
                        end = k;
                        break;
                    }
                }
                Event::Start(Tag::Item) if depth == 1 => {
                    awaiting_text = true;
                    item_starts_with_word.push(false);
                }
                Event::Text(t) if awaiting_text => {
                    awaiting_text = false;
                    let lower = t.trim_start().to_lowercase();
                    let starts = ORDINAL_WORDS.iter().any(|w| {
                        lower
                            .strip_prefix(w)
                            .is_some_and(|rest| rest.trim_start().starts_with("là"))
                    });
                    if let Some(last) = item_starts_with_word.last_mut() {
                        *last = starts;
                    }
                }
                _ => {}
            }
        }
        if item_starts_with_word.len() > 1 && item_starts_with_word.iter().all(|&s| s) {
            events[i] = Event::Html(CowStr::from("<ol class=\"ordinal-words\">\n"));
            events[end] = Event::Html(CowStr::from("</ol>\n"));
        }
        i = end.max(i + 1);
    }
}

/// Wide tables scroll inside their own box instead of widening the page on a phone.
fn wrap_tables(events: Vec<Event>) -> Vec<Event> {
    let mut out = Vec::with_capacity(events.len());
    for event in events {
        match event {
            Event::Start(Tag::Table(_)) => {
                out.push(Event::Html(CowStr::from("<div class=\"table-scroll\">")));
                out.push(event);
            }
            Event::End(TagEnd::Table) => {
                out.push(event);
                out.push(Event::Html(CowStr::from("</div>\n")));
            }
            _ => out.push(event),
        }
    }
    out
}

/// Footnote definitions move to a section at the end, where readers of a report expect them.
fn footnotes_last(events: Vec<Event>) -> Vec<Event> {
    let mut body = Vec::with_capacity(events.len());
    let mut notes = Vec::new();
    let mut depth = 0;
    for event in events {
        match &event {
            Event::Start(Tag::FootnoteDefinition(_)) => {
                depth += 1;
                notes.push(event);
            }
            Event::End(TagEnd::FootnoteDefinition) => {
                depth -= 1;
                notes.push(event);
            }
            _ if depth > 0 => notes.push(event),
            _ => body.push(event),
        }
    }
    if !notes.is_empty() {
        body.push(Event::Html(CowStr::from(
            "<div class=\"footnotes\" role=\"doc-endnotes\">\n",
        )));
        body.extend(notes);
        body.push(Event::Html(CowStr::from("</div>\n")));
    }
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Echo;
    impl Shortcodes for Echo {
        fn render(&self, call: &Call, placement: Placement) -> Result<String, ShortcodeError> {
            match call.name.as_str() {
                "bad" => Err(ShortcodeError {
                    message: "bad shortcode".into(),
                    hint: "h".into(),
                    span: None,
                }),
                name => Ok(match placement {
                    Placement::Block => format!("<div class=\"sc\">{name}</div>"),
                    Placement::Inline => format!("<span>{name}</span>"),
                }),
            }
        }
    }

    fn md(text: &str) -> (Rendered, Vec<Diagnostic>) {
        let file = SourceFile::from_text("d.md", text);
        let mut diagnostics = vec![];
        let r = render(&file, 0..file.text.len(), &Echo, &mut diagnostics);
        (r, diagnostics)
    }

    #[test]
    fn heading_ids_are_vietnamese_slugs_and_unique() {
        let (r, _) = md(
            "## Phần thứ nhất\n\n### III. Bài học kinh nghiệm\n\n### III. Bài học kinh nghiệm\n\n## Đảng {#dang}\n",
        );
        assert!(
            r.html.contains("<h3 id=\"iii-bai-hoc-kinh-nghiem\">"),
            "{}",
            r.html
        );
        assert!(r.html.contains("<h3 id=\"iii-bai-hoc-kinh-nghiem-1\">"));
        assert!(r.html.contains("<h2 id=\"dang\">"));
        let ids: Vec<&str> = r.toc.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "phan-thu-nhat",
                "iii-bai-hoc-kinh-nghiem",
                "iii-bai-hoc-kinh-nghiem-1",
                "dang"
            ]
        );
        assert_eq!(r.toc[1].title, "III. Bài học kinh nghiệm");
    }

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
    fn ordinal_word_lists_lose_their_numbers() {
        let (r, _) = md("1. Một là, nâng cao năng lực.\n2. Hai là, đoàn kết.\n");
        assert!(
            r.html.contains("<ol class=\"ordinal-words\">"),
            "{}",
            r.html
        );
        let (r, _) = md("1. Nâng cao.\n2. Đoàn kết.\n");
        assert!(r.html.contains("<ol>"));
    }

    #[test]
    fn footnotes_go_last_and_tables_scroll() {
        let (r, _) =
            md("Câu[^1].\n\n[^1]: Ghi chú.\n\nĐoạn cuối.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        let notes = r.html.find("class=\"footnotes\"").unwrap();
        assert!(r.html.find("Đoạn cuối").unwrap() < notes);
        assert!(r.html.contains("<div class=\"table-scroll\"><table>"));
    }
}
