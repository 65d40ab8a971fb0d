//! Which output a request's path names, planned on demand (only the organisation the path
//! names is planned), and the few outputs that try a theme out.

use crate::model::Site;
use crate::model::org::Org;
use crate::plan::route::Route;
use crate::plan::{Output, Page, plan_org, site_outputs};
use std::sync::Arc;

/// The page or file of the site at `path` (redirects aside), planned on demand: only the
/// organisation the path names is planned.
pub(super) fn find_output(site: &Site, path: &str) -> Option<Output> {
    match path {
        "index.html" => {
            return Some(Output {
                route: Route::home(),
                page: Page::Home,
            });
        }
        "404.html" => {
            return Some(Output {
                route: Route::not_found(),
                page: Page::NotFound,
            });
        }
        // Feeds, sitemap, robots.txt.
        _ if !path.contains('/') => {
            return site_outputs(site)
                .into_iter()
                .find(|output| output.route.output_path() == path);
        }
        _ => {}
    }
    let slug = path.split('/').next()?;
    let o = site.org_position(slug)?;
    output_of_org(site, o, path).filter(|output| !output.page.is_redirect())
}

fn output_of_org(site: &Site, o: usize, path: &str) -> Option<Output> {
    plan_org(o, &site.orgs[o])
        .outputs
        .into_iter()
        .find(|output| output.route.output_path() == path)
}

/// A redirect page at an old address, which lies outside its organisation's folder: a
/// document's (`aliases = ["/van-ban/bao-cao-2020.html"]`) or one under an old slug
/// (`old_slugs = ["huyen-uy-cu"]`). Only redirects lie outside their organisation's folder,
/// so any output found at `path` is one.
pub(super) fn redirect_at(site: &Site, path: &str) -> Option<Output> {
    (0..site.orgs.len())
        .filter(|&o| {
            let org = &site.orgs[o];
            !org.old_slugs.is_empty() || org.documents.iter().any(|d| !d.front.aliases.is_empty())
        })
        .find_map(|o| output_of_org(site, o, path))
}

/// A theme's trial: the few organisations that have a page of every kind, as a site of their
/// own (so that the home page lists a handful, not thousands), and one output of each kind —
/// the home page, the 404 page, the search page and the first page of every other kind.
pub(super) fn samples(site: &Site) -> (Site, Vec<Output>) {
    let mut orgs: Vec<Arc<Org>> = first_of_each_kind(site)
        .iter()
        .filter_map(|output| output.page.org())
        .map(|o| site.orgs[o].clone())
        .collect();
    orgs.dedup_by(|a, b| a.slug == b.slug);
    let site = Site::new(site.root.clone(), site.config.clone(), orgs);
    let search = Route::search().output_path();
    let mut outputs: Vec<Output> = ["index.html", "404.html", search.as_str()]
        .iter()
        .filter_map(|path| find_output(&site, path))
        .collect();
    outputs.extend(first_of_each_kind(&site));
    (site, outputs)
}

/// The first output of each kind found among the organisations' pages (PNG charts aside: they
/// use no template).
fn first_of_each_kind(site: &Site) -> Vec<Output> {
    /// Organisation, term, dashboard, document, indicator, SVG chart.
    const KINDS: usize = 6;
    let mut outputs: Vec<Output> = Vec::new();
    for (o, org) in site.orgs.iter().enumerate() {
        for output in plan_org(o, org).outputs {
            let kind = std::mem::discriminant(&output.page);
            if !matches!(output.page, Page::ChartPng { .. })
                && !outputs
                    .iter()
                    .any(|seen| std::mem::discriminant(&seen.page) == kind)
            {
                outputs.push(output);
            }
        }
        if outputs.len() == KINDS {
            break;
        }
    }
    outputs
}
