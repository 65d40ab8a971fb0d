//! One `[[indicator]]` table: its identity, unit, direction and scale, then its observations,
//! targets, changes and assessments, each read on its own, and the words each is shown with.

use super::Reader;
use super::amount::Shape;
use super::sub_tables::SubTables;
use crate::diagnostics::Diagnostic;
use crate::load::valid_slug;
use crate::model::display::ValueFormat;
use crate::model::indicator::{ChartKind, Direction, Indicator, IndicatorKind, Per, Unit};
use crate::msg;
use schemars::JsonSchema;
use serde::Deserialize;
use serde::de;
use toml::Spanned;

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct IndicatorInput {
    #[schemars(with = "String")]
    id: Spanned<String>,
    #[schemars(with = "String")]
    name: Spanned<String>,
    #[serde(default)]
    name_en: Option<String>,
    #[serde(default)]
    group: Option<String>,
    unit: Unit,
    #[serde(default)]
    unit_label: Option<String>,
    #[serde(default)]
    per: Option<Per>,
    #[serde(default)]
    #[schemars(with = "u8")]
    precision: Option<Spanned<u8>>,
    #[serde(default)]
    direction: Option<Direction>,
    #[serde(default)]
    scope: Option<String>,
    #[serde(default)]
    #[schemars(with = "String")]
    parent: Option<Spanned<String>>,
    #[serde(default)]
    #[schemars(with = "String")]
    scale: Option<Spanned<String>>,
    #[serde(default)]
    kind: IndicatorKind,
    #[serde(default)]
    chart: ChartKind,
    #[serde(default)]
    #[schemars(with = "String")]
    source: Option<Spanned<String>>,
    #[serde(default)]
    notes: Option<String>,
    #[serde(default)]
    allow_over: bool,
    /// Terms for which the document says no target was set ("không đề ra chỉ tiêu").
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    no_target: Vec<Spanned<String>>,
    // The sub-tables are read one by one (see `SubTables`); named here so that a mistyped
    // key's hint lists them among the valid keys.
    #[serde(default)]
    #[allow(dead_code)]
    #[schemars(with = "Vec<super::observation::ObsInput>")]
    obs: de::IgnoredAny,
    #[serde(default)]
    #[allow(dead_code)]
    #[schemars(with = "Vec<super::target::TargetInput>")]
    target: de::IgnoredAny,
    #[serde(default)]
    #[allow(dead_code)]
    #[schemars(with = "Vec<super::change::ChangeInput>")]
    change: de::IgnoredAny,
    #[serde(default)]
    #[allow(dead_code)]
    #[schemars(with = "Vec<super::assessment::AssessmentInput>")]
    assessment: de::IgnoredAny,
}

