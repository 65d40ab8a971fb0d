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
use std::ops::Range;

/// pagefind's memory for a record, beyond its words (measured with 1.6.0).
const RECORD_COST: usize = 12 * 1024;
/// pagefind's memory for each distinct word of a record (measured with 1.6.0).
const WORD_COST: usize = 560;
/// The most memory one shard's indexing may take, estimated. The site is dropped before
/// indexing, but the allocator keeps much of its memory: at 10,000 term pages the build peaks
/// at 264 MB with this budget (256 MB without search), at 286 MB with 140 MB.
pub const SHARD_BUDGET: usize = 100 * 1024 * 1024;

/// Consecutive runs of `records`, each estimated within `budget` (a record larger than the
/// budget makes a shard of its own).
pub fn shards(records: &[Record], budget: usize) -> Vec<Range<usize>> {
    let mut shards = Vec::new();
    let mut start = 0;
    let mut cost = 0;
    for (i, record) in records.iter().enumerate() {
        let more = RECORD_COST + WORD_COST * record.word_count;
        if i > start && cost + more > budget {
            shards.push(start..i);
            start = i;
            cost = 0;
        }
        cost += more;
    }
    if start < records.len() {
        shards.push(start..records.len());
    }
    shards
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

    #[test]
    fn shards_cover_every_record_within_the_budget() {
        let records: Vec<Record> = (0..100).map(|i| record(i % 7 * 100)).collect();
        let budget = 200 * 1024;
        let shards = shards(&records, budget);
        assert!(shards.len() > 1);
        assert_eq!(shards.first().unwrap().start, 0);
        assert_eq!(shards.last().unwrap().end, records.len());
        for pair in shards.windows(2) {
            assert_eq!(pair[0].end, pair[1].start);
        }
        for shard in &shards {
            let cost: usize = records[shard.clone()]
                .iter()
                .map(|r| RECORD_COST + WORD_COST * r.word_count)
                .sum();
            assert!(cost <= budget || shard.len() == 1, "{shard:?}: {cost}");
        }
    }

    #[test]
    fn a_huge_record_stands_alone_and_nothing_makes_no_shard() {
        let records = vec![record(1), record(1_000_000), record(1)];
        assert_eq!(shards(&records, 64 * 1024), vec![0..1, 1..2, 2..3]);
        assert_eq!(shards(&[], 64 * 1024), Vec::<Range<usize>>::new());
    }
}
