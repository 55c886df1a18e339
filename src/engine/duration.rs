//! Durations in words: a leaf of the engine (the expected signature's timestamp age and the
//! presets' tolerance checks both say them).

/// "3 minutes", "2 hours 5 minutes", "1 year 2 months".
pub fn human_duration(secs: u64) -> String {
    let units: [(u64, &str); 6] = [
        (365 * 86400, "year"),
        (30 * 86400, "month"),
        (86400, "day"),
        (3600, "hour"),
        (60, "minute"),
        (1, "second"),
    ];
    if secs == 0 {
        return "0 seconds".into();
    }
    let mut parts = Vec::new();
    let mut rest = secs;
    for (size, name) in units {
        if rest >= size && parts.len() < 2 {
            let n = rest / size;
            rest %= size;
            parts.push(format!("{n} {name}{}", if n == 1 { "" } else { "s" }));
        } else if !parts.is_empty() {
            break;
        }
    }
    parts.join(" ")
}
