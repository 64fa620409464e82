// Folds text for phrase matching, keeping a map back to the original offsets. Letters are
// lower-cased, stripped of accents and width (NFKC: "Ｓｐｏｉｌｅｒ", "ﾈﾀﾊﾞﾚ"); every run of
// punctuation and spaces becomes one " ", or "|" where a sentence ends; spaces between CJK
// characters vanish ("스포 없음" = "스포없음"); qualifier words are dropped ("major spoilers"
// = "spoilers"), unless hyphened to the word before ("spoiler-light"); a last letter typed three
// times or more counts once ("SPOILERSSSS" = "spoilers", "ALERTTT" = "alert"). Built by hand,
// char by char, with no regex: it runs on cold isolates.

import { findStartAt } from "./offsets";

/** A folded text: `text[i]` comes from original [from(i), to(i)). */
export interface Stream {
  text: string;
  from: (index: number) => number;
  to: (index: number) => number;
  /** Its match units, when the fold had them at hand (a plain text's words). */
  units?: Units;
}

/** Each unit's text (undefined at a sentence break), and its [start, end) in the stream ([-1, -1] at a break). */
export interface Units {
  keys: Array<string | undefined>;
  bounds: number[];
}

export const SENTENCE_BREAK = "|";
const MARK = /[\u0300-\u036f]/g;
const folds = new Map<number, string>();
const DOTLESS_I = 0x131;
const YO = 0x451;
const CAPITAL_YO = 0x401;

/**
 * Han, kana and Hangul, and the scripts of Southeast Asia written the same way (Thai, Lao,
 * Khmer, Myanmar): without spaces between words, so matched without boundaries.
 */
export function isCjk(code: number): boolean {
  return (code >= 0x1100 && code <= 0x11ff) || (code >= 0x3040 && code <= 0x9fff) || (code >= 0xa960 && code <= 0xa97f)
    || (code >= 0xac00 && code <= 0xd7ff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff66 && code <= 0xffdc)
    || (code >= 0x0e00 && code <= 0x0eff) || (code >= 0x1000 && code <= 0x109f) || (code >= 0x1780 && code <= 0x17ff);
}

/**
 * A letter of a script other than Latin (Han, kana, Hangul, Cyrillic, Greek…): the lexicons
 * written in one are read only once a post holds such a letter. Latin's extended blocks and the
 * full-width Latin letters (folded to ASCII) are Latin.
 */
export function isOtherScript(code: number): boolean {
  if (code < 0x370 || (code >= 0x1e00 && code <= 0x1eff) || (code >= 0x2c60 && code <= 0x2c7f) || (code >= 0xa720 && code <= 0xa7ff)) return false;
  return !(code >= 0xff00 && code <= 0xff65) && isWordChar(code);
}

/** Whether a folded character is part of a word: letters and digits of any script (by block, not by regex). */
export function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (code < 0xc0 || code === 0xd7 || code === 0xf7) return false;
  if (code >= 0x2000 && code <= 0x2bff) return false;
  if (code >= 0x3000 && code <= 0x303f) return code === 0x3005;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  if (code >= 0xfe30 && code <= 0xfe4f) return false;
  if (code >= 0xfe00 && code <= 0xfe0f) return false;
  if (code >= 0xff00 && code <= 0xff65) return (code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a);
  if (code >= 0x300 && code <= 0x36f) return false;
  if (code >= 0x589 && code <= 0x6d4) return !NON_LATIN_PUNCTUATION.has(code);
  return code !== 0xfffc && code !== 0x30fb && code !== 0x964 && code !== 0x965 && code !== 0xe2f && code !== 0xe5a && code !== 0xe5b;
}

/**
 * "-" and the Unicode hyphens. A qualifier hyphened to the word before it is half of a compound,
 * not a word about the next one, so it is kept: "spoiler-light" is not "spoiler".
 */
function isHyphen(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 0x2011;
}

// Armenian full stop; Hebrew maqaf, sof pasuq; Arabic comma, semicolon, question mark, percent and decimal signs, full stop.
const NON_LATIN_PUNCTUATION = new Set([0x589, 0x5be, 0x5c3, 0x60c, 0x61b, 0x61f, 0x66a, 0x66b, 0x66c, 0x66d, 0x6d4]);

function isBreak(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 59 || code === 10 || code === 13 || code === 0x3002 || code === 0xff61
    || code === 0x2026 || code === 0xff01 || code === 0xff1f
    // Arabic ؛ ؟ ۔, Armenian ։, Devanagari । ॥, Greek ano teleia ·, Thai ฯ ๚ ๛ (rare, but a sentence's end).
    || code === 0x61b || code === 0x61f || code === 0x6d4 || code === 0x589 || code === 0x964 || code === 0x965 || code === 0x387
    || code === 0xe5a || code === 0xe5b;
}

