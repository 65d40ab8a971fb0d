//! The Tera environment: the theme's templates (overridden by the site's), Vietnamese filters,
//! and template errors turned into diagnostics located in the template file.

use crate::config::Config;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::source::SourceFile;
use crate::load::theme::Theme;
use crate::msg;
use crate::vi::{format_date_long, format_date_short, format_number};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;
use tera::{Context, ErrorKind, Kwargs, State, Tera, TeraResult};

pub struct Templates {
    tera: Tera,
    /// Template name → its source, to locate errors.
    sources: BTreeMap<String, SourceFile>,
}

#[derive(Serialize)]
struct SiteGlobals<'a> {
    title: &'a str,
    description: &'a str,
    lang: &'a str,
    base_url: &'a str,
}

impl Templates {
    pub fn load(root: &Path, theme: &Theme, config: &Config) -> Result<Templates, Vec<Diagnostic>> {
        let mut diagnostics = Vec::new();
        let mut sources = BTreeMap::new();
        for (name, file) in &theme.templates {
            match file.source(root, &mut diagnostics) {
                Ok(file) => {
                    sources.insert(name.clone(), file);
                }
                Err(d) => diagnostics.push(d),
            }
        }
        if diagnostics.iter().any(Diagnostic::is_error) {
            return Err(diagnostics);
        }
        let mut tera = Tera::new();
        tera.autoescape_on([".html", ".xml", ".svg"]);
        register_filters(&mut tera);
        tera.add_raw_templates(
            sources
                .iter()
                .map(|(name, file)| (name.as_str(), file.text.as_str())),
        )
        .map_err(|e| vec![template_error(&e, &sources)])?;
        let globals = tera.global_context();
        globals.insert(
            "site",
            &SiteGlobals {
                title: &config.title,
                description: &config.description,
                lang: config.language.code(),
                base_url: &config.base_url,
            },
        );
        globals.insert("t", theme.i18n.table());
        Ok(Templates { tera, sources })
    }

    /// Renders a page straight into bytes: pages go to files, and Tera's output is UTF-8 by
    /// construction, so there is nothing to gain from checking it again as a String.
    pub fn render_bytes(&self, name: &str, context: &Context) -> Result<Vec<u8>, Diagnostic> {
        let mut out = Vec::with_capacity(16 * 1024);
        self.tera
            .render_to(name, context, &mut out)
            .map_err(|e| template_error(&e, &self.sources))?;
        Ok(out)
    }

    /// Renders a fragment (a shortcode) as text, to be placed into a page.
    pub fn render(&self, name: &str, context: &Context) -> Result<String, Diagnostic> {
        self.tera
            .render(name, context)
            .map_err(|e| template_error(&e, &self.sources))
    }
}

/// A Tera error as a diagnostic: syntax and rendering errors point into the template file.
fn template_error(error: &tera::Error, sources: &BTreeMap<String, SourceFile>) -> Diagnostic {
    match error.kind() {
        ErrorKind::SyntaxError(report) | ErrorKind::RenderingError(report) => {
            let diagnostic =
                Diagnostic::error(msg!("render-template-error", detail = report.message()));
            let diagnostic = match sources.get(report.filename()) {
                Some(file) => diagnostic.at(file, report.span().range.clone()),
                None => diagnostic,
            };
            diagnostic.hint(msg!("render-template-error-hint"))
        }
        _ => Diagnostic::error(msg!("render-template-error", detail = error.to_string()))
            .hint(msg!("render-template-name-hint")),
    }
}

fn register_filters(tera: &mut Tera) {
    // `{{ x | vi_number(precision=1) }}` → "58,6".
    tera.register_filter(
        "vi_number",
        |x: f64, kwargs: Kwargs, _: &State| -> TeraResult<String> {
            let precision = kwargs.get::<i64>("precision")?.unwrap_or(0).clamp(0, 6) as u8;
            Ok(format_number(x, precision))
        },
    );
    // `{{ "2020-05-12" | vi_date }}` → "12/05/2020".
    tera.register_filter(
        "vi_date",
        |x: &str, _: Kwargs, _: &State| -> TeraResult<String> {
            Ok(format_date_short(parse_date(x)?))
        },
    );
    // `{{ "2020-05-12" | vi_date_long }}` → "ngày 12 tháng 5 năm 2020".
    tera.register_filter(
        "vi_date_long",
        |x: &str, _: Kwargs, _: &State| -> TeraResult<String> {
            Ok(format_date_long(parse_date(x)?))
        },
    );
}

fn parse_date(text: &str) -> TeraResult<jiff::civil::Date> {
    text.parse()
        .map_err(|_| tera::Error::message(format!("`{text}` is not a date (YYYY-MM-DD)")))
}
