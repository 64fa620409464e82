import { isWordChar } from "./stream";

// Text helpers shared by the spoiler engine. Every transform here keeps string length, so
// an offset found in normalised text is the same offset in the block's real text.

/** A stand-in character for an image, embed or masked span: not a letter, but content. */
export const OBJECT = "\uFFFC";

const FOLD: Record<string, string> = {
  "\u2018": "'", "\u2019": "'", "\u201A": "'", "\u201B": "'", "\u2032": "'",
  "\u201C": '"', "\u201D": '"', "\u201E": '"', "\u201F": '"', "\u2033": '"',
  "\u00AB": '"', "\u00BB": '"',
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
  "\u00A0": " ", "\u2009": " ", "\u202F": " ", "\u2007": " ",
};

/** Folds curly quotes, dashes and odd spaces to ASCII, one character for one: "It’s—" → "It's-". */
export function foldText(text: string): string {
  return text.replace(/[\u2018\u2019\u201A\u201B\u2032\u201C-\u201F\u2033\u00AB\u00BB\u2010-\u2015\u2212\u00A0\u2009\u202F\u2007]/g,
    (char) => FOLD[char] ?? char);
}


/** Whether a character carries meaning a reader would miss (letters, digits, images). */
export function isContentChar(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  // ASCII answered without a regex: this runs once per character of every post.
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  // By Unicode block, not by a \p{L} regex: that one costs milliseconds to compile cold.
  return code === 0xfffc || isWordChar(code);
}

/** Whether [from, to) of a text holds any content character. */
export function hasContentBetween(text: string, from: number, to: number): boolean {
  const end = Math.min(to, text.length);
  for (let i = Math.max(from, 0); i < end; i++) {
    const code = text.charCodeAt(i);
    // ASCII inline, the rest by block: no call and no regex per character.
    if (code < 128 ? (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) : code === 0xfffc || isWordChar(code)) return true;
  }
  return false;
}

// Text whose only letters and digits are ASCII: Latin-1 symbols, punctuation blocks and object
// stand-ins are never word characters. There a word is this regex, found natively; a loop per
// character costs a cold isolate about 0.2 µs a character.
const NOT_LATIN_PUNCTUATION = /[^\x00-\xbf\u2000-\u2bff\ufffc]/;
const ASCII_WORD = /[0-9A-Za-z]+(?:['\u2019][0-9A-Za-z]+)*/g;

/** Counts words: "It’s a twist!" → 3. */
export function countWords(text: string): number {
  if (!NOT_LATIN_PUNCTUATION.test(text)) return text.match(ASCII_WORD)?.length ?? 0;
  // By hand: a \p{L} regex costs milliseconds to compile on a cold isolate.
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (isContentChar(char) && char !== OBJECT) {
      if (!inWord) words++;
      inWord = true;
    } else if (!(inWord && (char === "'" || char === "\u2019") && isContentChar(text[i + 1]) && text[i + 1] !== OBJECT)) {
      inWord = false;
    }
  }
  return words;
}

/** Collapses whitespace and drops object stand-ins, for reports: " a \n\uFFFC b" → "a b". */
export function tidyText(text: string): string {
  // Only runs that change: a lone space (most of them) is left, not replaced by itself.
  return text.replace(/\uFFFC/g, " ").replace(/\s{2,}|[^\S ]/g, " ").trim();
}

/** Replaces each [start, end) with `fill` (object stand-ins by default), so later regexes cannot match inside it. */
export function maskText(text: string, spans: ReadonlyArray<{ start: number; end: number }>, fill = OBJECT): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const start = Math.max(span.start, at);
    if (span.end <= start) continue;
    parts.push(text.slice(at, start), fill.repeat(span.end - start));
    at = span.end;
  }
  parts.push(text.slice(at));
  return parts.join("");
}