function foldChar(char: string, code: number): string {
  let folded = folds.get(code);
  if (folded !== undefined) return folded;
  folded = char.normalize("NFKC");
  const first = folded.charCodeAt(0);
  // Accents come off Latin and Greek letters only: NFD would split Hangul syllables into jamo,
  // and Cyrillic й into и and a breve.
  if ((first >= 0xc0 && first <= 0x24f) || (first >= 0x1e00 && first <= 0x1fff) || (first >= 0x370 && first <= 0x3ff)) {
    folded = folded.normalize("NFD").replace(MARK, "");
  }
  // Turkish dotless ı folds to i, as İ does ("UYARISI" = "uyarısı"); Russian ё to е, as most
  // writers type it ("ещё" = "еще").
  // Greek final ς is σ, as a word in capitals ("ΤΕΛΟΣ") lower-cases letter by letter.
  folded = code === DOTLESS_I ? "i" : code === YO || code === CAPITAL_YO ? "\u0435" : folded.toLowerCase();
  if (folded === "\u03C2") folded = "\u03C3";
  folds.set(code, folded);
  return folded;
}

/** Whether text needs no folding beyond ASCII case: the common case, taken by native string calls. */
const NOT_PLAIN = /[^\x00-\x7f\xa0\xab\xbb\u2009-\u202f\ufffc]/;

export function isPlain(text: string): boolean {
  return !NOT_PLAIN.test(text);
}

/**
 * Folds `text`; words in `dropped` are left out, their span given to the next word kept. A
 * plain text may be folded only in `windows` (whole sentences, in order), the rest left out.
 */
export function buildStream(text: string, dropped: ReadonlySet<string>, windows?: Array<[number, number]>): Stream {
  return isPlain(text) ? buildPlainStream(text, dropped, windows ?? [[0, text.length]]) : buildFullStream(text, dropped);
}

// isBreak's characters: a native search, where a cold isolate would interpret a loop per character.
const BREAKS = /[.!?;\n\r\u3002\uff61\u2026\uff01\uff1f]/g;

/** The first sentence break at or after `from`, else the text's length: ("A. B", 1) → 1. */
export function findBreak(text: string, from: number): number {
  BREAKS.lastIndex = from;
  return BREAKS.exec(text)?.index ?? text.length;
}

// A window's ASCII words and the gaps between them, split natively: [word, gap, word, …], the
// first word "" when the window opens on a gap. No match object per word, no per-character loop.
const WORD_GAPS = /([^a-z0-9]+)/;

/**
 * How many copies of a word's held-down last letter to drop: 3 for "spoilerssss", 0 for
 * "spoilers" or "1000". Three compares for most words, where a regex over every word or window
 * cost a warm pass ~10 %. A letter held down inside a word stays as typed.
 */
function countHeldDown(word: string): number {
  const last = word.length - 1;
  const code = word.charCodeAt(last);
  if (last < 3 || (code >= 48 && code <= 57) || word.charCodeAt(last - 1) !== code || word.charCodeAt(last - 2) !== code) return 0;
  let first = last - 2;
  while (first > 0 && word.charCodeAt(first - 1) === code) first--;
  return last - first;
}

/** A word as the stream folds it, its last letter held down counted once: "spoilerssss" → "spoilers"; the word itself when none is. */
export function shortenElongated(word: string): string {
  const extra = countHeldDown(word);
  return extra === 0 ? word : word.slice(0, -extra);
}

