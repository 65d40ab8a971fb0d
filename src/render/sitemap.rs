//! `sitemap.xml` (sitemaps.org 0.9) and `robots.txt`. A sitemap file holds at most 50,000
//! addresses; a larger site gets `sitemap-1.xml`, `sitemap-2.xml`… and `sitemap.xml` lists them.

use crate::html::escape;
use crate::model::Site;
use crate::model::document::DateRule;
use crate::plan::route::Route;
use crate::plan::sitemap_parts::{MAX_URLS, parts};
use crate::plan::{Page, plan_org};
use jiff::civil::Date;

const XML_HEADER: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
const NAMESPACE: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";

/// `sitemap.xml` (`part` = `None`) or one of its parts.
pub fn sitemap(site: &Site, part: Option<usize>) -> Vec<u8> {
    let base = &site.config.base_url;
    let pages = pages(site);
    let mut out = String::from(XML_HEADER);
    match (part, parts(pages.len())) {
        (None, 0) => url_set(&mut out, base, &pages),
        (None, count) => {
            out.push_str(&format!("<sitemapindex xmlns=\"{NAMESPACE}\">\n"));
            for n in 1..=count {
                let route = Route::sitemap_part(n);
                out.push_str(&format!(
                    "<sitemap><loc>{}</loc></sitemap>\n",
                    escape(&format!("{base}{}", route.as_str()))
                ));
            }
            out.push_str("</sitemapindex>\n");
        }
        (Some(n), _) => {
            let start = (n.saturating_sub(1) * MAX_URLS).min(pages.len());
            let end = (start + MAX_URLS).min(pages.len());
            url_set(&mut out, base, &pages[start..end]);
        }
    }
    out.into_bytes()
}

fn url_set(out: &mut String, base: &str, pages: &[(Route, Option<Date>)]) {
    out.push_str(&format!("<urlset xmlns=\"{NAMESPACE}\">\n"));
    for (route, date) in pages {
        out.push_str("<url><loc>");
        out.push_str(&escape(&format!("{base}{}", route.as_str())));
        out.push_str("</loc>");
        if let Some(date) = date {
            out.push_str(&format!("<lastmod>{date}</lastmod>"));
        }
        out.push_str("</url>\n");
    }
    out.push_str("</urlset>\n");
}

/// Every page for readers, in the site's order, with the date of documents that state one.
fn pages(site: &Site) -> Vec<(Route, Option<Date>)> {
    let mut pages = vec![(Route::home(), None)];
    if site.config.search.enabled {
        pages.push((Route::search(), None));
    }
    for (o, org) in site.orgs.iter().enumerate() {
        for output in plan_org(o, org).outputs {
            if !output.page.in_sitemap() {
                continue;
            }
            let date = match output.page {
                Page::Document { doc, .. } => match org.documents[doc].dated() {
                    (date, DateRule::Stated) => Some(date),
                    _ => None,
                },
                _ => None,
            };
            pages.push((output.route, date));
        }
    }
    pages
}

/// Lets every crawler in and points it at the sitemap. (Crawlers read `robots.txt` only at a
/// host's root: on a portal's sub-folder, its lines belong in the portal's own file.)
pub fn robots(site: &Site) -> Vec<u8> {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}{}\n",
        site.config.base_url,
        Route::sitemap().as_str()
    )
    .into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_file_up_to_the_limit_then_parts() {
        assert_eq!(parts(0), 0);
        assert_eq!(parts(MAX_URLS), 0);
        assert_eq!(parts(MAX_URLS + 1), 2);
        assert_eq!(parts(3 * MAX_URLS), 3);
    }
}
