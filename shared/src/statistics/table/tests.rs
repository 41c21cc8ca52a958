//! The table against the definition, on random facts.
use super::*;
use crate::lifecycle::{Rating, RequestState};
use crate::statistics::{
    Direction, Granularity, Party, RequestFacts, Scope, StatisticsQuery, compute, scoreboard,
};
use crate::{AuthorityId, CountryCode, Date, LegislativeArea};
use proptest::prelude::*;
use proptest::strategy::ValueTree;

fn facts_strategy() -> impl Strategy<Value = RequestFacts> {
    let countries: Vec<CountryCode> = CountryCode::all().take(4).collect();
    let areas: Vec<LegislativeArea> = LegislativeArea::all().collect();
    let day = |offset: i64| Date::parse("2025-11-20").unwrap().add_days(offset);
    (
        (0..6i32, 0..6i32, 0..areas.len(), 0..7usize),
        (0..500i64, 0..20i64, proptest::option::of(0..15i64)),
        (
            proptest::option::of(0..60i64),
            proptest::option::of(-10..90i64),
            0..3u8,
            0..3u8,
        ),
    )
        .prop_map(
            move |(
                (requester, responder, area, state),
                (sent, forwarded_after, accepted_after),
                (answered_after, deadline_after, timeliness, effort),
            )| {
                let party = |id: i32| Party {
                    authority: AuthorityId(id),
                    country: countries[usize::try_from(id).unwrap() % countries.len()],
                };
                let sent_day = day(sent).unwrap();
                let received = sent_day.add_days(forwarded_after).unwrap();
                let rating = |code: u8| match code {
                    0 => None,
                    1 => Some(Rating::Negative),
                    _ => Some(Rating::Positive),
                };
                RequestFacts {
                    area: areas[area],
                    requester: party(requester),
                    responder: party(responder),
                    state: RequestState::ALL[state],
                    sent: sent_day,
                    received,
                    accepted: accepted_after.and_then(|d| received.add_days(d)),
                    answered: answered_after.and_then(|d| received.add_days(d)),
                    deadline: deadline_after.and_then(|d| received.add_days(d)),
                    timeliness: rating(timeliness),
                    effort: rating(effort),
                }
            },
        )
}

fn scope_strategy() -> impl Strategy<Value = Scope> {
    let countries: Vec<CountryCode> = CountryCode::all().take(4).collect();
    let areas: Vec<LegislativeArea> = LegislativeArea::all().collect();
    prop_oneof![
        Just(Scope::Everything),
        (0..4usize).prop_map(move |c| Scope::Country(CountryCode::all().nth(c).unwrap())),
        (0..4usize, proptest::collection::vec(0..4usize, 0..3)).prop_map(move |(c, a)| {
            Scope::Areas(countries[c], a.into_iter().map(|i| areas[i]).collect())
        }),
        (0..6i32).prop_map(|id| Scope::Authority(AuthorityId(id))),
    ]
}