// The opening brackets, as a string for one character and as a regex for a gap.
const OPENING_BRACKETS = "([{\uFF08\u3010\uFF3B";
const BRACKET = /[([{\uFF08\u3010\uFF3B]/;
// BREAKS, for one gap.
const BREAK = /[.!?;\n\r\u3002\uff61\u2026\uff01\uff1f]/;

function buildPlainStream(original: string, dropped: ReadonlySet<string>, windows: Array<[number, number]>): Stream {
  const parts: string[] = [];
  const starts: number[] = []; // stream offset of each word kept
  const origins: number[] = []; // its original offset
  const heads: number[] = []; // where its span starts, absorbed qualifiers included
  // The match units as the words come: the matcher need not split the stream again.
  const units: Units = { keys: [], bounds: [] };
  let length = 0;
  let held = -1;
  // Words typed with a letter held down, by their index: where each ends in the original.
  let shortened: Map<number, number> | undefined;
  for (const [windowStart, windowEnd] of windows) {
    const pieces = original.slice(windowStart, windowEnd).toLowerCase().split(WORD_GAPS);
    // Windows are whole sentences: a sentence break lies between two of them.
    let broken = parts.length > 0;
    let joined = false;
    let at = windowStart;
    for (let index = 0; index < pieces.length; index++) {
      const piece = pieces[index]!;
      if (index % 2 === 1) {
        // A gap; one before the window's first word (after an empty first piece) is outside its sentence.
        if (index > 1 || pieces[0] !== "") {
          // Most gaps are one space: no regex call for them.
          const code = piece.length === 1 ? piece.charCodeAt(0) : -1;
          broken ||= code === 32 ? false : code >= 0 ? isBreak(code) : BREAK.test(piece);
          joined = isHyphen(code);
          // A bracket between a qualifier and the next word: "Winding Key (spoilers)" qualifies nothing.
          if (code !== 32 && held >= 0 && BRACKET.test(piece)) held = -1;
        }
        at += piece.length;
        continue;
      }
      const wordAt = at;
      at += piece.length;
      if (piece === "") continue;
      const word = shortenElongated(piece);
      if (word.length < piece.length) (shortened ??= new Map()).set(starts.length, wordAt + piece.length);
      if (dropped.has(word) && !joined) {
        if (held < 0) held = wordAt;
        continue;
      }
      if (parts.length > 0) {
        parts.push(broken ? SENTENCE_BREAK : " ");
        if (broken) {
          units.keys.push(undefined);
          units.bounds.push(-1, -1);
        }
        length++;
      }
      broken = false;
      starts.push(length);
      origins.push(wordAt);
      heads.push(held >= 0 ? held : wordAt);
      held = -1;
      parts.push(word);
      units.keys.push(word);
      units.bounds.push(length, length + word.length);
      length += word.length;
    }
  }
  const find = (index: number) => findStartAt(starts, index);
  return {
    text: parts.join(""),
    units,
    from: (index) => {
      const word = find(index);
      return index === starts[word] ? heads[word]! : origins[word]! + index - starts[word]!;
    },
    to: (index) => {
      const word = find(index);
      return shortened?.get(word) ?? origins[word]! + index - starts[word]! + 1;
    },
  };
}

function buildFullStream(text: string, dropped: ReadonlySet<string>): Stream {
  const chars: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let gap = 0; // 0: none pending; 1: a space; 2: a sentence break
  let gapAt = 0;
  let lastCjk = false;
  let token = "";
  let tokenIndex = -1; // where the current word (with the gap before it) starts in `chars`
  let held = -1; // start of dropped words waiting for the next word kept
  let joined = false; // whether the current word is hyphened to the word before it
  const endWord = () => {
    if (tokenIndex < 0) return;
    // A last letter held down counts once: "spoilerssss" → "spoilers" (shortenElongated's rule).
    const extra = countHeldDown(token);
    if (extra > 0) {
      const end = to[to.length - 1]!;
      chars.length -= extra;
      from.length -= extra;
      to.length -= extra;
      to[to.length - 1] = end;
      token = token.slice(0, -extra);
    }
    if (dropped.has(token) && !joined) {
      const start = from[chars[tokenIndex] === " " || chars[tokenIndex] === SENTENCE_BREAK ? tokenIndex + 1 : tokenIndex]!;
      if (held < 0) held = start;
      if (chars[tokenIndex] === SENTENCE_BREAK) gap = 2;
      chars.length = from.length = to.length = tokenIndex;
    } else {
      held = -1;
    }
    token = "";
    tokenIndex = -1;
  };
  const push = (char: string, start: number, end: number, cjk: boolean) => {
    const index = chars.length;
    if (gap > 0 && index > 0 && (gap === 2 || !(cjk && lastCjk))) {
      chars.push(gap === 2 ? SENTENCE_BREAK : " ");
      from.push(gapAt);
      to.push(start);
    }
    if (tokenIndex < 0 && !cjk) {
      tokenIndex = index;
      joined = start > 1 && isHyphen(text.charCodeAt(start - 1)) && isWordChar(text.charCodeAt(start - 2));
    }
    gap = 0;
    chars.push(char);
    from.push(held >= 0 && !cjk && token === "" && dropped.size > 0 ? Math.min(held, start) : start);
    to.push(end);
    lastCjk = cjk;
    if (cjk) held = -1;
  };
  for (let at = 0; at < text.length; ) {
    const code = text.charCodeAt(at);
    const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    let folded: string;
    if (code < 128) folded = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[at]!;
    else folded = foldChar(width === 1 ? text[at]! : text.slice(at, at + width), code);
    for (let k = 0; k < folded.length; k++) {
      const char = folded[k]!;
      const foldedCode = char.charCodeAt(0);
      if (foldedCode === 0x3099 || foldedCode === 0x309a) {
        // A half-width sound mark: join it to the kana before it ("ﾊﾞ" → "バ").
        const joined = chars.length > 0 && gap === 0 ? (chars[chars.length - 1]! + char).normalize("NFC") : "";
        if (joined.length === 1) chars[chars.length - 1] = joined;
        continue;
      }
      if (isWordChar(foldedCode)) {
        const cjk = isCjk(foldedCode);
        if (cjk) endWord();
        push(char, at, at + width, cjk);
        if (!cjk) token += char;
        continue;
      }
      if (foldedCode >= 0x300 && foldedCode <= 0x36f) continue;
      endWord();
      // A bracket between a qualifier and the next word: "Winding Key (spoilers)" qualifies nothing.
      if (OPENING_BRACKETS.includes(char)) held = -1;
      if (gap === 0) gapAt = at;
      if (isBreak(foldedCode)) gap = 2;
      else if (gap === 0) gap = 1;
    }
    at += width;
  }
  endWord();
  return { text: chars.join(""), from: (index) => from[index]!, to: (index) => to[index]! };
}
