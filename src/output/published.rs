//! `published-urls.txt` at the site root: the addresses the site had when it was last archived,
//! written by `nhiemky archive` and kept with the sources. `nhiemky check` (and `build`) warn
//! about each one the site no longer has, at its line: a citation of that address would break.

use crate::diagnostics::Diagnostic;
use crate::diagnostics::source::SourceFile;
use crate::messages::Message;
use crate::model::Site;
use crate::msg;
use crate::plan::{Page, Plan};
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
    // Organisations' pages as recorded, to tell a renamed organisation's folder from others.
    let recorded_orgs: BTreeSet<&str> = file
        .text
        .lines()
        .filter_map(|l| l.trim().strip_suffix('/'))
        .filter(|l| !l.contains('/'))
        .collect();
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
                Diagnostic::warning(msg!(
                    "routes-published-gone",
                    address = format!("{}{route}", site.config.base_url)
                ))
                .at(&file, span)
                .hint(gone_hint(site, &recorded_orgs, route)),
            );
        }
    }
    diagnostics
}

/// How to mend a published address the site no longer has, from where it was: under the
/// folder of an organisation that is gone (`recorded_orgs`: the organisations' pages recorded)
/// or elsewhere.
fn gone_hint(site: &Site, recorded_orgs: &BTreeSet<&str>, route: &str) -> Message {
    let removed = msg!("routes-published-removed");
    let folder = route.split_once('/').map(|(folder, _)| folder);
    if let Some(folder) =
        folder.filter(|f| recorded_orgs.contains(f) && site.org_position(f).is_none())
    {
        if let Some(org) = site
            .orgs
            .iter()
            .find(|o| o.old_slugs.iter().any(|(old, _)| old == folder))
        {
            return msg!(
                "routes-published-old-slug-hint",
                folder = folder,
                org = &org.name,
                removed = removed
            );
        }
        return msg!(
            "routes-published-org-gone-hint",
            folder = folder,
            route = route,
            removed = removed
        );
    }
    if let Some(extension) = file_extension(route) {
        return msg!(
            "routes-published-file-gone-hint",
            extension = extension,
            removed = removed
        );
    }
    msg!(
        "routes-published-page-gone-hint",
        route = route,
        removed = removed
    )
}

/// The extension of an address that is a file other than a page (a CSV, a feed, a chart, an
/// original), which no redirect page can stand in for.
fn file_extension(route: &str) -> Option<&str> {
    let name = route.rsplit('/').next()?;
    let (_, extension) = name.rsplit_once('.')?;
    (!extension.is_empty() && extension != "html").then_some(extension)
}
