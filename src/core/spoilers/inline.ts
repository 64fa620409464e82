// Spoilers delimited inside running text: [spoiler]…[/spoiler], [spoiler=Title]…, >!…!< and
// ||…||. They are matched on decoded text, so `&gt;!` and a span crossing <em> both count.
import type { SpoilerMarker } from "../types";
import { maskText } from "./text";

export interface Range {
  start: number;
  end: number;
}

/** A spoiler span of a block or of the post, with the marker text inside it (removed in every mode). */
export interface SpoilerSpan extends Range {
  marker: SpoilerMarker;
  trigger: string;
  markers: Range[];
}

interface Delimiter {
  marker: SpoilerMarker;
  open: RegExp;
  close: RegExp;
}

// Order matters: a `||` inside a >!…!< belongs to the outer span (shortcodes are paired first).
const DELIMITERS: Delimiter[] = [
  { marker: "reddit", open: />!/g, close: /!</g },
  // AniList's ~!…!~, the same convention.
  { marker: "reddit", open: /~!/g, close: /!~/g },
  { marker: "discord", open: /\|\|/g, close: /\|\|/g },
];

/**
 * Delimited spoilers in a block's text: "a >!b!< c" → [{ start: 2, end: 7, marker: "reddit", … }].
 * Code (`a || b`) is passed in as `code` and never matched.
 */
export function findDelimitedSpoilers(text: string, code: readonly Range[] = []): SpoilerSpan[] {
  // Most texts hold no delimiter: a cold isolate then compiles none of the pairing below.
  if (text.indexOf("[") < 0 && text.indexOf(">!") < 0 && text.indexOf("||") < 0 && text.indexOf("~!") < 0) return [];
  let masked = maskText(text, code, " ");
  const spans = pairShortcodes(masked);
  masked = maskText(masked, spans);
  for (const delimiter of DELIMITERS) {
    const found = pairDelimiters(masked, delimiter);
    spans.push(...found);
    masked = maskText(masked, found);
  }
  return spans.sort((a, b) => a.start - b.start);
}

// Each search resumes where the last one stopped, and an opener without a closer ends the
// scan (the prose pass handles it), so the work is linear in the text.
function pairDelimiters(text: string, delimiter: Delimiter): SpoilerSpan[] {
  const spans: SpoilerSpan[] = [];
  let from = 0;
  for (;;) {
    delimiter.open.lastIndex = from;
    const open = delimiter.open.exec(text);
    if (!open) break;
    const openEnd = open.index + open[0].length;
    delimiter.close.lastIndex = openEnd;
    const close = delimiter.close.exec(text);
    if (!close) break;
    const end = close.index + close[0].length;
    if (/\S/.test(text.slice(openEnd, close.index))) {
      spans.push({
        start: open.index,
        end,
        marker: delimiter.marker,
        trigger: open[0],
        markers: [{ start: open.index, end: openEnd }, { start: close.index, end }],
      });
    }
    from = end;
  }
  return spans;
}

/** A shortcode tag naming spoilers: `[spoiler]`, `[su_spoiler title="…" style="…"]`, `[/spoiler]`. */
export interface ShortcodeTag extends Range {
  name: string;
  closing: boolean;
}

const MAX_TAG = 400;

/** Every spoiler shortcode tag of a text, in order: "a [spoiler]b[/spoiler]" → two tags. */
export function findShortcodeTags(text: string): ShortcodeTag[] {
  const tags: ShortcodeTag[] = [];
  for (let at = text.indexOf("["); at >= 0; at = text.indexOf("[", at + 1)) {
    const tag = readShortcodeTag(text, at);
    if (!tag) continue;
    tags.push(tag);
    at = tag.end - 1;
  }
  return tags;
}

function isNameChar(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) || code === 95 || code === 45;
}

/** "[spoil]" is a tag only where "[/spoil]" closes it: alone, "[Spoil]" is a title tag's word. */
function hasSpoilClose(text: string): boolean {
  return text.toLowerCase().includes("[/spoil]");
}

// Read by hand: attribute values may hold "]" inside quotes, and a regex with a bounded gap
// would cost a large compile on a cold isolate.
function readShortcodeTag(text: string, at: number): ShortcodeTag | undefined {
  let index = at + 1;
  const closing = text[index] === "/";
  if (closing) index++;
  const nameStart = index;
  while (index < text.length && isNameChar(text.charCodeAt(index))) index++;
  const name = text.slice(nameStart, index).toLowerCase();
  // French forums write [spoil]…[/spoil].
  if (!(name.includes("spoiler") || (name === "spoil" && hasSpoilClose(text))) || name.includes("free")) return undefined;
  if (closing) return text[index] === "]" ? { start: at, end: index + 1, name, closing } : undefined;
  if (text[index] !== "]" && text[index] !== " " && text[index] !== "=") return undefined;
  let quote = "";
  let assigns = text[index] === "]";
  for (; index < text.length && index - at < MAX_TAG; index++) {
    const char = text[index]!;
    if (quote) {
      if (char === quote) quote = "";
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === "=") {
      assigns = true;
    } else if (char === "]") {
      // "[spoiler hidden]" is prose in brackets; a shortcode's words are attributes: key="value".
      return assigns ? { start: at, end: index + 1, name, closing } : undefined;
    } else if (char === "\n" || char === "[") {
      return undefined;
    }
  }
  return undefined;
}

/** Pairs each outermost opening tag with its closing tag; nested pairs fall inside it. */
function pairShortcodes(text: string): SpoilerSpan[] {
  const spans: SpoilerSpan[] = [];
  const open: ShortcodeTag[] = [];
  for (const tag of findShortcodeTags(text)) {
    if (!tag.closing) {
      open.push(tag);
      continue;
    }
    const index = open.findLastIndex((candidate) => candidate.name === tag.name);
    if (index < 0) continue;
    const first = open[index]!;
    open.length = index;
    if (open.length > 0 || !/\S/.test(text.slice(first.end, tag.start))) continue;
    spans.push({
      start: first.start, end: tag.end, marker: "bbcode", trigger: text.slice(first.start, first.end),
      markers: [{ start: first.start, end: first.end }, { start: tag.start, end: tag.end }],
    });
  }
  return spans;
}