impl Reader<'_, '_> {
    pub(super) fn indicator(
        &mut self,
        input: IndicatorInput,
        subs: SubTables,
        position: usize,
    ) -> Option<Indicator> {
        let errors_before = self.diagnostics.len();
        let id = input.id.get_ref().clone();
        if !valid_slug(&id) {
            let example = crate::vi::unused_slug(&id, "chi-tieu", |s| self.written_ids.contains(s));
            self.error(
                input.id.span(),
                msg!("data-id-not-slug", id = &id),
                msg!("data-id-not-slug-hint", example = example),
            );
        }
        if input.name.get_ref().trim().is_empty() {
            self.error(
                input.name.span(),
                msg!("data-name-empty"),
                msg!("data-name-empty-hint"),
            );
        }
        if let Some(parent) = &input.parent
            && parent.get_ref() == &id
        {
            self.error(
                parent.span(),
                msg!("data-own-parent"),
                msg!("data-own-parent-hint"),
            );
        }
        let precision = match &input.precision {
            Some(p) if *p.get_ref() > 6 => {
                self.error(
                    p.span(),
                    msg!("data-precision-too-large"),
                    msg!("data-precision-too-large-hint"),
                );
                1
            }
            Some(p) => *p.get_ref(),
            None => match input.unit {
                Unit::Percent | Unit::Ratio => 1,
                _ => 0,
            },
        };
        let scale_levels = match (&input.scale, input.unit) {
            (Some(scale), _) => match self.context.config.scales.get(scale.get_ref()) {
                Some(levels) => Some(levels.clone()),
                None => {
                    let known: Vec<&str> = self
                        .context
                        .config
                        .scales
                        .keys()
                        .map(String::as_str)
                        .collect();
                    self.error(
                        scale.span(),
                        msg!("data-unknown-scale", scale = scale.get_ref()),
                        if known.is_empty() {
                            msg!("data-unknown-scale-hint", scale = scale.get_ref())
                        } else {
                            msg!("data-known-scales", names = known.join(", "))
                        },
                    );
                    None
                }
            },
            (None, Unit::Rating) => {
                self.error(
                    input.id.span(),
                    msg!("data-rating-needs-scale"),
                    msg!("data-rating-needs-scale-hint"),
                );
                None
            }
            (None, _) => None,
        };
        let needs_direction = !subs.target.is_empty() || !subs.change.is_empty();
        let direction = match input.direction {
            Some(d) => d,
            None if needs_direction => {
                self.error(
                    input.id.span(),
                    msg!("data-direction-required"),
                    msg!("data-direction-required-hint"),
                );
                Direction::Neutral
            }
            None => Direction::Neutral,
        };
        let indicator_source = self.check_source(&input.source);
        let mut indicator = Indicator {
            id: id.clone(),
            name: input.name.into_inner(),
            name_en: input.name_en,
            group: input.group.filter(|g| !g.is_empty()),
            unit: input.unit,
            unit_label: input.unit_label.filter(|l| !l.is_empty()),
            per: input.per,
            precision,
            direction,
            scope: input.scope.filter(|s| !s.is_empty()),
            parent: input.parent.map(Spanned::into_inner),
            scale: input.scale.map(Spanned::into_inner),
            kind: input.kind,
            chart: input.chart,
            notes: input.notes,
            allow_over: input.allow_over,
            // Sized exactly: a first push would reserve room for four, and a large archive
            // holds hundreds of thousands of these.
            observations: Vec::with_capacity(subs.obs.len()),
            targets: Vec::with_capacity(subs.target.len()),
            changes: Vec::with_capacity(subs.change.len()),
            assessments: Vec::with_capacity(subs.assessment.len()),
            untargeted: Vec::new(),
            children: Vec::new(),
            defined_in: vec![self.context.term],
            evaluations: Vec::new(),
            order: (self.context.term, position),
            origin: self.origin(input.id.span()),
            chart_kind: None,
        };
        let shape = Shape {
            unit: indicator.unit,
            allow_over: indicator.allow_over,
            scale: scale_levels.as_deref(),
        };
        for obs in subs.obs {
            let span = obs.span();
            if let Some(mut o) = self.observation(obs.into_inner(), span, &shape) {
                o.provenance.default_source(indicator_source.as_ref());
                indicator.observations.push(o);
            }
        }
        for target in subs.target {
            let span = target.span();
            if let Some(t) = self.target(target.into_inner(), span, &shape, direction) {
                indicator.targets.push(t);
            }
        }
        for written in &input.no_target {
            let Some(term) = self.term(written) else {
                continue;
            };
            if indicator.targets.iter().any(|t| t.term == term) {
                self.error(
                    written.span(),
                    msg!("data-no-target-but-target", term = term.to_string()),
                    msg!("data-no-target-but-target-hint"),
                );
            } else if !indicator.untargeted.contains(&term) {
                indicator.untargeted.push(term);
            }
        }
        for change in subs.change {
            let span = change.span();
            if let Some(c) = self.change(change.into_inner(), span) {
                indicator.changes.push(c);
            }
        }
        for assessment in subs.assessment {
            let span = assessment.span();
            if let Some(a) = self.assessment(assessment.into_inner(), span) {
                indicator.assessments.push(a);
            }
        }
        if self.diagnostics[errors_before..]
            .iter()
            .any(Diagnostic::is_error)
        {
            return None;
        }
        // Field by field (not ValueFormat::of): the loops below change the other fields.
        let format = ValueFormat {
            unit: indicator.unit,
            precision: indicator.precision,
            unit_label: indicator.unit_label.as_deref(),
            per: indicator.per,
            pad_small_counts: self.context.config.locale.pad_small_counts,
        };
        for obs in &mut indicator.observations {
            obs.display = match obs.provenance.as_stated() {
                Some(text) => text.to_owned(),
                None => format.qualified(&obs.amount, obs.qualifier, obs.approx_side),
            };
        }
        for target in &mut indicator.targets {
            target.display = match target.provenance.as_stated() {
                Some(text) => text.to_owned(),
                None => format.target(&target.amount, target.kind, target.comparator, target.basis),
            };
        }
        for change in &mut indicator.changes {
            change.display = match change.provenance.as_stated() {
                Some(text) => text.to_owned(),
                None => format.change(change.value, change.unit),
            };
        }
        Some(indicator)
    }
}
