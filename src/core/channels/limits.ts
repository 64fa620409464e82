// Length limits shared by the chat payloads. Lengths are UTF-16 code units, which is never
// fewer than the characters Discord and Slack count, so staying under them is safe.

/** Counts `||` pairs that are markup, skipping backslash-escaped characters. */
function countSpoilerBars(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\\") i += 1;
    else if (text[i] === "|" && text[i + 1] === "|") {
      count += 1;
      i += 1;
    }
  }
  return count;
}

/**
 * Cuts `text` to at most `max` characters at a word boundary, ending in "…". A cut inside a
 * Discord spoiler is closed again, so the tail of a spoiler can never show unhidden.
 * truncate("one two three", 9) → "one two…"
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = cutAt(text, max - 1);
  if (countSpoilerBars(cut) % 2 === 0) return `${cut}…`;
  // Room for the closing bars too.
  const shorter = cutAt(text, max - 3);
  return countSpoilerBars(shorter) % 2 === 0 ? `${shorter}…` : `${shorter}…||`;
}

function cutAt(text: string, room: number): string {
  if (room <= 0) return "";
  let cut = text.slice(0, room);
  const space = cut.search(/\s\S*$/);
  if (space > room / 2) cut = cut.slice(0, space);
  // Never leave a lone escape backslash or half a surrogate pair at the end.
  cut = cut.replace(/\\+$/, (slashes) => (slashes.length % 2 ? slashes.slice(1) : slashes));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trimEnd();
}

/**
 * Joins blocks with blank lines, up to `max` characters; if some are left out or cut, `more`
 * is appended (it must fit: it is counted in `max`).
 */
export function joinWithin(blocks: string[], max: number, more = ""): string {
  const full = blocks.join("\n\n");
  if (full.length <= max) return full;
  const room = max - (more ? more.length + 2 : 0);
  const kept: string[] = [];
  let used = 0;
  for (const block of blocks) {
    const separator = kept.length ? 2 : 0;
    if (used + separator + block.length > room) {
      const left = room - used - separator;
      if (left > 40 || kept.length === 0) kept.push(truncate(block, Math.max(left, 0)));
      break;
    }
    kept.push(block);
    used += separator + block.length;
  }
  const body = kept.filter(Boolean).join("\n\n");
  return more ? (body ? `${body}\n\n${more}` : more) : body;
}

/**
 * Telegram Bot API sendMessage: text is 1-4096 characters after entity parsing (tags out,
 * entities decoded). `excerpt` is our own choice: a teaser, not the whole review. The Bot FAQ
 * asks for no more than one message per second to a chat, hence `pauseMs` between reviews.
 */
export const TELEGRAM_LIMITS = { text: 4096, title: 256, excerpt: 1200, pauseMs: 1000 };

/**
 * Mastodon's default limit is 500 characters (StatusLengthValidator: grapheme clusters of
 * spoiler_text plus status, every URL counted as 23). An Idempotency-Key is kept for 1 hour.
 */
export const MASTODON_LIMITS = { characters: 500, charactersPerUrl: 23, idempotencyKeySeconds: 3600 };

/** app.bsky.feed.post: text maxGraphemes 300, maxLength 3000 (UTF-8 bytes); langs at most 3. */
export const BLUESKY_LIMITS = { graphemes: 300, bytes: 3000, embedTitle: 300, embedDescription: 300 };

let segmenter: Intl.Segmenter | undefined;

// Code points that can join a neighbour into one grapheme (UAX #29): marks, ZWJ/ZWNJ, variation
// selectors, emoji modifiers and tags, regional indicators, Hangul jamo, CR, the common Prepend
// and SpacingMark letters. Text without any is one grapheme per code point, and is split without
// Intl.Segmenter, whose first use costs ~20 ms of CPU (ICU data) and each use ~2 µs a character.
// A joiner missing here only makes a count too high, never too low: limits still hold.
const JOINERS = /[\p{M}\u200C\u200D\uFE00-\uFE0F\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\r\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u0D4E\u0E33\u0EB3\uFF9E\uFF9F\u{110BD}\u{110CD}]/u;

/** The user-perceived characters of `text`: "👩‍👩‍👧 é" → ["👩‍👩‍👧", " ", "é"]. */
export function splitGraphemes(text: string): string[] {
  if (!JOINERS.test(text)) return Array.from(text);
  segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
  return Array.from(segmenter.segment(text), (part) => part.segment);
}

export function countGraphemes(text: string): number {
  return splitGraphemes(text).length;
}

const utf8 = new TextEncoder();

/** Bytes of `text` in UTF-8, the unit of Bluesky's facet offsets: "é" → 2, "映画" → 6, "🎬" → 4. */
export function countUtf8Bytes(text: string): number {
  return utf8.encode(text).length;
}

/**
 * Cuts `text` to at most `max` graphemes at a word boundary, ending in "…"; never splits an
 * emoji or a letter from its accents. truncateGraphemes("one two three", 9) → "one two…"
 */
export function truncateGraphemes(text: string, max: number): string {
  const graphemes = splitGraphemes(text);
  if (graphemes.length <= max) return text;
  if (max <= 1) return max === 1 ? "…" : "";
  let kept = graphemes.slice(0, max - 1);
  const space = kept.findLastIndex((grapheme) => /^\s+$/.test(grapheme));
  // Scripts without spaces (Japanese, Chinese) are cut anywhere; others at the last word break.
  if (space > (max - 1) / 2) kept = kept.slice(0, space);
  return `${kept.join("").trimEnd()}…`;
}
