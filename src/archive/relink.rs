//! A part of the site archived alone must not carry broken links: every relative link of its
//! pages (`href`, `src`) that leads to a file left out is rewritten to that page's published
//! address, `base_url` + its path, where a reader with a network still finds it.

use crate::plan::route::join_relative;
use std::collections::BTreeSet;

/// `html` of the page at site path `page`, with links to files not in `kept` made absolute.
pub fn relink(html: &[u8], page: &str, kept: &BTreeSet<String>, base_url: &str) -> Vec<u8> {
    let Ok(text) = std::str::from_utf8(html) else {
        return html.to_vec();
    };
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((start, attribute)) = next_link(rest) {
        let value_start = start + attribute.len();
        let Some(length) = rest[value_start..].find('"') else {
            break;
        };
        let value = &rest[value_start..value_start + length];
        out.push_str(&rest[..value_start]);
        match outside(value, page, kept) {
            Some((path, suffix)) => {
                out.push_str(base_url);
                out.push_str(path.strip_suffix("index.html").unwrap_or(&path));
                out.push_str(suffix);
            }
            None => out.push_str(value),
        }
        rest = &rest[value_start + length..];
    }
    out.push_str(rest);
    out.into_bytes()
}

/// The next ` href="` or ` src="` in `text`: its position and the attribute text.
fn next_link(text: &str) -> Option<(usize, &'static str)> {
    [" href=\"", " src=\"", "\nhref=\"", "\nsrc=\""]
        .into_iter()
        .filter_map(|attribute| text.find(attribute).map(|at| (at, attribute)))
        .min_by_key(|(at, _)| *at)
}

/// For a relative link to a file not in `kept`: the site path it leads to and what follows
/// the path (`#id`). `None` for links that stay as they are.
fn outside<'v>(value: &'v str, page: &str, kept: &BTreeSet<String>) -> Option<(String, &'v str)> {
    if value.is_empty() || value.starts_with(['#', '/', '?']) || value.contains(':') {
        return None; // a fragment, a root-absolute path, or an address with a scheme
    }
    let end = value.find(['#', '?']).unwrap_or(value.len());
    let (path, suffix) = value.split_at(end);
    let mut resolved = join_relative(page, path)?;
    if path.ends_with('/') {
        resolved.push_str("/index.html");
    }
    (!kept.contains(&resolved)).then_some((resolved, suffix))
}

#[cfg(test)]
mod tests {
    use super::relink;
    use std::collections::BTreeSet;

    #[test]
    fn links_out_of_the_part_become_published_addresses() {
        let kept: BTreeSet<String> = ["index.html", "a/index.html", "css/site.css"]
            .map(String::from)
            .into();
        let html = r##"<a href="../index.html">home</a> <a href="../b/index.html#x">b</a> <link href="../css/site.css"> <a href="#top">top</a> <img src="../b/c.png"> <a href="https://x.vn/">x</a> <a href="data:text/csv,1">csv</a>"##;
        let out = String::from_utf8(relink(
            html.as_bytes(),
            "a/index.html",
            &kept,
            "https://site.vn/bc/",
        ))
        .unwrap();
        assert_eq!(
            out,
            r##"<a href="../index.html">home</a> <a href="https://site.vn/bc/b/#x">b</a> <link href="../css/site.css"> <a href="#top">top</a> <img src="https://site.vn/bc/b/c.png"> <a href="https://x.vn/">x</a> <a href="data:text/csv,1">csv</a>"##
        );
    }
}
