//! Plan: every output of the site, decided before anything renders, grouped in units: the
//! site-wide pages, then one unit per organisation. Units render in parallel; inside one, an
//! organisation's charts are drawn once and shared by all of its pages.

use crate::model::Site;
use crate::model::org::Org;
use crate::model::term::Term;
use crate::render::links::Route;
use crate::render::theme::{Theme, ThemeFile};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Home,
    NotFound,
    /// The search page (when `[search] enabled`).
    Search,
    Org {
        org: usize,
    },
    Term {
        org: usize,
        term: Term,
    },
    /// A term's indicators as small multiples, for printing.
    Dashboard {
        org: usize,
        term: Term,
    },
    Document {
        org: usize,
        doc: usize,
    },
    Indicator {
        org: usize,
        indicator: usize,
    },
    ChartSvg {
        org: usize,
        indicator: usize,
    },
    ChartPng {
        org: usize,
        indicator: usize,
    },
}

impl Page {
    /// The organisation the page belongs to (its position in `Site::orgs`).
    pub fn org(&self) -> Option<usize> {
        match *self {
            Page::Home | Page::NotFound | Page::Search => None,
            Page::Org { org }
            | Page::Term { org, .. }
            | Page::Dashboard { org, .. }
            | Page::Document { org, .. }
            | Page::Indicator { org, .. }
            | Page::ChartSvg { org, .. }
            | Page::ChartPng { org, .. } => Some(org),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Output {
    pub route: Route,
    pub page: Page,
}

/// Outputs rendered together: an organisation's (`org` set) or the site-wide ones.
#[derive(Debug, Clone)]
pub struct Unit {
    pub org: Option<usize>,
    pub outputs: Vec<Output>,
}

#[derive(Debug, Clone, Default)]
pub struct Plan {
    pub units: Vec<Unit>,
    /// Output path → source file (theme and site static files).
    pub static_files: Vec<(String, ThemeFile)>,
}

impl Plan {
    pub fn outputs(&self) -> impl Iterator<Item = &Output> {
        self.units.iter().flat_map(|u| u.outputs.iter())
    }

    pub fn output_count(&self) -> usize {
        self.units.iter().map(|u| u.outputs.len()).sum()
    }
}

pub fn plan(site: &Site, theme: &Theme) -> Plan {
    let mut site_wide = vec![
        Output {
            route: Route::home(),
            page: Page::Home,
        },
        Output {
            route: Route::not_found(),
            page: Page::NotFound,
        },
    ];
    if site.config.search.enabled {
        site_wide.push(Output {
            route: Route::search(),
            page: Page::Search,
        });
    }
    let mut units = vec![Unit {
        org: None,
        outputs: site_wide,
    }];
    units.extend(
        site.orgs
            .iter()
            .enumerate()
            .map(|(o, org)| plan_org(o, org)),
    );
    let static_files = theme
        .static_files
        .iter()
        .map(|(name, file)| (name.clone(), file.clone()))
        .collect();
    Plan {
        units,
        static_files,
    }
}

/// The outputs of organisation `o`: its page, its terms' pages and dashboards, its indicators
/// with their charts, its documents.
pub fn plan_org(o: usize, org: &Org) -> Unit {
    let mut outputs = vec![Output {
        route: Route::org(&org.slug),
        page: Page::Org { org: o },
    }];
    for term in &org.terms {
        outputs.push(Output {
            route: Route::term(&org.slug, term.term),
            page: Page::Term {
                org: o,
                term: term.term,
            },
        });
        if has_dashboard(org, term.term) {
            outputs.push(Output {
                route: Route::dashboard(&org.slug, term.term),
                page: Page::Dashboard {
                    org: o,
                    term: term.term,
                },
            });
        }
    }
    for (i, indicator) in org.indicators.iter().enumerate() {
        outputs.push(Output {
            route: Route::indicator(&org.slug, &indicator.id),
            page: Page::Indicator {
                org: o,
                indicator: i,
            },
        });
        if indicator.chart_kind.is_some() {
            outputs.push(Output {
                route: Route::chart_svg(&org.slug, &indicator.id),
                page: Page::ChartSvg {
                    org: o,
                    indicator: i,
                },
            });
            outputs.push(Output {
                route: Route::chart_png(&org.slug, &indicator.id),
                page: Page::ChartPng {
                    org: o,
                    indicator: i,
                },
            });
        }
    }
    for (d, doc) in org.documents.iter().enumerate() {
        outputs.push(Output {
            route: Route::document(&org.slug, doc.term, &doc.slug),
            page: Page::Document { org: o, doc: d },
        });
    }
    Unit {
        org: Some(o),
        outputs,
    }
}

/// A term gets a dashboard when one of its charted indicators has a target or a result in it.
pub fn has_dashboard(org: &Org, term: Term) -> bool {
    org.indicators.iter().any(|i| {
        i.chart_kind.is_some()
            && (i.targets.iter().any(|t| t.term == term) || i.latest_result_in(term).is_some())
    })
}