fn query_strategy() -> impl Strategy<Value = StatisticsQuery> {
    (
        0..400i64,
        0..500i64,
        proptest::option::of(0..4usize),
        proptest::option::of(0..4usize),
        0..3usize,
        0..3usize,
    )
        .prop_map(|(from, length, area, partner, direction, granularity)| {
            let from = Date::parse("2025-11-01").unwrap().add_days(from).unwrap();
            StatisticsQuery {
                from,
                to: from.add_days(length).unwrap(),
                area: area.and_then(|i| LegislativeArea::all().nth(i)),
                partner: partner.and_then(|i| CountryCode::all().nth(i)),
                direction: [None, Some(Direction::Sent), Some(Direction::Received)][direction],
                granularity: Granularity::ALL[granularity],
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// The table answers exactly what the definition computes, for any facts, scope,
    /// query and day.
    #[test]
    fn the_table_gives_the_definitions_figures(
        facts in proptest::collection::vec(facts_strategy(), 0..60),
        scope in scope_strategy(),
        query in query_strategy(),
        today in 0..700i64,
        removed in 0..6i32,
    ) {
        let today = Date::parse("2025-11-20").unwrap().add_days(today).unwrap();
        let mut table = FactsTable::default();
        for (id, one) in facts.iter().enumerate() {
            table.put(i32::try_from(id).unwrap(), one);
        }
        // Replacing a row and forgetting an authority's requests keep the table exact.
        if let Some(first) = facts.first() {
            table.put(0, first);
        }
        table.retain(|_, requester, responder| requester.0 != removed && responder.0 != removed);
        let kept: Vec<RequestFacts> = facts
            .into_iter()
            .filter(|f| f.requester.authority.0 != removed && f.responder.authority.0 != removed)
            .collect();
        let countries: Vec<CountryCode> = CountryCode::all().take(3).collect();
        let answer = table.answer(&scope, &query, today, &countries);
        prop_assert_eq!(&answer.figures, &compute(&kept, &scope, &query, today));
        let eea = (scope != Scope::Everything).then(|| compute(&kept, &Scope::Everything, &query, today));
        prop_assert_eq!(&answer.eea, &eea);
        prop_assert_eq!(&answer.scoreboard, &scoreboard(&kept, &countries, &query, today));
        prop_assert_eq!(table.len(), kept.len());
        // Read back from its snapshot, it answers the same.
        let again = FactsTable::from_snapshot(&table.to_snapshot(&[], &[])).unwrap().table;
        prop_assert_eq!(again.answer(&scope, &query, today, &countries), answer);
    }

    /// A snapshot cut short is refused; one with a byte changed is refused or read, never a
    /// panic.
    #[test]
    fn damaged_snapshots_are_refused_without_a_panic(
        facts in proptest::collection::vec(facts_strategy(), 1..8),
        cut in 0..400usize,
        flipped in 0..400usize,
        byte in 0..=255u8,
    ) {
        let mut table = FactsTable::default();
        for (id, one) in facts.iter().enumerate() {
            table.put(i32::try_from(id).unwrap(), one);
        }
        let bytes = table.to_snapshot(&[(1, 7)], &[(0, 3)]);
        let cut = cut % bytes.len();
        prop_assert!(FactsTable::from_snapshot(&bytes[..cut]).is_err());
        let mut changed = bytes.clone();
        let at = flipped % changed.len();
        changed[at] = byte;
        let _ = FactsTable::from_snapshot(&changed);
    }
}

#[test]
fn a_snapshot_keeps_the_versions_and_refuses_another_release() {
    let mut table = FactsTable::default();
    let facts = facts_strategy()
        .new_tree(&mut proptest::test_runner::TestRunner::deterministic())
        .unwrap()
        .current();
    table.put(42, &facts);
    let bytes = table.to_snapshot(&[(1, 7), (2, 9)], &[(42, 3), (43, 1)]);
    let back = FactsTable::from_snapshot(&bytes).unwrap();
    assert_eq!(back.authorities, vec![(1, 7), (2, 9)]);
    assert_eq!(back.requests, vec![(42, 3), (43, 1)]);
    assert!(back.table.contains(42));
    assert_eq!(back.table.len(), 1);

    let mut other_layout = bytes.clone();
    other_layout[9] ^= 1;
    assert_eq!(
        FactsTable::from_snapshot(&other_layout).err(),
        Some(SnapshotError::OtherRelease)
    );
    let mut other_codes = bytes.clone();
    other_codes[13] ^= 1;
    assert_eq!(
        FactsTable::from_snapshot(&other_codes).err(),
        Some(SnapshotError::OtherRelease)
    );
    assert_eq!(
        FactsTable::from_snapshot(b"not a snapshot").err(),
        Some(SnapshotError::OtherRelease)
    );
    // One byte more or less, or a country index past the list, is damage.
    assert_eq!(
        FactsTable::from_snapshot(&bytes[..bytes.len() - 1]).err(),
        Some(SnapshotError::Damaged)
    );
    let mut longer = bytes.clone();
    longer.push(0);
    assert_eq!(
        FactsTable::from_snapshot(&longer).err(),
        Some(SnapshotError::Damaged)
    );
    let mut bad_country = bytes.clone();
    let country_at = bytes.len() - 6;
    bad_country[country_at] = 200;
    assert_eq!(
        FactsTable::from_snapshot(&bad_country).err(),
        Some(SnapshotError::Damaged)
    );
}
