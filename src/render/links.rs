//! How pages link to each other, from the routes `plan` decided. Links between pages are relative
//! and name the file (`../../org/index.html`), so the site works under any sub-folder of a
//! portal, on any static host, and opened from disk (`file://`) with no server at all.
//! Canonical URLs keep the clean folder form (`https://…/org/`); the 404 page, shown at any
//! address, links from the base path.

use crate::plan::route::Route;

/// Link maker for one page.
#[derive(Debug, Clone)]
pub struct Links {
    /// `../../` for a page two folders deep; the base path for pages served at any URL (404).
    prefix: String,
    base_url: String,
}

impl Links {
    pub fn relative(from: &Route, base_url: &str) -> Links {
        Links {
            prefix: "../".repeat(from.depth()),
            base_url: base_url.to_owned(),
        }
    }

    /// For pages a server shows at unknown URLs (404): root-absolute links with the base path.
    pub fn absolute(base_path: &str, base_url: &str) -> Links {
        Links {
            prefix: base_path.to_owned(),
            base_url: base_url.to_owned(),
        }
    }

    pub fn to(&self, route: &Route) -> String {
        format!("{}{}", self.prefix, route.output_path())
    }

    /// The prefix leading to the site root, for templates' asset links.
    pub fn root(&self) -> String {
        if self.prefix.is_empty() {
            "./".into()
        } else {
            self.prefix.clone()
        }
    }

    pub fn canonical(&self, route: &Route) -> String {
        format!("{}{}", self.base_url, route.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::term::Term;

    #[test]
    fn relative_links_climb_to_the_root() {
        let t = Term {
            start: 2015,
            end: 2020,
        };
        let from = Route::term("org", t);
        let links = Links::relative(&from, "https://x.vn/bc/");
        assert_eq!(
            links.to(&Route::indicator("org", "a")),
            "../../org/chi-tieu/a.html"
        );
        assert_eq!(links.to(&Route::home()), "../../index.html");
        assert_eq!(
            Links::relative(&Route::home(), "").to(&Route::home()),
            "index.html"
        );
        assert_eq!(links.canonical(&from), "https://x.vn/bc/org/2015-2020/");
        assert_eq!(from.output_path(), "org/2015-2020/index.html");
        assert_eq!(Route::not_found().output_path(), "404.html");
    }

    #[test]
    fn not_found_page_links_from_the_base_path() {
        let links = Links::absolute("/bao-cao/", "https://x.vn/bao-cao/");
        assert_eq!(links.to(&Route::org("org")), "/bao-cao/org/index.html");
    }
}
