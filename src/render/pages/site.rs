//! The site's own pages — home, 404, search — and the pages that send readers on: a document's
//! old address, an organisation's old slug.

use super::{Filling, PageFrame, PageRenderer};
use crate::diagnostics::Diagnostic;
use crate::model::org::Org;
use crate::plan::route::Route;
use crate::plan::{Moved, Output};
use crate::render::links::Links;
use crate::search::BUNDLE_DIR;
use serde::Serialize;

impl PageRenderer<'_> {
    /// The home page: every organisation's card.
    pub(super) fn home_page(&self, f: &mut Filling) -> Result<PageFrame, Vec<Diagnostic>> {
        let site = self.site;
        let cards: Vec<_> = site.orgs.iter().map(|o| f.views.org_card(o)).collect();
        f.context.insert("orgs", &cards);
        Ok((
            "index.html",
            site.config.title.clone(),
            site.config.description.clone(),
            "home",
            vec![],
            false,
        ))
    }

    /// The 404 page.
    pub(super) fn not_found_page(&self, f: &mut Filling) -> Result<PageFrame, Vec<Diagnostic>> {
        Ok((
            "404.html",
            self.i18n.text("not_found_title"),
            self.i18n.text("not_found_text"),
            "404",
            vec![f.home.clone()],
            false,
        ))
    }

    /// The search page: the index's folder, from this page.
    pub(super) fn search_page(&self, f: &mut Filling) -> Result<PageFrame, Vec<Diagnostic>> {
        f.context
            .insert("bundle", &format!("{}{BUNDLE_DIR}/", f.links.root()));
        Ok((
            "search.html",
            self.i18n.text("search_title"),
            self.i18n.text("search_description"),
            "search",
            vec![f.home.clone()],
            false,
        ))
    }

    /// A document's old address (an alias), sending readers to it.
    pub(super) fn redirect_page(
        &self,
        f: &mut Filling,
        org: usize,
        doc: usize,
    ) -> Result<PageFrame, Vec<Diagnostic>> {
        let site = self.site;
        let org = &site.orgs[org];
        let doc = &org.documents[doc];
        let route = Route::document(&org.slug, doc.term, &doc.slug);
        f.context.insert(
            "target",
            &RedirectTarget::new(f.links, &doc.front.title, &route),
        );
        Ok(self.redirect(doc.front.title.clone()))
    }

    /// A page at an organisation's old slug, sending readers to its new address.
    pub(super) fn moved_page(
        &self,
        f: &mut Filling,
        output: &Output,
        org: usize,
        old: usize,
        to: Moved,
    ) -> Result<PageFrame, Vec<Diagnostic>> {
        let site = self.site;
        let org = &site.orgs[org];
        let route = output.route.from_old_slug(&org.old_slugs[old].0, &org.slug);
        let title = self.moved_title(org, to);
        f.context
            .insert("target", &RedirectTarget::new(f.links, &title, &route));
        Ok(self.redirect(title))
    }

    /// A redirect page's template, title, description, kind, breadcrumbs and draft flag.
    fn redirect(&self, title: String) -> PageFrame {
        (
            "redirect.html",
            title,
            self.i18n.text("redirect_text"),
            "redirect",
            vec![],
            false,
        )
    }

    /// The title of the page a redirect at an old slug leads to.
    fn moved_title(&self, org: &Org, to: Moved) -> String {
        match to {
            Moved::Org => org.name.clone(),
            Moved::Term(term) | Moved::Dashboard(term) | Moved::Embed(term) => format!(
                "{} {} — {}",
                self.i18n.text("term"),
                term.display(&self.site.config.locale.term_display),
                org.name
            ),
            Moved::Document(doc) => org.documents[doc].front.title.clone(),
            Moved::Indicator(indicator) => org.indicators[indicator].name.clone(),
        }
    }
}

/// Where a redirect page sends the reader.
#[derive(Serialize)]
pub(super) struct RedirectTarget {
    title: String,
    /// Relative, for the refresh and the link (works from disk).
    url: String,
    /// Absolute, for `rel=canonical`.
    canonical: String,
}

impl RedirectTarget {
    pub(super) fn new(links: &Links, title: &str, route: &Route) -> RedirectTarget {
        RedirectTarget {
            title: title.to_owned(),
            url: links.to(route),
            canonical: links.canonical(route),
        }
    }
}
