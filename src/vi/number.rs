//! Numbers the Vietnamese way: "." groups thousands, "," marks decimals, no space before "%".

/// Formats `x` with `precision` decimals, rounding half away from zero:
/// `58.6 → "58,6"`, `82553 → "82.553"`, `1234567.5 → "1.234.567,5"`, `-4.4 → "-4,4"`.
pub fn format_number(x: f64, precision: u8) -> String {
    if !x.is_finite() {
        return "—".to_owned();
    }
    let precision = usize::from(precision.min(6));
    let factor = 10f64.powi(precision as i32);
    // The tiny nudge decides ties on the decimal text ("71,875" → "71,9"), not on the binary float.
    let rounded = (x.abs() * factor + 1e-7).round() / factor;
    let text = format!("{rounded:.precision$}");
    let (int_part, frac_part) = match text.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (text.as_str(), None),
    };
    let mut out = String::with_capacity(text.len() + text.len() / 3 + 2);
    if x < 0.0 && rounded != 0.0 {
        out.push('-');
    }
    for (i, ch) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(ch);
    }
    if let Some(frac) = frac_part {
        out.push(',');
        out.push_str(frac);
    }
    out
}

/// Formats `x` with as many decimals as it has (up to six), as a message names a value the file
/// wrote: `1.826 → "1,826"`, `411.0 → "411"`.
pub fn format_exact(x: f64) -> String {
    let text = x.to_string();
    let decimals = text.split_once('.').map_or(0, |(_, d)| d.len().min(6));
    format_number(x, decimals as u8)
}

/// Formats a share in percent. A share below 100 never shows as "100" and a share above 0
/// never shows as "0": one more decimal is added until the text tells them apart.
pub fn format_share(x: f64, precision: u8) -> String {
    let mut p = precision;
    loop {
        let text = format_number(x, p);
        let looks_full = x < 100.0 && text == format_number(100.0, p);
        let looks_empty = x > 0.0 && text == format_number(0.0, p);
        if !(looks_full || looks_empty) || p >= precision + 3 {
            return text;
        }
        p += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_values_keep_their_decimals() {
        assert_eq!(super::format_exact(1.826), "1,826");
        assert_eq!(super::format_exact(411.0), "411");
        assert_eq!(super::format_exact(82553.5), "82.553,5");
    }

    #[test]
    fn decimal_comma_and_dot_grouping() {
        assert_eq!(format_number(58.6, 1), "58,6");
        assert_eq!(format_number(63.24, 2), "63,24");
        assert_eq!(format_number(82553.0, 0), "82.553");
        assert_eq!(format_number(1234567.5, 1), "1.234.567,5");
        assert_eq!(format_number(0.5, 1), "0,5");
        assert_eq!(format_number(-4.4, 1), "-4,4");
        assert_eq!(format_number(999.0, 0), "999");
        assert_eq!(format_number(1000.0, 0), "1.000");
    }

    #[test]
    fn precision_is_not_padded_beyond_what_is_asked() {
        assert_eq!(format_number(15.0, 0), "15");
        assert_eq!(format_number(15.0, 1), "15,0");
    }

    #[test]
    fn rounds_half_away_from_zero() {
        assert_eq!(format_number(71.875, 1), "71,9");
        assert_eq!(format_number(0.05, 1), "0,1");
        assert_eq!(format_number(-0.05, 1), "-0,1");
        assert_eq!(format_number(25.0 / 136.0 * 100.0, 1), "18,4");
        assert_eq!(format_number(67.0 / 85.0 * 100.0, 1), "78,8");
        assert_eq!(format_number(444.0 / 702.0 * 100.0, 2), "63,25");
        assert_eq!(format_number(-0.01, 1), "0,0");
    }

    #[test]
    fn shares_below_100_never_show_as_100() {
        assert_eq!(format_share(99.95, 1), "99,95");
        assert_eq!(format_share(99.999, 1), "99,999");
        assert_eq!(format_share(100.0, 1), "100,0");
        assert_eq!(format_share(0.01, 0), "0,01");
        assert_eq!(format_share(58.6, 1), "58,6");
    }

    #[test]
    fn non_finite_values_do_not_print_nan() {
        assert_eq!(format_number(f64::NAN, 1), "—");
        assert_eq!(format_number(f64::INFINITY, 0), "—");
    }
}
