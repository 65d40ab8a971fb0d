//! Congress ordinals are printed in Roman numerals: "lần thứ III", "lần thứ XIX".

/// Roman numeral for 1..=3999; other numbers are printed in Arabic digits.
pub fn to_roman(n: u32) -> String {
    if n == 0 || n > 3999 {
        return n.to_string();
    }
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut rest = n;
    let mut out = String::new();
    for (value, digits) in TABLE {
        while rest >= value {
            out.push_str(digits);
            rest -= value;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::to_roman;

    #[test]
    fn congress_ordinals() {
        assert_eq!(to_roman(3), "III");
        assert_eq!(to_roman(19), "XIX");
        assert_eq!(to_roman(14), "XIV");
        assert_eq!(to_roman(0), "0");
    }
}
