//! Search records kept on disk from the moment rendering makes them until the index is built:
//! in memory they would grow through the whole rendering (~180 MB at 50,000 term pages, the
//! build's peak). One JSON line a record, in a temporary file the system removes with the
//! process.

use crate::search::record::Record;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Seek, SeekFrom, Write};
use std::sync::{Mutex, PoisonError};

/// The file, written in batches from any thread.
pub struct Spill(Mutex<File>);

/// Where one batch of records lies in the file.
#[derive(Debug, Clone, Copy)]
pub struct Batch {
    start: u64,
    len: u64,
}

impl Spill {
    pub fn new() -> io::Result<Spill> {
        Ok(Spill(Mutex::new(tempfile::tempfile()?)))
    }

    /// Appends `records` as one batch.
    pub fn put(&self, records: &[Record]) -> io::Result<Batch> {
        let mut bytes = Vec::new();
        for record in records {
            serde_json::to_writer(&mut bytes, record)?;
            bytes.push(b'\n');
        }
        let mut file = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        let start = file.seek(SeekFrom::End(0))?;
        file.write_all(&bytes)?;
        Ok(Batch {
            start,
            len: bytes.len() as u64,
        })
    }

    /// The records of `batches`, in the order of `batches` (not the order they were written).
    pub fn read(self, batches: Vec<Batch>) -> Spilled {
        let file = self.0.into_inner().unwrap_or_else(PoisonError::into_inner);
        Spilled {
            reader: BufReader::new(file),
            batches: batches.into_iter(),
            left: 0,
            line: String::new(),
        }
    }
}

/// The records read back, one at a time.
pub struct Spilled {
    reader: BufReader<File>,
    batches: std::vec::IntoIter<Batch>,
    /// Bytes of the current batch not read yet.
    left: u64,
    line: String,
}

impl Iterator for Spilled {
    type Item = io::Result<Record>;

    fn next(&mut self) -> Option<io::Result<Record>> {
        while self.left == 0 {
            let batch = self.batches.next()?;
            if let Err(e) = self.reader.seek(SeekFrom::Start(batch.start)) {
                return Some(Err(e));
            }
            self.left = batch.len;
        }
        self.line.clear();
        Some(match self.reader.read_line(&mut self.line) {
            Ok(0) => Err(io::ErrorKind::UnexpectedEof.into()),
            Ok(read) => {
                self.left = self.left.saturating_sub(read as u64);
                serde_json::from_str(&self.line).map_err(io::Error::other)
            }
            Err(e) => Err(e),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(n: usize) -> Record {
        Record {
            url: format!("to-chuc-{n}/index.html"),
            words: format!("dang bo {n} \"trich dan\"\n\\ xuong dong"),
            word_count: 6,
            title: format!("Đảng bộ {n}"),
            shown: vec![
                ("heading".into(), vec![format!("Đảng bộ số {n}")]),
                ("indicators".into(), vec!["a\tb\tc".into(), String::new()]),
            ],
        }
    }

    #[test]
    fn records_come_back_whole_in_the_order_of_the_batches() {
        let spill = Spill::new().unwrap();
        let first: Vec<Record> = (0..3).map(record).collect();
        let second: Vec<Record> = (3..5).map(record).collect();
        // Written second first, as parallel rendering may finish them.
        let b = spill.put(&second).unwrap();
        let empty = spill.put(&[]).unwrap();
        let a = spill.put(&first).unwrap();
        let read: Vec<Record> = spill
            .read(vec![a, empty, b])
            .collect::<io::Result<_>>()
            .unwrap();
        assert_eq!(read, (0..5).map(record).collect::<Vec<_>>());
    }
}
