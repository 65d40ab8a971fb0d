//! Plan: every output of the site, decided before anything renders, grouped in units: the
//! site-wide pages, then one unit per organisation. Units render in parallel; inside one, an
//! organisation's charts are drawn once and shared by all of its pages.

pub mod route;
pub mod sitemap_parts;

use crate::load::theme::{Theme, ThemeFile};
use crate::model::Site;
use crate::model::org::Org;
use crate::model::term::Term;
use route::Route;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Home,
    NotFound,
    /// The Atom feed of the whole site.
    SiteFeed,
    /// The site's link-preview picture (PNG).
    SiteCard,
    /// `sitemap.xml`: every page, or (above 50,000) the index of the parts.
    Sitemap,
    /// Part `part` (from 1) of a sitemap too large for one file.
    SitemapPart {
        part: usize,
    },
    Robots,
    /// The Atom feed of an organisation.
    Feed {
        org: usize,
    },
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
    /// A term's indicators for embedding in other sites, pinned to the term.
    Embed {
        org: usize,
        term: Term,
    },
    /// A term's figures as CSV or JSON.
    TermData {
        org: usize,
        term: Term,
        format: DataFormat,
    },

    ChartPng {
        org: usize,
        indicator: usize,
    },
    /// An original of a term (`files/…`), copied byte for byte; `index` in `Org::originals`.
    Original {
        org: usize,
        index: usize,
    },
    /// A redirect page at a document's old address (`alias`: its position in `aliases`).
    Redirect {
        org: usize,
        doc: usize,
        alias: usize,
    },
    /// A redirect page where one of the organisation's pages was under an old slug (`old`:
    /// its position in `Org::old_slugs`).
    Moved {
        org: usize,
        old: usize,
        to: Moved,
    },
}

/// The organisation's page that a `Page::Moved` redirect leads to: one for readers. Charts,
/// downloads, originals and feeds are files a redirect page cannot stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moved {
    Org,
    Term(Term),
    Dashboard(Term),
    Embed(Term),
    Document(usize),
    Indicator(usize),
}

impl Moved {
    fn of(page: Page) -> Option<Moved> {
        match page {
            Page::Org { .. } => Some(Moved::Org),
            Page::Term { term, .. } => Some(Moved::Term(term)),
            Page::Dashboard { term, .. } => Some(Moved::Dashboard(term)),
            Page::Embed { term, .. } => Some(Moved::Embed(term)),
            Page::Document { doc, .. } => Some(Moved::Document(doc)),
            Page::Indicator { indicator, .. } => Some(Moved::Indicator(indicator)),
            _ => None,
        }
    }

    /// The page itself, of organisation `org`.
    pub fn page(self, org: usize) -> Page {
        match self {
            Moved::Org => Page::Org { org },
            Moved::Term(term) => Page::Term { org, term },
            Moved::Dashboard(term) => Page::Dashboard { org, term },
            Moved::Embed(term) => Page::Embed { org, term },
            Moved::Document(doc) => Page::Document { org, doc },
            Moved::Indicator(indicator) => Page::Indicator { org, indicator },
        }
    }
}

impl Page {
    /// The organisation the page belongs to (its position in `Site::orgs`).
    /// A redirect page a drafter asked for: a document's alias or an old slug's.
    pub fn is_redirect(&self) -> bool {
        matches!(self, Page::Redirect { .. } | Page::Moved { .. })
    }

    pub fn org(&self) -> Option<usize> {
        match *self {
            Page::Home
            | Page::NotFound
            | Page::SiteFeed
            | Page::SiteCard
            | Page::Sitemap
            | Page::SitemapPart { .. }
            | Page::Robots
            | Page::Search => None,
            Page::Org { org }
            | Page::Feed { org }
            | Page::Term { org, .. }
            | Page::Dashboard { org, .. }
            | Page::Document { org, .. }
            | Page::Indicator { org, .. }
            | Page::ChartSvg { org, .. }
            | Page::TermData { org, .. }
            | Page::Embed { org, .. }
            | Page::ChartPng { org, .. }
            | Page::Original { org, .. }
            | Page::Redirect { org, .. }
            | Page::Moved { org, .. } => Some(org),
        }
    }
}

/// The downloads of figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DataFormat {
    Csv,
    Json,
}

impl DataFormat {
    pub const ALL: [DataFormat; 2] = [DataFormat::Csv, DataFormat::Json];

    pub fn extension(self) -> &'static str {
        match self {
            DataFormat::Csv => "csv",
            DataFormat::Json => "json",
        }
    }
}

