//! The one moment an archive records — its Bagging-Date, the "Lưu trữ ngày …" stamp on every
//! page and the times inside a zip — taken from `SOURCE_DATE_EPOCH` when it is set, so that
//! the same input archived twice gives the same bytes.

use crate::diagnostics::Diagnostic;
use crate::msg;
use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::{TimeZone, offset};

/// The environment variable of reproducible builds: seconds since 1970-01-01 UTC.
pub const SOURCE_DATE_EPOCH: &str = "SOURCE_DATE_EPOCH";

/// When the archive is made: `source_date_epoch` (the variable's value) or now.
pub fn archive_time(source_date_epoch: Option<&str>) -> Result<Timestamp, Diagnostic> {
    let Some(text) = source_date_epoch else {
        return Ok(Timestamp::now());
    };
    text.trim()
        .parse::<i64>()
        .ok()
        .and_then(|seconds| Timestamp::from_second(seconds).ok())
        .ok_or_else(|| {
            Diagnostic::error(msg!(
                "archive-epoch-invalid",
                name = SOURCE_DATE_EPOCH,
                value = text
            ))
            .hint(msg!(
                "archive-epoch-invalid-hint",
                example = format!("{SOURCE_DATE_EPOCH}=$(git log -1 --format=%ct)")
            ))
        })
}

/// The calendar day of `time` in Việt Nam (UTC+7), the day the archive is dated.
pub fn archive_date(time: Timestamp) -> Date {
    time.to_zoned(TimeZone::fixed(offset(7))).date()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_epoch_decides_the_day_in_viet_nam() {
        // 2025-05-31 18:00 UTC is already 1 June in Hà Nội.
        let time = archive_time(Some("1748714400")).unwrap();
        assert_eq!(archive_date(time), jiff::civil::date(2025, 6, 1));
        let refused = archive_time(Some("hôm qua")).unwrap_err();
        assert_eq!(
            refused.message.vi(),
            "biến SOURCE_DATE_EPOCH=\"hôm qua\" không phải là số giây tính từ năm 1970"
        );
    }
}
