//! Addresses: where each page lives, decided once here in `plan`. A route is a site path
//! relative to the site root; `render::links` turns routes into links.

use crate::model::term::Term;
use crate::plan::DataFormat;

/// A page's URL path relative to the site root: "" (home), "org/", "org/2020-2025/",
/// "org/2020-2025/bao-cao.html", "org/chi-tieu/ty-le.html".
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Route(String);

impl Route {
    pub fn home() -> Route {
        Route(String::new())
    }
    pub fn org(org: &str) -> Route {
        Route(format!("{org}/"))
    }
    pub fn term(org: &str, term: Term) -> Route {
        Route(format!("{org}/{term}/"))
    }
    /// Documents and indicators are files, not folders: half the inodes to write and copy,
    /// and links that open from `file://` as they are.
    pub fn document(org: &str, term: Term, slug: &str) -> Route {
        Route(format!("{org}/{term}/{slug}.html"))
    }
    pub fn indicator(org: &str, id: &str) -> Route {
        Route(format!("{org}/chi-tieu/{id}.html"))
    }
    pub fn dashboard(org: &str, term: Term) -> Route {
        Route(format!("{org}/{term}/tong-quan.html"))
    }
    /// The chart of an indicator, beside its page.
    pub fn chart_svg(org: &str, id: &str) -> Route {
        Route(format!("{org}/chi-tieu/{id}.svg"))
    }
    pub fn chart_png(org: &str, id: &str) -> Route {
        Route(format!("{org}/chi-tieu/{id}.png"))
    }
    /// A term's indicators for other sites' `<iframe>`s; `#<id>` shows one of them.
    pub fn embed(org: &str, term: Term) -> Route {
        Route(format!("{org}/{term}/nhung.html"))
    }
    /// A term's figures for download: `chi-tieu.csv`, `chi-tieu.json`.
    pub fn term_data(org: &str, term: Term, format: DataFormat) -> Route {
        Route(format!("{org}/{term}/chi-tieu.{}", format.extension()))
    }
    /// The site's link-preview picture, for pages without a chart.
    pub fn site_card() -> Route {
        Route("anh-chia-se.png".into())
    }
    /// The Atom feed of the whole site's documents.
    pub fn site_feed() -> Route {
        Route("atom.xml".into())
    }
    /// The Atom feed of one organisation's documents.
    pub fn feed(org: &str) -> Route {
        Route(format!("{org}/atom.xml"))
    }
    /// The sitemap, or the index of its parts on a site of more than 50,000 pages.
    pub fn sitemap() -> Route {
        Route("sitemap.xml".into())
    }
    /// Part `n` (from 1) of a sitemap too large for one file.
    pub fn sitemap_part(n: usize) -> Route {
        Route(format!("sitemap-{n}.xml"))
    }
    pub fn robots() -> Route {
        Route("robots.txt".into())
    }
    pub fn not_found() -> Route {
        Route("404.html".into())
    }
    /// The search page ("tìm kiếm"), at the root so that its script finds `pagefind/` beside it.
    pub fn search() -> Route {
        Route("tim-kiem.html".into())
    }
    /// An original of a term, published beside its page: `org/2020-2025/files/bao-cao.pdf`.
    pub fn original(org: &str, term: Term, name: &str) -> Route {
        Route(format!("{org}/{term}/files/{name}"))
    }
    /// A document's old address, checked by `load::alias` (`van-ban/cu.html`, `van-ban/cu/`).
    pub fn alias(path: &str) -> Route {
        Route(path.to_owned())
    }
    /// Where this page of organisation `slug` was under its old slug `old`:
    /// `org/2020-2025/` → `old/2020-2025/`.
    pub fn under_old_slug(&self, slug: &str, old: &str) -> Route {
        let rest = self
            .0
            .strip_prefix(slug)
            .expect("a route of the organisation");
        Route(format!("{old}{rest}"))
    }
    /// The other way: where a page under old slug `old` is now.
    pub fn from_old_slug(&self, old: &str, slug: &str) -> Route {
        let rest = self
            .0
            .strip_prefix(old)
            .expect("a route under the old slug");
        Route(format!("{slug}{rest}"))
    }
    /// A file at the site root or below ("css/site.css").
    pub fn file(path: &str) -> Route {
        Route(path.to_owned())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The file written for this route: folders get an `index.html`.
    pub fn output_path(&self) -> String {
        if self.0.is_empty() || self.0.ends_with('/') {
            format!("{}index.html", self.0)
        } else {
            self.0.clone()
        }
    }

    /// How many folders deep the page is, i.e. how many `../` lead back to the site root.
    pub fn depth(&self) -> usize {
        self.0.matches('/').count()
    }
}

/// The site path a relative `path` (no `?query` or `#fragment`) leads to from the file at site
/// path `from` ("org/2020-2025/bao-cao.html", "css/site.css"): `.` and `..` applied, empty
/// segments dropped; `None` when it climbs above the site's root.
pub fn join_relative(from: &str, path: &str) -> Option<String> {
    let folder = &from[..from.rfind('/').map_or(0, |i| i + 1)];
    let mut parts: Vec<&str> = folder.split('/').filter(|p| !p.is_empty()).collect();
    for segment in path.split('/') {
        match segment {
            "." | "" => {}
            ".." => {
                parts.pop()?;
            }
            name => parts.push(name),
        }
    }
    Some(parts.join("/"))
}
