//! Dates: short form dd/mm/yyyy for metadata, long form per Decree 30/2020/NĐ-CP.

use jiff::civil::Date;

/// `12/05/2020`: day and month always two digits.
pub fn format_date_short(date: Date) -> String {
    format!("{:02}/{:02}/{}", date.day(), date.month(), date.year())
}

/// `ngày 12 tháng 5 năm 2020`. Decree 30 pads the day below 10 and the months 1 and 2
/// with a zero (`ngày 04 tháng 11 năm 2013`, `ngày 28 tháng 02 năm 2023`).
pub fn format_date_long(date: Date) -> String {
    let month = if date.month() <= 2 {
        format!("{:02}", date.month())
    } else {
        date.month().to_string()
    };
    format!("ngày {:02} tháng {month} năm {}", date.day(), date.year())
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn short_form_is_zero_padded_day_month_year() {
        assert_eq!(format_date_short(date(2020, 5, 12)), "12/05/2020");
        assert_eq!(format_date_short(date(2022, 9, 29)), "29/09/2022");
    }

    #[test]
    fn long_form_follows_decree_30() {
        assert_eq!(
            format_date_long(date(2020, 5, 12)),
            "ngày 12 tháng 5 năm 2020"
        );
        assert_eq!(
            format_date_long(date(2013, 11, 4)),
            "ngày 04 tháng 11 năm 2013"
        );
        assert_eq!(
            format_date_long(date(2023, 2, 28)),
            "ngày 28 tháng 02 năm 2023"
        );
        assert_eq!(
            format_date_long(date(2019, 1, 5)),
            "ngày 05 tháng 01 năm 2019"
        );
    }
}
