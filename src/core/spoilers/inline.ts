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

// Order matters: a `||` inside a [spoiler] belongs to the outer span.
const DELIMITERS: Delimiter[] = [
  // [spoiler], [spoiler=Title] and WordPress's [spoiler title="Title"].
  { marker: "bbcode", open: /\[spoilers?(?:=[^\]\n]{0,100}|\s{1,3}[a-z-]{1,20}\s{0,2}=[^\]\n]{0,100})?\]/gi, close: /\[\/spoilers?\]/gi },
  { marker: "reddit", open: />!/g, close: /!</g },
  { marker: "discord", open: /\|\|/g, close: /\|\|/g },
];

/**
 * Delimited spoilers in a block's text: "a >!b!< c" → [{ start: 2, end: 7, marker: "reddit", … }].
 * Code (`a || b`) is passed in as `code` and never matched.
 */
export function findDelimitedSpoilers(text: string, code: readonly Range[] = []): SpoilerSpan[] {
  const spans: SpoilerSpan[] = [];
  let masked = maskText(text, code, " ");
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
