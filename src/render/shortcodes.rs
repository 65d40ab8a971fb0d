//! The shortcodes a document may use, with their arguments checked before anything renders.

use crate::charts;
use crate::markdown::{ArgValue, Call, Placement, ShortcodeError, Shortcodes};
use crate::model::chart_kind::Kind;
use crate::model::org::Org;
use crate::model::term::Term;
use crate::msg;
use crate::render::charts::OrgCharts;
use crate::render::templates::Templates;
use crate::render::views::Views;
use tera::Context;

/// One argument a shortcode accepts; all of today's arguments are text.
struct Param {
    name: &'static str,
    required: bool,
}

const INDICATOR: &[Param] = &[Param {
    name: "id",
    required: true,
}];
const INDICATOR_TABLE: &[Param] = &[
    Param {
        name: "term",
        required: false,
    },
    Param {
        name: "view",
        required: false,
    },
    Param {
        name: "group",
        required: false,
    },
];
const CHART: &[Param] = &[
    Param {
        name: "id",
        required: true,
    },
    Param {
        name: "kind",
        required: false,
    },
];
const ORIGINAL: &[Param] = &[Param {
    name: "file",
    required: true,
}];
const KNOWN: &str = "indicator(id=\"…\"), indicator_table(term=\"…\", view=\"results\"|\"targets\", group=\"…\"), chart(id=\"…\", kind=\"trend\"|\"progress\"|\"breakdown\"|\"change\"), original(file=\"…\")";

/// Shortcodes of one document page: its organisation, its term, its links.
pub struct PageShortcodes<'a> {
    pub views: &'a Views<'a>,
    pub templates: &'a Templates,
    pub charts: &'a OrgCharts<'a>,
    pub org: &'a Org,
    pub term: Term,
}

impl Shortcodes for PageShortcodes<'_> {
    fn render(&self, call: &Call, placement: Placement) -> Result<String, ShortcodeError> {
        match call.name.as_str() {
            "indicator" => {
                check_args(call, INDICATOR)?;
                let Some(index) = self.indicator_arg(call)? else {
                    return Ok(String::new());
                };
                let indicator = &self.org.indicators[index];
                let mut context = Context::new();
                context.insert("indicator", &self.views.indicator(self.org, indicator));
                context.insert("block", &(placement == Placement::Block));
                self.templates
                    .render("shortcodes/indicator.html", &context)
                    .map_err(template_failure)
            }
            "indicator_table" => {
                check_args(call, INDICATOR_TABLE)?;
                if placement == Placement::Inline {
                    return Err(ShortcodeError {
                        message: msg!("render-shortcode-table-not-inline"),
                        hint: Some(msg!(
                            "render-shortcode-table-not-inline-hint",
                            example = "{{ indicator_table(…) }}"
                        )),
                        span: None,
                    });
                }
                let term = match call.arg("term") {
                    Some(arg) => match &arg.value {
                        ArgValue::Text(t) => Term::parse(t).map_err(|why| ShortcodeError {
                            message: why,
                            hint: Some(msg!("hint-write-like", example = "term=\"2015-2020\"")),
                            span: Some(arg.span.clone()),
                        })?,
                        _ => unreachable!("checked by check_args"),
                    },
                    None => self.term,
                };
                let view = match text_arg(call, "view") {
                    None | Some("results") => "results",
                    Some("targets") => "targets",
                    Some(other) => {
                        return Err(ShortcodeError {
                            message: msg!("render-shortcode-unknown-view", view = other),
                            hint: Some(msg!("render-shortcode-unknown-view-hint")),
                            span: call.arg("view").map(|a| a.span.clone()),
                        });
                    }
                };
                let mut context = Context::new();
                context.insert(
                    "table",
                    &self
                        .views
                        .table(self.org, term, view, text_arg(call, "group")),
                );
                self.templates
                    .render("shortcodes/indicator_table.html", &context)
                    .map_err(template_failure)
            }
            "chart" => self.chart(call),
            "original" => self.original(call, placement),
            other => Err(ShortcodeError {
                message: msg!("render-shortcode-unknown", name = other),
                hint: Some(msg!("render-shortcode-unknown-hint", known = KNOWN)),
                span: Some(call.name_span.clone()),
            }),
        }
    }
}

