//! Coping strategies ranked over a period: the participant's own evidence of what they use
//! and what helps, computed from the period's check-ins (not all time), so a strategy that
//! helped last year does not crowd out what helps now.

use std::collections::BTreeMap;

use uuid::Uuid;

use crate::records::check_in::CheckIn;
use crate::records::coping::CopingStrategy;

/// How one strategy was used in the period.
#[derive(Clone, Debug, PartialEq)]
pub struct CopingStat {
    /// The strategy.
    pub id: Uuid,
    /// Its title, as the participant wrote it.
    pub title: String,
    /// Days it was used.
    pub uses: u32,
    /// Mean helpfulness (0-3) over the uses that rated it.
    pub mean_helpful: Option<f64>,
}

/// The strategies used in the period, most used first; and those rated, most helpful first.
/// Ties go to the title, so the order never flickers between two opens.
pub(crate) fn ranked(
    strategies: &[CopingStrategy],
    check_ins: &[CheckIn],
) -> (Vec<CopingStat>, Vec<CopingStat>) {
    let mut tally: BTreeMap<Uuid, (u32, u32, u32)> = BTreeMap::new();
    for c in check_ins {
        for used in &c.coping {
            let t = tally.entry(used.strategy_id).or_default();
            t.0 += 1;
            if let Some(h) = used.helpful {
                t.1 += u32::from(h);
                t.2 += 1;
            }
        }
    }
    let stats: Vec<CopingStat> = strategies
        .iter()
        .filter_map(|s| {
            let (uses, sum, rated) = *tally.get(&s.id)?;
            Some(CopingStat {
                id: s.id,
                title: s.title.clone(),
                uses,
                mean_helpful: (rated > 0).then(|| f64::from(sum) / f64::from(rated)),
            })
        })
        .collect();
    let mut by_use = stats.clone();
    by_use.sort_by(|a, b| b.uses.cmp(&a.uses).then_with(|| a.title.cmp(&b.title)));
    let mut by_help: Vec<CopingStat> = stats
        .into_iter()
        .filter(|s| s.mean_helpful.is_some())
        .collect();
    by_help.sort_by(|a, b| {
        b.mean_helpful
            .partial_cmp(&a.mean_helpful)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then_with(|| b.uses.cmp(&a.uses))
            .then_with(|| a.title.cmp(&b.title))
    });
    (by_use, by_help)
}
