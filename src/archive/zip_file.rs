//! A bag as one `.zip` file, with the bag as its single top folder. Deterministic: entries in
//! path order, every time the archive's day at midnight, every mode 0644, so that the same
//! input zipped twice gives the same bytes.

use jiff::civil::Date;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;
use walkdir::WalkDir;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

/// Zips the bag folder `bag` into `out`, its files under `top/`.
pub fn zip_bag(bag: &Path, top: &str, date: Date, out: &mut File) -> io::Result<()> {
    let time = zip_time(date)?;
    let mut paths: Vec<String> = WalkDir::new(bag)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| crate::load::display_path(bag, e.path()))
        .collect();
    paths.sort();
    let mut writer = ZipWriter::new(BufWriter::new(out));
    for path in paths {
        let mut file = File::open(bag.join(&path))?;
        let options = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .last_modified_time(time)
            .unix_permissions(0o644)
            .large_file(file.metadata()?.len() >= u64::from(u32::MAX));
        writer
            .start_file(format!("{top}/{path}"), options)
            .map_err(io::Error::other)?;
        io::copy(&mut file, &mut writer)?;
    }
    writer.finish().map_err(io::Error::other)?.flush()
}

/// The archive's day at 00:00; zip times start in 1980 and end in 2107.
fn zip_time(date: Date) -> io::Result<DateTime> {
    let year = u16::try_from(date.year().clamp(1980, 2107)).unwrap_or(1980);
    DateTime::from_date_and_time(year, date.month() as u8, date.day() as u8, 0, 0, 0)
        .map_err(io::Error::other)
}
