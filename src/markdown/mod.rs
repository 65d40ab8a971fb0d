//! Markdown → HTML with pulldown-cmark: tables, footnotes (collected at the end), heading ids
//! from the heading text (đ → d), a table of contents, ordinal-word lists ("Một là …") printed
//! without numbers, and shortcodes replaced by their rendered HTML.

pub mod links;
mod nesting;
pub mod plain;
mod sanitise;
pub mod shortcode;

use crate::diagnostics::Diagnostic;
use crate::diagnostics::source::SourceFile;
use links::{LocalLink, MarkerOffsets, local_link};
use nesting::{MOST_NESTED, Nesting};
use pulldown_cmark::{CodeBlockKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
pub use sanitise::RawHtml;
use sanitise::sanitise;
use serde::Serialize;
pub use shortcode::{Arg, ArgValue, Call};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
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
            Diagnostic::error(format!(
                "more than {MOST_NESTED} elements are nested inside each other here"
            ))
            .at(file, place)
            .hint("a report needs a few levels at most: remove the extra `>` of quotations, the extra indentation of lists, or the HTML tags left open (<div> without </div>)"),
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
            Diagnostic::error("the document's HTML writes the private-use character U+E000 or U+E001")
                .at(file, body.start..body.start)
                .hint("nhiemky keeps these characters for placing shortcodes: remove them (also when written as &#xE000; or &#57344;)"),
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
                    format!("shortcode `{}` cannot be used here", call.name),
                    "use shortcodes in running text or on a line of their own, not inside links' addresses, images or HTML tags",
                ),
                true => (
                    format!(
                        "shortcode `{}` was removed with the HTML around it (safe_html)",
                        call.name
                    ),
                    "put the shortcode outside raw HTML that safe_html removes (<script>, <style>, attributes)",
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
                diagnostics.push(Diagnostic::error(e.message).at(file, at(span)).hint(e.hint));
            }
        }
    }
    rendered.html = splice(&rendered.html, &slots, &html_of_call);
    rendered
}

/// Marks a shortcode's place in the Markdown. Private-use characters: Markdown leaves them
/// alone, and the document's own are replaced before the marks go in (see [`with_markers`]).
const MARKER_START: char = '\u{E000}';
const MARKER_END: char = '\u{E001}';

fn marker(index: usize) -> String {
    format!("{MARKER_START}{index}{MARKER_END}")
}

/// The Markdown with each call replaced by its marker, and the document's own marker
/// characters by U+FFFD (the same length, so every offset stays), so that every marker left is
/// one of the calls'.
fn with_markers<'a>(text: &'a str, calls: &[Call]) -> Cow<'a, str> {
    if calls.is_empty() && !text.contains([MARKER_START, MARKER_END]) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (index, call) in calls.iter().enumerate() {
        out.push_str(&without_markers(&text[last..call.span.start]));
        out.push_str(&marker(index));
        last = call.span.end;
    }
    out.push_str(&without_markers(&text[last..]));
    Cow::Owned(out)
}

fn without_markers(text: &str) -> Cow<'_, str> {
    match text.contains([MARKER_START, MARKER_END]) {
        true => Cow::Owned(text.replace([MARKER_START, MARKER_END], "\u{FFFD}")),
        false => Cow::Borrowed(text),
    }
}

/// Keeps the markers that stand in running text (not in an image's description) and wipes
/// every other marker character, wherever Markdown put it: a link's address, a heading's
/// attributes, an entity (`&#57344;`). Returns which calls stand in running text.
fn keep_markers_in_text(events: &mut [Event], count: usize) -> Vec<bool> {
    let mut in_text = vec![false; count];
    let mut image_depth = 0usize;
    for event in events.iter_mut() {
        match event {
            Event::Start(Tag::Image { .. }) => image_depth += 1,
            Event::End(TagEnd::Image) => image_depth = image_depth.saturating_sub(1),
            _ => {}
        }
        if let Event::Text(text) = event
            && image_depth == 0
        {
            *text = keep_own_markers(text, &mut in_text);
            continue;
        }
        for text in event_strings(event) {
            if text.contains([MARKER_START, MARKER_END]) {
                *text = CowStr::from(text.replace([MARKER_START, MARKER_END], "\u{FFFD}"));
            }
        }
    }
    in_text
}

/// A text's markers of calls not yet seen are kept (and marked seen); any other marker
/// character becomes U+FFFD.
fn keep_own_markers<'a>(text: &CowStr<'a>, seen: &mut [bool]) -> CowStr<'a> {
    if !text.contains([MARKER_START, MARKER_END]) {
        return text.clone();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest: &str = text;
    while let Some(start) = rest.find([MARKER_START, MARKER_END]) {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        match parse_marker(after).filter(|&(index, _)| index < seen.len() && !seen[index]) {
            Some((index, len)) => {
                seen[index] = true;
                out.push_str(&after[..len]);
                rest = &after[len..];
            }
            None => {
                out.push('\u{FFFD}');
                rest = &after[MARKER_START.len_utf8()..];
            }
        }
    }
    out.push_str(rest);
    CowStr::from(out)
}

