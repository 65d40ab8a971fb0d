//! Text put into HTML, SVG or XML: escaped with pulldown-cmark's escaper (`&`, `<`, `>`, `"`),
//! the one the Markdown renderer uses too.

/// `text` safe inside an element or a double-quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    // Writing into a String cannot fail.
    let _ = pulldown_cmark_escape::escape_html(&mut out, text);
    out
}

/// An absolute http(s) address: the only kind a link may be made from (never `javascript:`).
pub fn is_web_address(text: &str) -> bool {
    url::Url::parse(text).is_ok_and(|url| matches!(url.scheme(), "http" | "https"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn markup_characters_are_escaped() {
        assert_eq!(
            super::escape(r#"<b class="x">Đảng & "dân"</b>"#),
            "&lt;b class=&quot;x&quot;&gt;Đảng &amp; &quot;dân&quot;&lt;/b&gt;"
        );
    }
}
