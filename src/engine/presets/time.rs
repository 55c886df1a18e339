//! Timestamps: age in words and the provider's tolerance.

use super::types::{TimeUnit, TimestampRule};

/// The verdict on a timestamp.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimestampCheck {
    /// e.g. "Timestamp 1700000000 (seconds) is 2 years 3 months old: outside the 300 s tolerance."
    pub text: String,
    pub within: bool,
}

pub use crate::engine::duration::human_duration;

/// Checks `value` against the rule at `now_ms` (milliseconds since the epoch).
pub fn check(rule: &TimestampRule, value: &str, now_ms: i64, provider: &str) -> TimestampCheck {
    let v = value.trim();
    // A float such as 1707926838792.0 (a sender's JSON number or str(float)) is read for its
    // age, and said: the signed text must be the same on both sides.
    let float = v
        .split_once('.')
        .filter(|(_, frac)| !frac.is_empty() && frac.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|(whole, _)| whole.parse::<i64>().ok());
    let Some(n) = v.parse::<i64>().ok().or(float) else {
        return TimestampCheck { text: format!("Timestamp “{v}” is not a whole number."), within: false };
    };
    let (unit, ts_ms) = match rule.unit {
        TimeUnit::Seconds => ("seconds", n.saturating_mul(1000)),
        TimeUnit::Milliseconds => ("milliseconds", n),
    };
    let mut text = String::new();
    if float.is_some() {
        text.push_str(&format!(
            "Timestamp “{v}” is written as a decimal number, not a whole one: {provider} sends and signs it as whole {}. ",
            match rule.unit {
                TimeUnit::Seconds => "seconds",
                TimeUnit::Milliseconds => "milliseconds",
            }
        ));
    }
    let looks_ms = n > 100_000_000_000;
    match (rule.unit, looks_ms) {
        (TimeUnit::Seconds, true) => {
            text.push_str(&format!("Timestamp {n} looks like milliseconds, but {provider} uses seconds. "))
        }
        (TimeUnit::Milliseconds, false) if n > 0 => {
            text.push_str(&format!("Timestamp {n} looks like seconds, but {provider} uses milliseconds. "))
        }
        _ => {}
    }
    let age_s = now_ms.saturating_sub(ts_ms) / 1000;
    let when = if age_s >= 0 {
        format!("{} ago", human_duration(age_s as u64))
    } else {
        format!("{} in the future", human_duration(age_s.unsigned_abs()))
    };
    let within = match rule.tolerance_s {
        None => true,
        Some(tol) => {
            let tol = tol as i64;
            age_s <= tol && (!rule.both_directions || age_s >= -tol)
        }
    };
    text.push_str(&format!("Timestamp {n} ({unit}) is {when}"));
    match rule.tolerance_s {
        Some(tol) if within => text.push_str(&format!(": inside {provider}'s {tol} s tolerance.")),
        Some(tol) => text.push_str(&format!(
            ": outside {provider}'s {tol} s tolerance, so {provider} would reject it even with a matching signature (replayed or delayed request, or a wrong clock)."
        )),
        None => text.push_str(&format!(": {provider} documents no tolerance.")),
    }
    TimestampCheck { text, within }
}
