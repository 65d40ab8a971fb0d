//! `published-urls.txt` at the site root: the addresses the site had when it was last archived,
//! written by `nhiemky archive` and kept with the sources. `nhiemky check` (and `build`) warn
//! about each one the site no longer has, at its line: a citation of that address would break.

use crate::diagnostics::Diagnostic;
use crate::model::Site;
use crate::plan::{Page, Plan};
use crate::source::SourceFile;
use std::collections::BTreeSet;

pub const PUBLISHED_FILE: &str = "published-urls.txt";

const HEADER: &str = "\
# The addresses of this site when it was last archived (`nhiemky archive`), relative to base_url.
# `nhiemky check` warns when one of them is no longer built. Keep this file with the sources.
";

/// Every address a reader or another site may have cited: pages, documents and their old
/// addresses, originals, charts, data and feeds (the sitemap and robots.txt are the site's
/// own plumbing).
pub fn addresses(plan: &Plan) -> BTreeSet<String> {
    plan.outputs()
        .filter(|o| {
            !matches!(
                o.page,
                Page::NotFound | Page::Robots | Page::Sitemap | Page::SitemapPart { .. }
            )
        })
        .map(|o| o.route.as_str().to_owned())
        .collect()
}

/// The file's text for `addresses`.
pub fn record(addresses: &BTreeSet<String>) -> String {
    let mut text = HEADER.to_owned();
    for address in addresses {
        text.push_str(if address.is_empty() { "/" } else { address });
        text.push('\n');
    }
    text
}

/// A warning for each recorded address the site no longer has; nothing without the file.
pub fn check(site: &Site, plan: &Plan) -> Vec<Diagnostic> {
    let path = site.root.join(PUBLISHED_FILE);
    if !path.is_file() {
        return Vec::new();
    }
    let mut diagnostics = Vec::new();
    let file = match SourceFile::read(&path, PUBLISHED_FILE.into(), &mut diagnostics) {
        Ok(file) => file,
        Err(d) => return vec![d],
    };
    let now = addresses(plan);
    let mut start = 0;
    for line in file.text.split_inclusive('\n') {
        let span = start..start + line.trim_end().len();
        start += line.len();
        let address = line.trim();
        if address.is_empty() || address.starts_with('#') {
            continue;
        }
        let route = if address == "/" { "" } else { address };
        if !now.contains(route) {
            diagnostics.push(
                Diagnostic::warning(format!(
                    "{}{route} was published but the site no longer has it",
                    site.config.base_url
                ))
                .at(&file, span)
                .hint(format!(
                    "if its page moved, add aliases = [\"/{route}\"] to the front matter of the document that replaces it; if it was removed on purpose, the next `nhiemky archive` records the site as it is"
                )),
            );
        }
    }
    diagnostics
}
