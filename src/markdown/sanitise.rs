//! Raw HTML under `safe_html = true`: the Markdown's HTML is cleaned with ammonia, which keeps
//! harmless elements and attributes (and what nhiemky's own Markdown output uses: heading ids,
//! footnotes, table alignment, its classes) and drops scripts, event handlers, styles and
//! `javascript:` addresses. Shortcodes are placed after cleaning: their HTML is nhiemky's own.

use super::{MARKER_END, MARKER_START};
use ammonia::Builder;
use std::borrow::Cow;
use std::collections::HashSet;

/// How raw HTML written in a document's Markdown is published.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RawHtml {
    /// As written: the drafters of the site are trusted (the default).
    #[default]
    Trusted,
    /// Cleaned with ammonia (`safe_html = true` in config.toml), for content from many hands.
    Sanitised,
}

/// The HTML with everything that could run, restyle the page or leave it removed.
pub fn sanitise(html: &str) -> String {
    let mut builder = Builder::default();
    builder
        // Links stay as written (ammonia would add rel="noopener noreferrer").
        .link_rel(None)
        .add_tag_attributes("h1", ["id"])
        .add_tag_attributes("h2", ["id"])
        .add_tag_attributes("h3", ["id"])
        .add_tag_attributes("h4", ["id"])
        .add_tag_attributes("h5", ["id"])
        .add_tag_attributes("h6", ["id"])
        // Footnote definitions are targets of their references.
        .add_tag_attributes("div", ["id", "role"])
        // A fence's language: `language-rust`.
        .add_tag_attributes("code", ["class"])
        .add_tag_attributes("th", ["style"])
        .add_tag_attributes("td", ["style"])
        .filter_style_properties(HashSet::from(["text-align"]))
        .add_allowed_classes("div", ["table-scroll", "footnotes", "footnote-definition"])
        .add_allowed_classes("sup", ["footnote-reference", "footnote-definition-label"])
        .add_allowed_classes("ol", ["ordinal-words"])
        .attribute_filter(|element, attribute, value| {
            // A code element's one class names its language; any other would restyle it
            // with the site's own classes.
            if (element, attribute) == ("code", "class") && !language_class(value) {
                return None;
            }
            // A shortcode's place may only be text: in an attribute its HTML would open the tag.
            Some(match value.contains([MARKER_START, MARKER_END]) {
                true => Cow::Owned(value.replace([MARKER_START, MARKER_END], "\u{FFFD}")),
                false => Cow::Borrowed(value),
            })
        });
    builder.clean(html).to_string()
}

/// `language-rust`: one class, as a code fence writes it.
fn language_class(value: &str) -> bool {
    value.strip_prefix("language-").is_some_and(|language| {
        !language.is_empty() && !language.contains(|c: char| c.is_ascii_whitespace())
    })
}