/// `\u{E000}12\u{E001}…` → (12, the marker's length in bytes).
fn parse_marker(text: &str) -> Option<(usize, usize)> {
    let digits = text.strip_prefix(MARKER_START)?;
    let count = digits.bytes().take_while(u8::is_ascii_digit).count();
    let index = digits[..count].parse().ok()?;
    digits[count..].starts_with(MARKER_END).then_some((
        index,
        MARKER_START.len_utf8() + count + MARKER_END.len_utf8(),
    ))
}

/// Every text an event carries besides a `Text`'s, as the HTML writer prints it.
fn event_strings<'e, 'a>(event: &'e mut Event<'a>) -> Vec<&'e mut CowStr<'a>> {
    match event {
        Event::Text(s)
        | Event::Code(s)
        | Event::InlineMath(s)
        | Event::DisplayMath(s)
        | Event::Html(s)
        | Event::InlineHtml(s)
        | Event::FootnoteReference(s) => vec![s],
        Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(s)) | Tag::FootnoteDefinition(s)) => {
            vec![s]
        }
        Event::Start(
            Tag::Link {
                dest_url,
                title,
                id,
                ..
            }
            | Tag::Image {
                dest_url,
                title,
                id,
                ..
            },
        ) => {
            vec![dest_url, title, id]
        }
        Event::Start(Tag::Heading {
            id, classes, attrs, ..
        }) => id
            .iter_mut()
            .chain(classes.iter_mut())
            .chain(
                attrs
                    .iter_mut()
                    .flat_map(|(name, value)| std::iter::once(name).chain(value)),
            )
            .collect(),
        _ => Vec::new(),
    }
}

/// Where a call's HTML goes in the rendered page.
#[derive(Debug)]
struct Slot {
    index: usize,
    /// Bytes of the page replaced: the marker, or `<p>marker</p>` for a block.
    range: Range<usize>,
    placement: Placement,
}

/// Finds each marker in the page. `None` when a marker is there twice or a marker character
/// stands alone: the document wrote one itself (only cleaned raw HTML can do that).
fn slots(html: &str, count: usize) -> Option<Vec<Slot>> {
    let mut slots: Vec<Slot> = Vec::new();
    let mut seen = vec![false; count];
    let mut from = 0;
    while let Some(found) = html[from..].find([MARKER_START, MARKER_END]) {
        let start = from + found;
        let (index, len) = parse_marker(&html[start..])?;
        if index >= count || std::mem::replace(&mut seen[index], true) {
            return None;
        }
        let end = start + len;
        let block = html[..start].ends_with("<p>") && html[end..].starts_with("</p>");
        slots.push(match block {
            true => Slot {
                index,
                range: start - "<p>".len()..end + "</p>".len(),
                placement: Placement::Block,
            },
            false => Slot {
                index,
                range: start..end,
                placement: Placement::Inline,
            },
        });
        from = end;
    }
    Some(slots)
}

/// The page with each slot replaced by its call's HTML, in one pass: HTML put in is never
/// searched again, so text in it that looks like a marker stays text.
fn splice(html: &str, slots: &[Slot], html_of_call: &[String]) -> String {
    let extra: usize = html_of_call.iter().map(String::len).sum();
    let mut out = String::with_capacity(html.len() + extra);
    let mut last = 0;
    for slot in slots {
        out.push_str(&html[last..slot.range.start]);
        out.push_str(&html_of_call[slot.index]);
        last = slot.range.end;
    }
    out.push_str(&html[last..]);
    out
}

/// Ranges where `{{` is text: code spans, code blocks and HTML comments, sorted and merged
/// where they overlap (so that [`shortcode::find_calls`] finds the one holding an offset by
/// binary search).
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
    ranges.sort_unstable_by_key(|r| r.start);
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for range in ranges {
        match merged.last_mut() {
            Some(last) if range.start < last.end => last.end = last.end.max(range.end),
            _ => merged.push(range),
        }
    }
    merged
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

/// Whether a heading's `{key=value}` names an HTML attribute (`data-x`, `lang`, `xml:lang`).
fn attribute_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
}

/// Keeps the first word of each code fence's info string: it becomes the class
/// `language-…`, and pulldown-cmark ends the word at a space only, so a tab or form feed
/// after it would add classes of the writer's choosing (also under `safe_html`).
fn fence_languages(events: &mut [Event]) {
    for event in events {
        if let Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) = event
            && let Some((language, _)) = info.split_once(|c: char| c.is_ascii_whitespace())
        {
            *info = CowStr::from(language.to_owned());
        }
    }
}

