//! The value axis of a chart: where it ends and which round numbers it marks.

use crate::model::indicator::Unit;
use crate::vi::format_number;

#[derive(Debug, Clone)]
pub struct Scale {
    pub unit: Unit,
    pub precision: u8,
    /// The value axis runs from 0 to this.
    pub max: f64,
}

impl Scale {
    /// Axis label: "50%", "1.200".
    pub fn tick(&self, v: f64) -> String {
        let text = format_number(v, if v.fract() == 0.0 { 0 } else { 1 });
        match self.unit {
            Unit::Percent | Unit::Ratio => format!("{text}%"),
            _ => text,
        }
    }

    /// Labels under a bar: zero, the middle (when it is a whole number for counts), the end.
    pub fn end_ticks(&self) -> Vec<(f64, crate::charts::canvas::Anchor)> {
        use crate::charts::canvas::Anchor;
        let middle = self.max / 2.0;
        let mut ticks = vec![(0.0, Anchor::Left)];
        if matches!(self.unit, Unit::Percent | Unit::Ratio) || middle.fract() == 0.0 {
            ticks.push((middle, Anchor::Center));
        }
        ticks.push((self.max, Anchor::Right));
        ticks
    }

    /// Round steps for the value axis: 0, 25, 50, 75, 100 for shares; 1-2-5 steps for counts.
    pub fn ticks(&self) -> Vec<f64> {
        let step = if matches!(self.unit, Unit::Percent | Unit::Ratio) && self.max <= 100.0 {
            25.0
        } else {
            nice_step(self.max / 4.0)
        };
        let mut ticks = Vec::new();
        let mut v = 0.0;
        while v <= self.max + 1e-9 {
            ticks.push(v);
            v += step;
        }
        ticks
    }
}

fn nice_step(raw: f64) -> f64 {
    if raw <= 0.0 {
        return 1.0;
    }
    let magnitude = 10f64.powf(raw.log10().floor());
    let fraction = raw / magnitude;
    let nice = if fraction <= 1.0 {
        1.0
    } else if fraction <= 2.0 {
        2.0
    } else if fraction <= 5.0 {
        5.0
    } else {
        10.0
    };
    (nice * magnitude).max(1.0)
}

/// A value axis maximum: 100 for shares (more if a share of plan passes it), else a round
/// number above everything shown.
pub(super) fn axis_max(unit: Unit, values: impl Iterator<Item = f64>) -> f64 {
    let top = values.fold(0.0f64, f64::max);
    if matches!(unit, Unit::Percent | Unit::Ratio) && top <= 100.0 {
        return 100.0;
    }
    let step = nice_step(top * 1.15 / 4.0);
    ((top * 1.15 / step).ceil() * step).max(step)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_run_to_100_and_counts_to_a_round_number() {
        assert_eq!(axis_max(Unit::Percent, [58.6, 95.0].into_iter()), 100.0);
        assert_eq!(axis_max(Unit::Percent, [120.0].into_iter()), 150.0);
        assert_eq!(axis_max(Unit::Count, [222.0, 205.0].into_iter()), 300.0);
        assert_eq!(axis_max(Unit::Count, [7.0].into_iter()), 10.0);
        let scale = Scale {
            unit: Unit::Percent,
            precision: 1,
            max: 100.0,
        };
        assert_eq!(scale.ticks(), [0.0, 25.0, 50.0, 75.0, 100.0]);
        assert_eq!(scale.tick(50.0), "50%");
        let counts = Scale {
            unit: Unit::Count,
            precision: 0,
            max: 1200.0,
        };
        assert_eq!(counts.tick(1200.0), "1.200");
    }
}
