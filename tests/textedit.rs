use hmac_doctor::engine::textedit::{apply_value, crlf_count, normalize_newlines, paste};

#[test]
fn typing_keeps_crlf_elsewhere() {
    let model = "a\r\nb\r\nc";
    assert_eq!(normalize_newlines(model), "a\nb\nc");
    // Type "X" at the end.
    assert_eq!(apply_value(model, "a\nb\ncX"), "a\r\nb\r\ncX");
    // Type at the start.
    assert_eq!(apply_value(model, "Za\nb\nc"), "Za\r\nb\r\nc");
    // Delete the middle line break: only that CRLF goes.
    assert_eq!(apply_value(model, "a\nbc"), "a\r\nbc");
    // Typing a new line adds LF, as typed.
    assert_eq!(apply_value(model, "a\nb\nc\n"), "a\r\nb\r\nc\n");
    assert_eq!(apply_value(model, ""), "");
    assert_eq!(apply_value("", "hello"), "hello");
}

#[test]
fn unicode_edits_are_mapped_by_character() {
    let model = "é\r\n😀x";
    assert_eq!(apply_value(model, "é\n😀yx"), "é\r\n😀yx");
    assert_eq!(apply_value(model, "é\n😀"), "é\r\n😀");
}

#[test]
fn paste_keeps_the_raw_text() {
    let (m, caret) = paste("", 0, 0, "line1\r\nline2\r\n");
    assert_eq!(m, "line1\r\nline2\r\n");
    assert_eq!(caret, 12);
    assert_eq!(crlf_count(&m), 2);
    // Replace a selection ("b") in a model that already has CRLF; offsets are UTF-16.
    let (m, caret) = paste("a\r\nb\r\nc", 2, 3, "X\r\nY");
    assert_eq!(m, "a\r\nX\r\nY\r\nc");
    assert_eq!(caret, 5);
    // Astral characters count as two UTF-16 units.
    let (m, _) = paste("😀z", 2, 2, "\r\n");
    assert_eq!(m, "😀\r\nz");
    // Offsets past the end are clamped, reversed ones are ordered.
    assert_eq!(paste("ab", 9, 1, "!").0, "a!");
}
