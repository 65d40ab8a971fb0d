//! Plan: every output of the site, decided before anything renders. Each output is
//! independent, so the render stage can run them in any order and in parallel.

use crate::model::Site;
use crate::model::term::Term;
use crate::render::links::Route;
use crate::render::theme::{Theme, ThemeFile};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Home,
    Org { org: usize },
    Term { org: usize, term: Term },
    Document { doc: usize },
    Indicator { org: usize, indicator: usize },
    NotFound,
}

#[derive(Debug, Clone)]
pub struct Output {
    pub route: Route,
    pub page: Page,
}

#[derive(Debug, Clone, Default)]
pub struct Plan {
    pub pages: Vec<Output>,
    /// Output path → source file (theme and site static files).
    pub static_files: Vec<(String, ThemeFile)>,
}

pub fn plan(site: &Site, theme: &Theme) -> Plan {
    let mut pages = vec![
        Output {
            route: Route::home(),
            page: Page::Home,
        },
        Output {
            route: Route::not_found(),
            page: Page::NotFound,
        },
    ];
    for (o, org) in site.orgs.iter().enumerate() {
        pages.push(Output {
            route: Route::org(&org.slug),
            page: Page::Org { org: o },
        });
        for term in &org.terms {
            pages.push(Output {
                route: Route::term(&org.slug, term.term),
                page: Page::Term {
                    org: o,
                    term: term.term,
                },
            });
        }
        for (i, indicator) in org.indicators.iter().enumerate() {
            pages.push(Output {
                route: Route::indicator(&org.slug, &indicator.id),
                page: Page::Indicator {
                    org: o,
                    indicator: i,
                },
            });
        }
    }
    for (d, doc) in site.documents.iter().enumerate() {
        pages.push(Output {
            route: Route::document(&doc.org, doc.term, &doc.slug),
            page: Page::Document { doc: d },
        });
    }
    let static_files = theme
        .static_files
        .iter()
        .map(|(name, file)| (name.clone(), file.clone()))
        .collect();
    Plan {
        pages,
        static_files,
    }
}
