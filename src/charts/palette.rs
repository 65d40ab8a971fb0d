//! Chart colours. Every colour used for text or marks has at least 4.5:1 contrast on white
//! (WCAG AA), and none carries meaning alone: verdicts are also written out.

use crate::model::verdict::Verdict;
use plotters::style::RGBColor;

pub const BACKGROUND: RGBColor = RGBColor(255, 255, 255);
pub const INK: RGBColor = RGBColor(29, 29, 31);
pub const MUTED: RGBColor = RGBColor(85, 91, 99); // 6.9:1
pub const GRID: RGBColor = RGBColor(214, 217, 222);
pub const TRACK: RGBColor = RGBColor(236, 238, 241);
/// Reported results.
pub const RESULT: RGBColor = RGBColor(11, 74, 126); // 8.9:1
/// Parts of a whole, after the first.
pub const PARTS: [RGBColor; 4] = [
    RGBColor(11, 74, 126),
    RGBColor(61, 122, 170),
    RGBColor(105, 75, 140),
    RGBColor(46, 110, 85),
];
/// Targets (chỉ tiêu): the party red of the theme.
pub const TARGET: RGBColor = RGBColor(156, 27, 20); // 7.6:1
pub const TARGET_BAND: RGBColor = RGBColor(245, 214, 211);

pub fn verdict(verdict: Verdict) -> RGBColor {
    match verdict {
        Verdict::Exceeded => RGBColor(11, 93, 42),     // 7.9:1
        Verdict::Achieved => RGBColor(11, 74, 126),    // 8.9:1
        Verdict::NotAchieved => RGBColor(155, 20, 20), // 7.9:1
        Verdict::Undetermined => RGBColor(74, 79, 85), // 8.3:1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn luminance(c: RGBColor) -> f64 {
        let channel = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.03928 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
    }

    fn contrast(a: RGBColor, b: RGBColor) -> f64 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    #[test]
    fn text_and_marks_meet_wcag_aa_on_white() {
        let verdicts = [
            Verdict::Exceeded,
            Verdict::Achieved,
            Verdict::NotAchieved,
            Verdict::Undetermined,
        ];
        for colour in [INK, MUTED, RESULT, TARGET]
            .into_iter()
            .chain(PARTS)
            .chain(verdicts.map(verdict))
        {
            assert!(
                contrast(colour, BACKGROUND) >= 4.5,
                "{colour:?}: {}",
                contrast(colour, BACKGROUND)
            );
        }
    }
}