/// Gives every heading an id (its own `{#id}`, or its text slugified and made unique) and
/// returns the h2–h4 headings as the table of contents.
fn assign_heading_ids(events: &mut [Event]) -> Vec<TocEntry> {
    let mut toc = Vec::new();
    let mut used: HashSet<String> = HashSet::new();
    let mut suffixes: HashMap<String, usize> = HashMap::new();
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
                title.push_str(&without_shortcodes(t));
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
        // `a`, `a`, `a-1` must not give `a-1` twice: a numbered id may be taken already.
        let count = suffixes.entry(base.clone()).or_insert(0);
        let mut unique = base.clone();
        while used.contains(&unique) {
            *count += 1;
            unique = format!("{base}-{count}");
        }
        used.insert(unique.clone());
        if let Event::Start(Tag::Heading { id, attrs, .. }) = &mut events[i] {
            *id = Some(CowStr::from(unique.clone()));
            // `{(#d: =+=}` gives attributes named `(#d:` and `=`: written as they are, they
            // would break the tag and swallow what follows. Only real names are kept.
            attrs.retain(|(name, _)| attribute_name(name));
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

/// A heading's text without the markers of the shortcodes in it, for its id and the contents.
fn without_shortcodes(text: &str) -> Cow<'_, str> {
    if !text.contains(MARKER_START) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(MARKER_START) {
        out.push_str(&rest[..start]);
        let len = parse_marker(&rest[start..]).map_or(MARKER_START.len_utf8(), |(_, len)| len);
        rest = &rest[start + len..];
    }
    out.push_str(rest);
    Cow::Owned(out)
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
        md_with(text, RawHtml::Trusted)
    }

    fn md_with(text: &str, raw_html: RawHtml) -> (Rendered, Vec<Diagnostic>) {
        let file = SourceFile::from_text("d.md", text);
        let mut diagnostics = vec![];
        let r = render(&file, 0..file.text.len(), &Echo, raw_html, &mut diagnostics);
        (r, diagnostics)
    }

    fn messages(diagnostics: &[Diagnostic]) -> Vec<(String, &str)> {
        diagnostics
            .iter()
            .map(|d| (d.position(), d.message.as_str()))
            .collect()
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
    fn numbered_heading_ids_do_not_collide_with_written_ones() {
        let (r, _) = md("## a\n\n## a\n\n## a-1\n\n## a\n");
        let ids: Vec<&str> = r.toc.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["a", "a-1", "a-1-1", "a-2"]);
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

    #[test]
    fn marker_characters_written_in_the_document_are_never_a_shortcode_place() {
        // Literally, or as entities that Markdown decodes: both print U+FFFD, and the
        // shortcode's HTML goes where the shortcode is.
        for text in ["\u{E000}0\u{E001} {{ a() }}", "&#57344;0&#57345; {{ a() }}"] {
            let (r, d) = md(text);
            assert!(d.is_empty(), "{d:?}");
            assert_eq!(
                r.html, "<p>\u{FFFD}0\u{FFFD} <span>a</span></p>\n",
                "{text}"
            );
        }
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
                ("d.md:1:5".into(), "shortcode `a` cannot be used here"),
                ("d.md:3:3".into(), "shortcode `c` cannot be used here"),
            ]
        );
    }

    #[test]
    fn a_shortcode_in_a_heading_stays_out_of_its_id_and_the_contents() {
        let (r, d) = md("## Kết quả {{ a() }}\n");
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(r.html, "<h2 id=\"ket-qua\">Kết quả <span>a</span></h2>\n");
        assert_eq!(r.toc[0].title, "Kết quả");
    }

    #[test]
    fn text_in_a_shortcode_that_looks_like_a_marker_stays_text() {
        struct Tricky;
        impl Shortcodes for Tricky {
            fn render(&self, call: &Call, _: Placement) -> Result<String, ShortcodeError> {
                Ok(format!(
                    "<i title=\"{}\u{E000}1\u{E001}\">{}</i>",
                    call.name, call.name
                ))
            }
        }
        let file = SourceFile::from_text("d.md", "{{ a() }} {{ b() }}");
        let r = render(
            &file,
            0..file.text.len(),
            &Tricky,
            RawHtml::Trusted,
            &mut vec![],
        );
        assert_eq!(
            r.html,
            "<p><i title=\"a\u{E000}1\u{E001}\">a</i> <i title=\"b\u{E000}1\u{E001}\">b</i></p>\n"
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
    fn a_code_fence_names_one_language_class() {
        for raw_html in [RawHtml::Trusted, RawHtml::Sanitised] {
            let (r, _) = md_with("```rust\x0cskip\tsite-header x\ncode\n```\n", raw_html);
            assert_eq!(
                r.html,
                "<pre><code class=\"language-rust\">code\n</code></pre>\n"
            );
        }
        // Written as raw HTML, a code element keeps only a language class under safe_html.
        let (r, _) = md_with(
            "<code class=\"language-toml\">a</code> <code class=\"skip site-header\">b</code> <code class=\"language-x skip\">c</code>",
            RawHtml::Sanitised,
        );
        assert_eq!(
            r.html,
            "<p><code class=\"language-toml\">a</code> <code>b</code> <code>c</code></p>\n"
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
                "shortcode `a` was removed with the HTML around it (safe_html)"
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
                "the document's HTML writes the private-use character U+E000 or U+E001"
            )]
        );
    }
}
