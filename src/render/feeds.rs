//! Atom feeds of the documents (the whole site's and each organisation's), written with
//! atom_syndication. Entries are dated by the document date rule, newest first; a document
//! with neither its own date nor its congress's is left out, since a feed would present an
//! invented date as real. The feed's `updated` is its newest entry's date, never the clock,
//! so two builds are identical.

use crate::i18n::I18n;
use crate::model::Site;
use crate::model::document::{DateRule, Document};
use crate::model::org::Org;
use crate::plan::route::Route;
use atom_syndication::{Entry, Feed, FixedDateTime, Link, Person, Text};
use jiff::civil::Date;

/// The newest documents a feed lists; a feed reader needs no more, and at national scale the
/// site's feed stays small.
pub const MAX_ENTRIES: usize = 100;

/// The feed of `org`'s documents, or of the whole site's when `org` is `None`.
pub fn atom(site: &Site, org: Option<&Org>, i18n: &I18n) -> Vec<u8> {
    let base = &site.config.base_url;
    let orgs: Vec<&Org> = match org {
        Some(org) => vec![org],
        None => site.orgs.iter().map(|o| o.as_ref()).collect(),
    };
    let mut documents: Vec<(&Org, &Document)> = orgs
        .iter()
        .flat_map(|org| org.documents.iter().map(move |doc| (*org, doc)))
        .filter(|(_, doc)| doc.dated().1 != DateRule::TermEnd)
        .collect();
    // Newest first; same date: by address, so the order never depends on loading.
    documents.sort_by(|(a_org, a), (b_org, b)| {
        b.dated()
            .0
            .cmp(&a.dated().0)
            .then_with(|| route(a_org, a).cmp(&route(b_org, b)))
    });
    documents.truncate(MAX_ENTRIES);

    let (title, self_route, page_route) = match org {
        Some(org) => (
            format!("{} — {}", org.name, site.config.title),
            Route::feed(&org.slug),
            Route::org(&org.slug),
        ),
        None => (site.config.title.clone(), Route::site_feed(), Route::home()),
    };
    let entries: Vec<Entry> = documents
        .iter()
        .map(|(org, doc)| entry(base, org, doc, i18n))
        .collect();
    let updated = entries
        .iter()
        .map(|e| e.updated)
        .max()
        .unwrap_or_else(|| moment(Date::constant(2000, 1, 1)));
    let mut feed = Feed::default();
    feed.set_title(title);
    feed.set_id(format!("{base}{}", page_route.as_str()));
    feed.set_updated(updated);
    feed.set_lang(Some(site.config.language.code().to_owned()));
    if !site.config.description.is_empty() {
        feed.set_subtitle(Some(Text::plain(site.config.description.clone())));
    }
    feed.set_links(vec![
        link(format!("{base}{}", self_route.as_str()), "self"),
        link(format!("{base}{}", page_route.as_str()), "alternate"),
    ]);
    feed.set_authors(vec![person(match org {
        Some(org) => org.name.clone(),
        None => site.config.title.clone(),
    })]);
    feed.set_entries(entries);
    // atom_syndication writes the XML declaration itself.
    let mut out = feed.to_string().into_bytes();
    out.push(b'\n');
    out
}

fn route(org: &Org, doc: &Document) -> Route {
    Route::document(&org.slug, doc.term, &doc.slug)
}

fn entry(base: &str, org: &Org, doc: &Document, i18n: &I18n) -> Entry {
    let url = format!("{base}{}", route(org, doc).as_str());
    let date = moment(doc.dated().0);
    let mut entry = Entry::default();
    entry.set_title(doc.front.title.clone());
    entry.set_id(url.clone());
    entry.set_updated(date);
    entry.set_published(Some(date));
    entry.set_links(vec![link(url, "alternate")]);
    entry.set_authors(vec![person(
        doc.front.issuer.clone().unwrap_or_else(|| org.name.clone()),
    )]);
    let kind = i18n.label("doc_types", doc.front.doc_type.code());
    let summary = match &doc.front.summary {
        Some(summary) => format!("{kind} · {} · {summary}", org.name),
        None => format!("{kind} · {}", org.name),
    };
    entry.set_summary(Some(Text::plain(summary)));
    entry
}

fn link(href: String, rel: &str) -> Link {
    let mut link = Link::default();
    link.set_href(href);
    link.set_rel(rel);
    if rel == "self" {
        link.set_mime_type(Some("application/atom+xml".to_owned()));
    } else {
        link.set_mime_type(Some("text/html".to_owned()));
    }
    link
}

fn person(name: String) -> Person {
    let mut person = Person::default();
    person.set_name(name);
    person
}

/// Midnight of `date` in Vietnam (UTC+7): a document dated 12/05/2020 was issued that day
/// there.
fn moment(date: Date) -> FixedDateTime {
    FixedDateTime::parse_from_rfc3339(&format!("{date}T00:00:00+07:00"))
        .expect("a civil date with a fixed offset is a valid RFC 3339 time")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_midnight_in_vietnam() {
        assert_eq!(
            moment(Date::constant(2020, 5, 12)).to_rfc3339(),
            "2020-05-12T00:00:00+07:00"
        );
    }
}
