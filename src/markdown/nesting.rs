//! How deep a document's elements nest — Markdown's (block quotes, lists, emphasis) and its raw
//! HTML's together — counted in one pass over the parser's events. An HTML parser (ammonia's
//! html5ever, and the reader's browser) looks through every open element for each new one, so
//! time grows with the square of the depth: 25,000 nested `>` took 3.4 s to clean, 100,000
//! nested `<div>` 34 s. No report nests a hundred levels deep; past [`MOST_NESTED`] the
//! document is refused at the place, before anything parses its HTML.

use pulldown_cmark::Event;

/// Elements open at once, at most. Chromium's parser stops nesting at 512; a report's deepest
/// (a list in a table in a quotation) is under 10.
pub const MOST_NESTED: usize = 100;

/// Elements whose end tag may be left out: the next one closes them, so they do not nest.
const OPTIONAL_END: &[&str] = &[
    "body", "caption", "colgroup", "dd", "dt", "head", "html", "li", "optgroup", "option", "p",
    "rb", "rp", "rt", "rtc", "tbody", "td", "tfoot", "th", "thead", "tr",
];
/// Elements that never hold anything.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
    "source", "track", "wbr",
];
/// Elements whose content is text to the HTML parser: a `<` in them opens no tag.
const RAW_TEXT: &[&str] = &[
    "iframe",
    "noembed",
    "noframes",
    "noscript",
    "plaintext",
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
];

/// Text that holds no tags, up to its end.
#[derive(Debug)]
struct Skipping {
    end: String,
    /// Whether the end closes an element (a raw-text one), not a comment.
    closes: bool,
}

/// The depth so far, fed one event at a time.
#[derive(Debug)]
pub struct Nesting {
    limit: usize,
    markdown: usize,
    html: usize,
    /// Inside a comment or a raw-text element, which this ends (`-->`, `</script`).
    skipping: Option<Skipping>,
}

impl Default for Nesting {
    fn default() -> Self {
        Nesting::new(MOST_NESTED)
    }
}

impl Nesting {
    /// Allows `limit` elements open at once.
    pub fn new(limit: usize) -> Self {
        Nesting {
            limit,
            markdown: 0,
            html: 0,
            skipping: None,
        }
    }

    /// Takes in the next event; when more elements than the limit are open in it, where (a byte
    /// offset in its HTML, 0 for a Markdown element) the first one too many opened.
    pub fn too_deep_in(&mut self, event: &Event) -> Option<usize> {
        match event {
            Event::Start(_) => {
                self.markdown += 1;
                (self.markdown + self.html > self.limit).then_some(0)
            }
            Event::End(_) => {
                self.markdown = self.markdown.saturating_sub(1);
                None
            }
            Event::Html(html) | Event::InlineHtml(html) => self.read_html(html),
            _ => None,
        }
    }

    /// Counts the tags of a piece of raw HTML (pieces come a line or a tag at a time); returns
    /// the offset of the first tag that opened more elements than the limit.
    fn read_html(&mut self, html: &str) -> Option<usize> {
        let mut too_deep = None;
        let mut rest = html;
        loop {
            if let Some(skipping) = &self.skipping {
                let end = skipping.end.as_bytes();
                let Some(at) = rest
                    .as_bytes()
                    .windows(end.len())
                    .position(|w| w.eq_ignore_ascii_case(end))
                else {
                    return too_deep; // the comment or element goes on in the next piece
                };
                rest = &rest[at + end.len()..];
                if skipping.closes {
                    self.html = self.html.saturating_sub(1);
                }
                self.skipping = None;
            }
            let Some(at) = rest.find('<') else {
                return too_deep;
            };
            let tag_start = html.len() - rest.len() + at;
            rest = &rest[at + 1..];
            if let Some(after) = rest.strip_prefix("!--") {
                self.skipping = Some(Skipping {
                    end: "-->".into(),
                    closes: false,
                });
                rest = after;
                continue;
            }
            let closing = rest.starts_with('/');
            let name_start = usize::from(closing);
            let name_len = rest[name_start..]
                .find(|c: char| !c.is_ascii_alphanumeric() && c != '-')
                .unwrap_or(rest.len() - name_start);
            let name = rest[name_start..name_start + name_len].to_ascii_lowercase();
            if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
                continue; // `a < b`, `<!DOCTYPE`, `<?xml`: no element
            }
            rest = &rest[name_start + name_len..];
            let tag_end = rest.find('>').unwrap_or(rest.len());
            let self_closing = rest[..tag_end].ends_with('/');
            rest = &rest[tag_end..];
            let nests = !OPTIONAL_END.contains(&name.as_str()) && !VOID.contains(&name.as_str());
            match (closing, nests) {
                (true, true) => self.html = self.html.saturating_sub(1),
                (false, true) if !self_closing => {
                    self.html += 1;
                    if self.markdown + self.html > self.limit && too_deep.is_none() {
                        too_deep = Some(tag_start);
                    }
                    if RAW_TEXT.contains(&name.as_str()) {
                        self.skipping = Some(Skipping {
                            end: format!("</{name}"),
                            closes: true,
                        });
                    }
                }
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::Parser;

    /// Where in `markdown` more than `limit` elements are first open, as render() reports it.
    fn too_deep(markdown: &str, limit: usize) -> Option<usize> {
        let mut nesting = Nesting::new(limit);
        Parser::new(markdown)
            .into_offset_iter()
            .find_map(|(event, span)| nesting.too_deep_in(&event).map(|at| span.start + at))
    }

    /// The most elements open at once in `markdown`.
    fn deepest(markdown: &str) -> usize {
        (0..)
            .find(|&limit| too_deep(markdown, limit).is_none())
            .unwrap()
    }

    #[test]
    fn markdown_and_raw_html_nest_together() {
        assert_eq!(deepest("> > > x"), 4); // three quotations and a paragraph
        assert_eq!(too_deep("> > > x", 2), Some(4));
        assert_eq!(deepest("<div>\n<div>\n\n*x*\n\n</div>\n</div>"), 4);
        assert_eq!(deepest("a <span><b>b</b></span> c"), 3);
        let divs = format!("{}x{}", "<div>".repeat(200), "</div>".repeat(200));
        assert_eq!(deepest(&divs), 201); // the HTML block and its divs
        assert_eq!(too_deep(&divs, MOST_NESTED), Some(99 * 5));
    }

    #[test]
    fn tags_that_do_not_nest_are_not_counted() {
        let flat = "<p>a<p>b<br><img src=x><li>c<hr/><x-y/>\n<!-- <div><div> -->\n<script>if (a<b) {}</script>\n";
        assert_eq!(deepest(&flat.repeat(500)), 2);
        assert_eq!(deepest("a < b and 3<4 <!DOCTYPE html> <?x?>"), 1);
        // The HTML block and three divs; the comment left open goes on past the piece.
        let open_comment = format!("{}<!-- …", "<div>".repeat(5));
        assert_eq!(too_deep(&open_comment, 3), Some(2 * 5));
    }
}
