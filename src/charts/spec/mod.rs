//! What a chart shows, decided from the model alone (no drawing here): the kind, the points in
//! time, the targets, the verdicts, the words, the data table. Honest by construction: values
//! keep their wording, bounds stay bounds, derived values stay marked, gaps stay gaps.

mod assemble;
mod bullets;
mod choose;
mod scale;
mod stacks;
mod time_axis;

pub use assemble::{Context, build, dashboard_cell};
pub use choose::{Unchartable, choose_kind, why_no_chart};
pub use scale::Scale;

use crate::charts::shifts::Shift;
use crate::model::chart_kind::Kind;
use crate::model::indicator::Qualifier;
use crate::model::verdict::Verdict;

/// How a value relates to the truth, as drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    Exact,
    /// "trên", "từ … trở lên": at least this.
    Lower,
    /// "dưới", "không quá".
    Upper,
    /// "gần", "khoảng".
    About,
}

impl From<Qualifier> for Bound {
    fn from(q: Qualifier) -> Bound {
        match q {
            Qualifier::Exact => Bound::Exact,
            Qualifier::Above | Qualifier::AtLeast => Bound::Lower,
            Qualifier::Below | Qualifier::AtMost => Bound::Upper,
            Qualifier::About => Bound::About,
        }
    }
}

/// The words a chart uses, from the theme's interface strings.
#[derive(Debug, Clone)]
pub struct Words {
    pub result: String,
    pub derived: String,
    pub baseline: String,
    pub lower_bound: String,
    pub approximate: String,
    pub target: String,
    pub derived_target: String,
    /// "suy ra", appended to a derived target's label.
    pub derived_short: String,
    /// Printed in the source, but what it measures is unclear.
    pub ambiguous: String,
    /// "chưa rõ", appended to an ambiguous value's label.
    pub ambiguous_short: String,
    pub no_result: String,
    pub unclassified: String,
    pub parts_note: String,
    pub term: String,
    /// "từ" before the start of a change without an end: "từ 2011".
    pub since: String,
    /// "không nêu thời điểm": a change whose document names no time.
    pub period_unstated: String,
    pub verdict: String,
    pub verdicts: [String; 4],
}

impl Words {
    pub fn verdict(&self, verdict: Verdict) -> &str {
        &self.verdicts[match verdict {
            Verdict::Exceeded => 0,
            Verdict::Achieved => 1,
            Verdict::NotAchieved => 2,
            Verdict::Undetermined => 3,
        }]
    }
}

#[derive(Debug, Clone)]
pub struct Chart {
    pub kind: Kind,
    /// In pixels: 640, or 320 for the small multiples of a dashboard.
    pub width: u32,
    /// Small multiple: no title block or legend (the page around it names the indicator).
    pub compact: bool,
    /// The indicator's id: unique within its organisation, used for SVG ids.
    pub id: String,
    pub title: String,
    pub subtitle: String,
    /// One sentence with the values: the SVG's <desc> and a caption for screen readers.
    pub summary: String,
    pub scale: Scale,
    pub body: Body,
    pub legend: Vec<Legend>,
    /// The data beside the chart: period, value as stated, note.
    pub rows: Vec<[String; 3]>,
}

#[derive(Debug, Clone)]
pub enum Body {
    Trend(Trend),
    Progress(Vec<Bullet>),
    Breakdown(Vec<Stack>),
    Changes(Vec<Shift>),
}

#[derive(Debug, Clone)]
pub struct Trend {
    pub points: Vec<Point>,
    pub targets: Vec<TargetMark>,
    pub x_min: f64,
    pub x_max: f64,
}

#[derive(Debug, Clone)]
pub struct Point {
    /// Position in years (fractions for dated snapshots).
    pub x: f64,
    pub x_label: String,
    pub y: f64,
    /// The value as stated: "trên 98%".
    pub label: String,
    pub bound: Bound,
    /// Computed by whoever entered the data: drawn hollow.
    pub derived: bool,
    pub baseline: bool,
    /// The verdict this result was judged with, if it was.
    pub verdict: Option<Verdict>,
    /// Joined to the previous point by a line: only when no period lies between them.
    pub joined: bool,
}

#[derive(Debug, Clone)]
pub struct TargetMark {
    pub from_x: f64,
    pub to_x: f64,
    pub low: f64,
    /// A band ("between") has a top.
    pub high: Option<f64>,
    pub label: String,
    pub derived: bool,
}

#[derive(Debug, Clone)]
pub struct Bullet {
    /// The term: "2015 - 2020".
    pub label: String,
    pub value: Option<f64>,
    pub bound: Bound,
    pub text: String,
    pub derived: bool,
    pub target: Option<TargetMark>,
    pub verdict: Option<Verdict>,
    /// Where the term started from, when a baseline is given: value and label.
    pub baseline: Option<(f64, String)>,
}

#[derive(Debug, Clone)]
pub struct Stack {
    pub label: String,
    pub total: f64,
    pub total_text: String,
    pub parts: Vec<Part>,
    /// Said when the parts do not add up to the whole.
    pub note: Option<String>,
}

impl Stack {
    /// Whether the parts leave some of the whole unnamed (the legend then names that rest).
    pub fn has_rest(&self) -> bool {
        let parts: f64 = self.parts.iter().map(|p| p.value).sum();
        self.total - parts > 1e-9 * self.total.abs().max(1.0)
    }
}

#[derive(Debug, Clone)]
pub struct Part {
    pub name: String,
    pub value: f64,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Legend {
    Result,
    Derived,
    Baseline,
    LowerBound,
    Approximate,
    Target,
    DerivedTarget,
    Ambiguous,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qualifiers_become_bounds() {
        assert_eq!(Bound::from(Qualifier::Above), Bound::Lower);
        assert_eq!(Bound::from(Qualifier::AtLeast), Bound::Lower);
        assert_eq!(Bound::from(Qualifier::About), Bound::About);
        assert_eq!(Bound::from(Qualifier::AtMost), Bound::Upper);
    }

    #[test]
    fn a_stack_has_a_rest_only_when_its_parts_fall_short() {
        let part = |value| Part {
            name: "x".into(),
            value,
            text: String::new(),
        };
        let stack = |parts| Stack {
            label: "2020".into(),
            total: 67.0,
            total_text: "67".into(),
            parts,
            note: None,
        };
        assert!(stack(vec![part(19.0)]).has_rest());
        assert!(!stack(vec![part(48.0), part(19.0)]).has_rest());
        assert!(!stack(vec![part(0.1 + 0.2), part(66.7)]).has_rest());
    }
}
