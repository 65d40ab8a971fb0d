//! Records are indexed in shards of bounded memory, merged again by the search page
//! (pagefind's `mergeIndex`).
//!
//! pagefind 1.6 holds every record several times over while it indexes: measured here, its
//! peak grows by about 12 KB a record plus 0.55 KB a distinct word of each record. One index of
//! a 10,000-report site would take 0.6 GB (2–4 GB with the vocabulary of real reports). A shard
//! stops before its estimate passes [`SHARD_BUDGET`]. Each more shard costs a query a request
//! for its `pf_meta` piece and index chunks, a few kilobytes: at 10,000 term pages, 7 shards
//! made a query download 275 KB, 9 shards 276 KB and 17 shards 313 KB.

use crate::search::record::Record;
use std::io;

/// pagefind's memory for a record, beyond its words (measured with 1.6.0).
const RECORD_COST: usize = 12 * 1024;
/// pagefind's memory for each distinct word of a record (measured with 1.6.0).
const WORD_COST: usize = 560;
/// The most memory one shard's indexing may take, estimated. The site is dropped before
/// indexing, but the allocator keeps much of its memory: at 10,000 term pages the build peaks
/// at 264 MB with this budget (256 MB without search), at 286 MB with 140 MB.
pub const SHARD_BUDGET: usize = 100 * 1024 * 1024;

/// Consecutive runs of `records`, each estimated within `budget` (a record larger than the
/// budget makes a shard of its own), taken from `records` one shard at a time: only the shard
/// being indexed is ever in memory.
pub fn shards<I>(records: I, budget: usize) -> Shards<I::IntoIter>
where
    I: IntoIterator<Item = io::Result<Record>>,
{
    Shards {
        records: records.into_iter(),
        held: None,
        budget,
    }
}

pub struct Shards<I> {
    records: I,
    /// The record that did not fit in the last shard: the next one starts with it.
    held: Option<Record>,
    budget: usize,
}

impl<I: Iterator<Item = io::Result<Record>>> Iterator for Shards<I> {
    type Item = io::Result<Vec<Record>>;

    fn next(&mut self) -> Option<io::Result<Vec<Record>>> {
        let mut shard = Vec::new();
        let mut cost = 0;
        loop {
            let record = match self.held.take().map(Ok).or_else(|| self.records.next()) {
                None => break,
                Some(Err(e)) => return Some(Err(e)),
                Some(Ok(record)) => record,
            };
            let more = RECORD_COST + WORD_COST * record.word_count;
            if !shard.is_empty() && cost + more > self.budget {
                self.held = Some(record);
                break;
            }
            cost += more;
            shard.push(record);
        }
        (!shard.is_empty()).then_some(Ok(shard))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(word_count: usize) -> Record {
        Record {
            url: String::new(),
            words: String::new(),
            word_count,
            title: String::new(),
            shown: Vec::new(),
        }
    }

    fn word_counts(records: Vec<Record>, budget: usize) -> Vec<Vec<usize>> {
        shards(records.into_iter().map(Ok), budget)
            .map(|shard| shard.unwrap().iter().map(|r| r.word_count).collect())
            .collect()
    }

    #[test]
    fn shards_cover_every_record_in_order_within_the_budget() {
        let counts: Vec<usize> = (0..100).map(|i| i % 7 * 100).collect();
        let budget = 200 * 1024;
        let shards = word_counts(counts.iter().map(|&c| record(c)).collect(), budget);
        assert!(shards.len() > 1);
        assert_eq!(shards.concat(), counts);
        for (n, shard) in shards.iter().enumerate() {
            let cost: usize = shard.iter().map(|c| RECORD_COST + WORD_COST * c).sum();
            assert!(cost <= budget || shard.len() == 1, "{shard:?}: {cost}");
            if let Some(next) = shards.get(n + 1) {
                let more = RECORD_COST + WORD_COST * next[0];
                assert!(cost + more > budget, "shard {n} could have taken one more");
            }
        }
    }

    #[test]
    fn a_huge_record_stands_alone_and_nothing_makes_no_shard() {
        let records = vec![record(1), record(1_000_000), record(1)];
        assert_eq!(
            word_counts(records, 64 * 1024),
            vec![vec![1], vec![1_000_000], vec![1]]
        );
        assert!(word_counts(Vec::new(), 64 * 1024).is_empty());
    }

    #[test]
    fn a_record_that_cannot_be_read_stops_the_shards() {
        let records = vec![Ok(record(1)), Err(io::ErrorKind::UnexpectedEof.into())];
        let mut shards = shards(records, 64 * 1024);
        assert!(shards.next().unwrap().is_err());
    }
}
