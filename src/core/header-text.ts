// Text that ends up in an email header (subject, sender name, any header value) when part of it
// came from a feed. A CR or LF there would start a new header ("Film\r\nBcc: x@evil.example");
// other control characters and the Unicode line and paragraph separators break or spoof the
// line in mail clients. They become spaces, and whitespace runs fold to one space.

/** C0 controls (CR, LF, tab included), DEL, C1 controls (NEL included), U+2028 and U+2029. */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** A subject longer than this is cut, with an ellipsis; mail clients show far less anyway. */
export const SUBJECT_MAX_CHARACTERS = 250;

/**
 * One clean header line: controls become spaces, whitespace folds, ends trimmed.
 * "Film\r\nBcc: x@evil.example" → "Film Bcc: x@evil.example"
 */
export function cleanHeaderText(text: string): string {
  return text.replace(CONTROL_CHARACTERS, " ").replace(/\s+/g, " ").trim();
}

/**
 * A clean subject of at most `max` characters (code points, so no emoji is cut in half),
 * ending in "…" when it was shortened, at a word boundary when one is near.
 */
export function cleanSubject(text: string, max = SUBJECT_MAX_CHARACTERS): string {
  const clean = cleanHeaderText(text);
  const characters = Array.from(clean);
  if (characters.length <= max) return clean;
  const cut = characters.slice(0, max - 1).join("");
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > cut.length * 0.8 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
