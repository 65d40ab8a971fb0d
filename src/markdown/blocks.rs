//! Blocks reshaped before the HTML is written: ordinal-word lists, code fences' languages,
//! tables that scroll, footnotes collected at the end.

use pulldown_cmark::{CodeBlockKind, CowStr, Event, Tag, TagEnd};

/// Keeps the first word of each code fence's info string: it becomes the class
/// `language-…`, and pulldown-cmark ends the word at a space only, so a tab or form feed
/// after it would add classes of the writer's choosing (also under `safe_html`).
pub(super) fn fence_languages(events: &mut [Event]) {
    for event in events {
        if let Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) = event
            && let Some((language, _)) = info.split_once(|c: char| c.is_ascii_whitespace())
        {
            *info = CowStr::from(language.to_owned());
        }
    }
}

const ORDINAL_WORDS: [&str; 10] = [
    "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười",
];

/// An ordered list whose items all start "Một là", "Hai là", … already numbers itself in words;
/// it is printed without list numbers (`<ol class="ordinal-words">`).
pub(super) fn mark_ordinal_lists(events: &mut [Event]) {
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
pub(super) fn wrap_tables(events: Vec<Event>) -> Vec<Event> {
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
pub(super) fn footnotes_last(events: Vec<Event>) -> Vec<Event> {
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
    use crate::markdown::testing::*;

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
}
