//! An indicator's page.

use super::files::download;
use super::org::EmbedSnippet;
use super::{Filling, PageFrame, PageRenderer};
use crate::diagnostics::Diagnostic;
use crate::plan::DataFormat;
use crate::plan::route::Route;
use crate::plan::{Output, has_figures};
use crate::render::charts::OrgCharts;
use crate::render::data_export::{DownloadLink, Selection};
use crate::render::metadata::Image;

impl PageRenderer<'_> {
    /// An indicator's page: its chart, card, embed code and downloads.
    pub(super) fn indicator_page(
        &self,
        f: &mut Filling,
        output: &Output,
        org: usize,
        index: usize,
        charts: Option<&OrgCharts>,
    ) -> Result<PageFrame, Vec<Diagnostic>> {
        let site = self.site;
        let org = &site.orgs[org];
        let indicator = &org.indicators[index];
        let org_charts = charts.expect("organisation outputs render with their charts");
        let chart = org_charts
            .view(index, f.links)
            .transpose()
            .map_err(|d| vec![d])?;
        f.image = chart.as_ref().map(|c| Image {
            url: f.links.canonical(&Route::chart_png(&org.slug, &c.id)),
            alt: c.title.clone(),
        });
        f.context.insert("chart", &chart);
        let embeds: Vec<EmbedSnippet> = org
            .terms
            .iter()
            .map(|t| t.term)
            .filter(|&t| {
                has_figures(org, t)
                    && (indicator.targets.iter().any(|target| target.term == t)
                        || indicator.latest_result_in(t).is_some())
            })
            .map(|t| {
                let display = f.views.term_display(t);
                let src = format!(
                    "{}#{}",
                    f.links.canonical(&Route::embed(&org.slug, t)),
                    indicator.id
                );
                let label = format!("{} {display}", self.i18n.text("term"));
                let title = format!("{} — {}, {label}", indicator.name, org.name);
                let preview = format!(
                    "{}#{}",
                    f.links.to(&Route::embed(&org.slug, t)),
                    indicator.id
                );
                EmbedSnippet::new(label, &src, &title, 520, preview)
            })
            .collect();
        f.context.insert("embeds", &embeds);
        // Inside the page (data: addresses): one file less per indicator and format,
        // which on a 10,000-term site is 100,000 files.
        let page = f.links.canonical(&output.route);
        let selection = Selection::indicator(org, indicator, page);
        f.context.insert(
            "downloads",
            &DataFormat::ALL.map(|format| {
                DownloadLink::embedded(
                    format,
                    &format!("{}-{}", org.slug, indicator.id),
                    &download(&selection, format, self.i18n),
                )
            }),
        );
        f.context.insert("org", &f.views.org(org));
        f.context
            .insert("indicator", &f.views.indicator(org, indicator));
        let description = format!("{} — {}", indicator.name, org.name);
        Ok((
            "indicator.html",
            indicator.name.clone(),
            description,
            "indicator",
            vec![
                f.home.clone(),
                f.views.link(org.name.clone(), &Route::org(&org.slug)),
            ],
            false,
        ))
    }
}