impl Page {
    /// Whether the page is one for readers (and so listed in the sitemap).
    pub fn in_sitemap(&self) -> bool {
        matches!(
            self,
            Page::Home
                | Page::Search
                | Page::Org { .. }
                | Page::Term { .. }
                | Page::Dashboard { .. }
                | Page::Document { .. }
                | Page::Indicator { .. }
        )
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
    let org_units = org_units(site);
    let mut units = vec![site_unit(site, sitemap_pages(site, &org_units))];
    units.extend(org_units);
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

/// The site-wide outputs: home, 404, the site's feed and card, robots.txt, the search page,
/// the sitemap (and its parts when `sitemap_pages` is more than one file holds).
fn site_unit(site: &Site, sitemap_pages: usize) -> Unit {
    let mut outputs = vec![
        Output {
            route: Route::home(),
            page: Page::Home,
        },
        Output {
            route: Route::not_found(),
            page: Page::NotFound,
        },
        Output {
            route: Route::site_feed(),
            page: Page::SiteFeed,
        },
        Output {
            route: Route::robots(),
            page: Page::Robots,
        },
        Output {
            route: Route::site_card(),
            page: Page::SiteCard,
        },
        Output {
            route: Route::sitemap(),
            page: Page::Sitemap,
        },
    ];
    if site.config.search.enabled {
        outputs.push(Output {
            route: Route::search(),
            page: Page::Search,
        });
    }
    outputs.extend(
        (1..=sitemap_parts::parts(sitemap_pages)).map(|part| Output {
            route: Route::sitemap_part(part),
            page: Page::SitemapPart { part },
        }),
    );
    Unit { org: None, outputs }
}

/// The site-wide outputs of `site` (for the preview server, which plans on demand).
pub fn site_outputs(site: &Site) -> Vec<Output> {
    site_unit(site, sitemap_pages(site, &org_units(site))).outputs
}

fn org_units(site: &Site) -> Vec<Unit> {
    site.orgs
        .iter()
        .enumerate()
        .map(|(o, org)| plan_org(o, org))
        .collect()
}

/// The sitemap's pages: the home and search pages and the organisations' pages for readers.
fn sitemap_pages(site: &Site, org_units: &[Unit]) -> usize {
    1 + usize::from(site.config.search.enabled)
        + org_units
            .iter()
            .flat_map(|u| &u.outputs)
            .filter(|o| o.page.in_sitemap())
            .count()
}

/// The outputs of organisation `o`: its page, its terms' pages and dashboards, its indicators
/// with their charts, its documents, their old addresses (redirects), the terms' originals, and
/// a redirect under each old slug for each of its pages for readers.
pub fn plan_org(o: usize, org: &Org) -> Unit {
    let mut outputs = vec![
        Output {
            route: Route::org(&org.slug),
            page: Page::Org { org: o },
        },
        Output {
            route: Route::feed(&org.slug),
            page: Page::Feed { org: o },
        },
    ];
    for term in &org.terms {
        outputs.push(Output {
            route: Route::term(&org.slug, term.term),
            page: Page::Term {
                org: o,
                term: term.term,
            },
        });
        if has_figures(org, term.term) {
            outputs.push(Output {
                route: Route::embed(&org.slug, term.term),
                page: Page::Embed {
                    org: o,
                    term: term.term,
                },
            });
            outputs.extend(DataFormat::ALL.map(|format| Output {
                route: Route::term_data(&org.slug, term.term, format),
                page: Page::TermData {
                    org: o,
                    term: term.term,
                    format,
                },
            }));
        }
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
        outputs.extend(
            doc.front
                .aliases
                .iter()
                .enumerate()
                .map(|(alias, (route, _))| Output {
                    route: Route::alias(route),
                    page: Page::Redirect {
                        org: o,
                        doc: d,
                        alias,
                    },
                }),
        );
    }
    outputs.extend(
        org.originals
            .iter()
            .enumerate()
            .map(|(index, original)| Output {
                route: Route::original(&org.slug, original.term, &original.name),
                page: Page::Original { org: o, index },
            }),
    );
    let moved: Vec<Output> = org
        .old_slugs
        .iter()
        .enumerate()
        .flat_map(|(old, (old_slug, _))| {
            outputs.iter().filter_map(move |output| {
                let to = Moved::of(output.page)?;
                Some(Output {
                    route: output.route.under_old_slug(&org.slug, old_slug),
                    page: Page::Moved { org: o, old, to },
                })
            })
        })
        .collect();
    outputs.extend(moved);
    // Every organisation's plan is held until the build ends: no room to spare in each.
    outputs.shrink_to_fit();
    Unit {
        org: Some(o),
        outputs,
    }
}

/// A term has figures to download when an indicator has a target or a result in it.
pub fn has_figures(org: &Org, term: Term) -> bool {
    org.indicators.iter().any(|i| org.has_figures_in(i, term))
}

/// A term gets a dashboard (its targets beside the reviewed term's results) when one of its
/// charted indicators has a target set in it: without targets it would show nothing it promises.
pub fn has_dashboard(org: &Org, term: Term) -> bool {
    org.indicators
        .iter()
        .any(|i| i.chart_kind.is_some() && i.targets.iter().any(|t| t.term == term))
}
