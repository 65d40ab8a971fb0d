//! The `[[indicator.obs]]`, `[[indicator.target]]`, `[[indicator.change]]` and
//! `[[indicator.assessment]]` tables of an indicator, taken out of it and read one by one.

use super::assessment::AssessmentInput;
use super::change::ChangeInput;
use super::not_tables;
use super::observation::ObsInput;
use super::target::TargetInput;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::source::SourceFile;
use crate::toml_input::deserialize;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// The `[[indicator.obs]]`, `[[indicator.target]]`, … tables of one indicator, each read on its
/// own so that one mistake does not hide the next.
#[derive(Default)]
pub(super) struct SubTables {
    pub(super) obs: Vec<Spanned<ObsInput>>,
    pub(super) target: Vec<Spanned<TargetInput>>,
    pub(super) change: Vec<Spanned<ChangeInput>>,
    pub(super) assessment: Vec<Spanned<AssessmentInput>>,
}

const SUB_TABLES: [&str; 4] = ["obs", "target", "change", "assessment"];

impl SubTables {
    /// Takes the sub-tables out of an `[[indicator]]` table; errors go to `diagnostics`.
    pub(super) fn take(
        file: &SourceFile,
        table: &mut DeTable<'_>,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> SubTables {
        let mut subs = SubTables::default();
        for name in SUB_TABLES {
            let Some(value) = table.remove(name) else {
                continue;
            };
            let span = value.span();
            let DeValue::Array(elements) = value.into_inner() else {
                diagnostics.push(not_tables(name).at(file, span));
                continue;
            };
            for element in elements {
                let span = element.span();
                let read =
                    match name {
                        "obs" => {
                            deserialize(file, element).map(|v| subs.obs.push(Spanned::new(span, v)))
                        }
                        "target" => deserialize(file, element)
                            .map(|v| subs.target.push(Spanned::new(span, v))),
                        "change" => deserialize(file, element)
                            .map(|v| subs.change.push(Spanned::new(span, v))),
                        _ => deserialize(file, element)
                            .map(|v| subs.assessment.push(Spanned::new(span, v))),
                    };
                if let Err(d) = read {
                    diagnostics.extend(d);
                }
            }
        }
        subs
    }
}
