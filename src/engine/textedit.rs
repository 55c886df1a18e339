//! Keeping exact line endings while the user edits in a `<textarea>`.
//!
//! A textarea's value always reports line breaks as `\n`, even when the user pasted `\r\n`.
//! The page keeps the exact text as its model and maps each edit of the normalised value
//! back onto the model, so bytes outside the edited span (including `\r\n`) survive.

/// The text with every `\r\n` and lone `\r` turned into `\n`, as a textarea reports it.
pub fn normalize_newlines(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// For each char of the normalised text, the byte offset in `model` where it starts; one
/// extra entry for the end.
fn normalized_offsets(model: &str) -> Vec<usize> {
    let mut out = Vec::with_capacity(model.len() + 1);
    let mut iter = model.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        out.push(i);
        if c == '\r' {
            if let Some((_, '\n')) = iter.peek() {
                iter.next();
            }
        }
    }
    out.push(model.len());
    out
}

/// Applies the change from the model's normalised form to `value` (the textarea's new
/// value) onto `model`, keeping every untouched byte.
pub fn apply_value(model: &str, value: &str) -> String {
    let old: Vec<char> = normalize_newlines(model).chars().collect();
    let new: Vec<char> = value.chars().collect();
    let prefix = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let max_suffix = old.len().min(new.len()) - prefix;
    let suffix = old.iter().rev().zip(new.iter().rev()).take(max_suffix).take_while(|(a, b)| a == b).count();
    let offsets = normalized_offsets(model);
    let (start, end) = (offsets[prefix], offsets[old.len() - suffix]);
    let inserted: String = new[prefix..new.len() - suffix].iter().collect();
    let mut out = String::with_capacity(model.len() + inserted.len());
    out.push_str(&model[..start]);
    out.push_str(&inserted);
    out.push_str(&model[end..]);
    out
}

/// Replaces the span `[start, end)` (UTF-16 offsets in the textarea's normalised value, as
/// `selectionStart`/`selectionEnd` report them) with `raw` exactly as pasted. Returns the
/// new model and the UTF-16 offset of the caret after the insertion in the normalised value.
pub fn paste(model: &str, start: u32, end: u32, raw: &str) -> (String, u32) {
    let offsets = normalized_offsets(model);
    let normalized = normalize_newlines(model);
    let to_char = |utf16: u32| -> usize {
        let mut units = 0u32;
        for (i, c) in normalized.chars().enumerate() {
            if units >= utf16 {
                return i;
            }
            units += c.len_utf16() as u32;
        }
        normalized.chars().count()
    };
    let (a, b) = (to_char(start.min(end)), to_char(end.max(start)));
    let mut out = String::with_capacity(model.len() + raw.len());
    out.push_str(&model[..offsets[a]]);
    out.push_str(raw);
    out.push_str(&model[offsets[b]..]);
    // Each CRLF shows as one LF: one UTF-16 unit less per CRLF (lone CRs keep their length).
    let units = raw.encode_utf16().count() - crlf_count(raw);
    let caret = start.min(end) + units as u32;
    (out, caret)
}

/// How many `\r\n` line breaks the text has.
pub fn crlf_count(text: &str) -> usize {
    text.matches("\r\n").count()
}