impl PageShortcodes<'_> {
    /// `{{ original(file="bao-cao.pdf") }}`: a link to an original of the document's term,
    /// with its type and size.
    fn original(&self, call: &Call, placement: Placement) -> Result<String, ShortcodeError> {
        check_args(call, ORIGINAL)?;
        let name = text_arg(call, "file").unwrap_or_default();
        let Some(original) = self.org.originals_of(self.term).find(|o| o.name == name) else {
            let known: Vec<&str> = self
                .org
                .originals_of(self.term)
                .map(|o| o.name.as_str())
                .collect();
            return Err(ShortcodeError {
                message: msg!(
                    "render-shortcode-no-original",
                    name = name,
                    folder = format!("content/{}/{}/files/", self.org.slug, self.term)
                ),
                hint: Some(if known.is_empty() {
                    msg!("render-shortcode-no-original-hint")
                } else {
                    msg!(
                        "render-shortcode-originals-of-term",
                        names = known.join(", ")
                    )
                }),
                span: call.arg("file").map(|a| a.span.clone()),
            });
        };
        let mut context = Context::new();
        context.insert("original", &self.views.original(self.org, original));
        context.insert("block", &(placement == Placement::Block));
        self.templates
            .render("shortcodes/original.html", &context)
            .map_err(template_failure)
    }

    /// The indicator named by the call's `id`. `None` when it is missing from data that had
    /// errors: it may be one that failed to load, and a second, misleading error helps nobody.
    fn indicator_arg(&self, call: &Call) -> Result<Option<usize>, ShortcodeError> {
        let id = text_arg(call, "id").unwrap_or_default();
        match self.org.indicators.iter().position(|i| i.id == id) {
            Some(index) => Ok(Some(index)),
            None if self.org.data_incomplete => Ok(None),
            None => Err(ShortcodeError {
                message: msg!(
                    "render-shortcode-no-indicator",
                    id = id,
                    org = &self.org.slug
                ),
                hint: Some(self.org.known_ids_hint()),
                span: call.arg("id").map(|a| a.span.clone()),
            }),
        }
    }

    /// `{{ chart(id="…") }}`, or `{{ chart(id="…", kind="progress") }}` for another kind.
    fn chart(&self, call: &Call) -> Result<String, ShortcodeError> {
        check_args(call, CHART)?;
        let Some(index) = self.indicator_arg(call)? else {
            return Ok(String::new());
        };
        let kind_span = || call.arg("kind").map(|a| a.span.clone());
        let view = match text_arg(call, "kind") {
            None => self.charts.view(index, self.views.links),
            Some(name) => {
                let Some(kind) = Kind::from_code(name) else {
                    return Err(ShortcodeError {
                        message: msg!("render-shortcode-unknown-chart-kind", kind = name),
                        hint: Some(msg!("render-shortcode-unknown-chart-kind-hint")),
                        span: kind_span(),
                    });
                };
                let mut wanted = self.org.indicators[index].clone();
                wanted.chart = kind.into();
                if let Err(charts::spec::Unchartable(why)) = charts::choose_kind(&wanted, self.org)
                {
                    return Err(ShortcodeError {
                        message: why,
                        hint: Some(msg!("render-shortcode-chart-kind-impossible-hint")),
                        span: kind_span(),
                    });
                }
                Some(self.charts.view_of_kind(index, kind, self.views.links))
            }
        };
        let Some(view) = view else {
            return Err(ShortcodeError {
                message: msg!(
                    "render-shortcode-no-chart",
                    id = &self.org.indicators[index].id,
                    why = charts::spec::why_no_chart(&self.org.indicators[index])
                ),
                hint: Some(msg!(
                    "render-shortcode-no-chart-hint",
                    example = "{{ indicator(id=\"…\") }}"
                )),
                span: None,
            });
        };
        let view = view.map_err(|d| ShortcodeError {
            message: d.message,
            hint: d.hint,
            span: None,
        })?;
        let mut context = Context::new();
        context.insert("chart", &view);
        self.templates
            .render("shortcodes/chart.html", &context)
            .map_err(template_failure)
    }
}

fn text_arg<'c>(call: &'c Call, name: &str) -> Option<&'c str> {
    call.arg(name).and_then(|a| match &a.value {
        ArgValue::Text(t) => Some(t.as_str()),
        _ => None,
    })
}

fn check_args(call: &Call, params: &[Param]) -> Result<(), ShortcodeError> {
    let names = || params.iter().map(|p| p.name).collect::<Vec<_>>().join(", ");
    for arg in &call.args {
        if !params.iter().any(|p| p.name == arg.name) {
            return Err(ShortcodeError {
                message: msg!(
                    "render-shortcode-unknown-arg",
                    name = &call.name,
                    arg = &arg.name
                ),
                hint: Some(if params.is_empty() {
                    msg!("render-shortcode-takes-no-args")
                } else {
                    msg!("render-shortcode-args", names = names())
                }),
                span: Some(arg.span.clone()),
            });
        }
        if !matches!(arg.value, ArgValue::Text(_)) {
            return Err(ShortcodeError {
                message: msg!(
                    "render-shortcode-arg-not-text",
                    arg = &arg.name,
                    found = arg.value.type_name()
                ),
                hint: Some(msg!(
                    "hint-write-like",
                    example = format!("{}=\"…\"", arg.name)
                )),
                span: Some(arg.span.clone()),
            });
        }
    }
    if let Some(missing) = params
        .iter()
        .find(|p| p.required && call.arg(p.name).is_none())
    {
        return Err(ShortcodeError {
            message: msg!(
                "render-shortcode-missing-arg",
                name = &call.name,
                arg = missing.name
            ),
            hint: Some(msg!(
                "hint-for-example",
                example = format!("{{{{ {}({}=\"…\") }}}}", call.name, missing.name)
            )),
            span: None,
        });
    }
    Ok(())
}

/// A shortcode template failed: the diagnostic names the template, the call names the place.
fn template_failure(d: crate::diagnostics::Diagnostic) -> ShortcodeError {
    let at = d.position();
    ShortcodeError {
        message: msg!("render-template-failed-at", message = d.message, at = at),
        hint: d.hint,
        span: None,
    }
}
