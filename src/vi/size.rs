//! File sizes the Vietnamese way: "1,2 MB", "850 KB", "312 byte" (binary multiples, as the
//! file managers drafters use count them).

use super::format_number;

/// `1_258_291 → "1,2 MB"`, `870_400 → "850 KB"`, `312 → "312 byte"`.
pub fn format_size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KB", "MB", "GB", "TB"];
    if bytes < 1024 {
        return format!("{bytes} byte");
    }
    let mut value = bytes as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    // Kilobytes are whole; larger units keep one decimal, which is what a reader compares.
    let precision = if unit == 0 { 0 } else { 1 };
    format!("{} {}", format_number(value, precision), UNITS[unit])
}

#[cfg(test)]
mod tests {
    use super::format_size;

    #[test]
    fn sizes_take_a_decimal_comma() {
        assert_eq!(format_size(312), "312 byte");
        assert_eq!(format_size(870_400), "850 KB");
        assert_eq!(format_size(1_258_291), "1,2 MB");
        assert_eq!(format_size(5 * 1024 * 1024 * 1024), "5,0 GB");
    }
}
