// A block's lexicon hits with what the rules ask of them: masking by non-markers, sentence
// position, punctuation around them in the original text.
import { findHits, findMarkerSentences, isQualifier, streamOf, type Hit, type HitKind } from "./matcher";
import { SENTENCE_BREAK, isCjk, isPlain, type Stream } from "./stream";

const EMPTY: Stream = { text: "", from: () => 0, to: () => 0 };

const ASIDE_BEFORE_COLON = /^\s*[(\uFF08][^()\uFF08\uFF09[\]]+[)\uFF09]\s*[:\uFF1A]/;
const YEAR_ASIDE = /[(\uFF08]\s*\d\d\d\d\s*[)\uFF09]/;
const LATIN_WORD = /^\s*([A-Za-z\u00C0-\u024F]+)/;
const COMBINING_MARKS = /[\u0300-\u036F]/g;

const OPEN_QUOTES = new Set(['"', "'", "\u300C", "\u300E", "\u201C", "\u00AB"]);
const CLOSE_QUOTES = new Set(['"', "'", "\u300D", "\u300F", "\u201D", "\u00BB"]);
const OPEN_BRACKETS = new Set(["(", "[", "{", "\u3010", "\uFF08", "\uFF3B", "\u3014", "<", "\u300A"]);
const CLOSE_BRACKETS = new Set([")", "]", "}", "\u3011", "\uFF09", "\uFF3D", "\u3015", ">", "\u300B"]);
const HALF_BRACKETS = new Set([")", "\uFF09"]);
const SET_OFF_BEFORE = new Set([...OPEN_BRACKETS, ":", "-", "*", "_", ",", "\u2014", "\u2013", "\u203B", "\u25A0", "\u25C6", "\u2605", "\u2606", "\uFF1A"]);
const SET_OFF_AFTER = new Set([...CLOSE_BRACKETS, ":", "!", "-", "*", "_", "\u2014", "\u2013", "\uFF1A", "\uFF01"]);

/** Sentences of a text to scan: none when it is plain and holds no anchor word (most blocks), undefined for all of it. */
export type PhraseWindows = Array<[number, number]> | undefined;

/**
 * The sentences of a plain text that hold an anchor word, found by one native regex; undefined
 * when the text is not plain, so the whole of it is scanned.
 */
export function findPhraseWindows(text: string): PhraseWindows {
  return isPlain(text) ? findMarkerSentences(text.toLowerCase()) : undefined;
}

/** The markers a sentence may promise for elsewhere: "다음 주 팟캐스트에서 스포일러 포함으로…". */
const PROMISABLE: ReadonlySet<HitKind> = new Set<HitKind>(["label", "tag", "open", "warn"]);

/** A block's text, its folded stream and every unmasked hit. */
export class HitContext {
  readonly stream: Stream;
  readonly hits: Hit[];
  readonly nonMarkers: Hit[];

  /** `windows`: findPhraseWindows of the text, when the caller has it already. */
  constructor(readonly text: string, windows: PhraseWindows = findPhraseWindows(text)) {
    // Most sentences hold no marker word: only those that do are folded.
    this.stream = windows?.length === 0 ? EMPTY : streamOf(text, windows);
    const all = this.stream === EMPTY ? [] : findHits(this.stream);
    this.nonMarkers = all.filter((hit) => hit.kind === "not");
    const elsewhere = all.filter((hit) => hit.kind === "elsewhere");
    this.hits = all.filter((hit) => hit.kind !== "not" && !this.#isMasked(hit) && !this.#crossesBracket(hit)
      && !(elsewhere.length > 0 && PROMISABLE.has(hit.kind) && this.#isPromisedElsewhere(hit, elsewhere)));
  }

  // "Next week on the podcast, with spoilers": the sentence promises them somewhere else.
  #isPromisedElsewhere(hit: Hit, elsewhere: Hit[]): boolean {
    const sentence = this.sentenceOf(hit.start);
    return elsewhere.some((other) => other.start >= sentence.start && other.end <= sentence.end);
  }

  // A non-marker masks what it overlaps, except a closer that holds it ("back to the spoiler-free
  // part") and the reasons a scoped warning gives ("to avoid spoilers").
  #isMasked(hit: Hit): boolean {
    if (hit.kind === "reason") return false;
    return this.nonMarkers.some((not) => not.start < hit.end && hit.start < not.end
      && !(hit.kind === "close" && not.start >= hit.start && not.end <= hit.end));
  }

  // A phrase never runs into a bracket: "Das Ende (Spoiler)" is a heading naming spoilers, not
  // the closer "Ende Spoiler"; "critique (avec spoilers)" is tagged by what the brackets hold.
  #crossesBracket(hit: Hit): boolean {
    const inside = this.text.slice(this.stream.from(hit.start), this.stream.to(hit.end - 1));
    return inside.includes("(") || inside.includes("[") || inside.includes("\uFF08");
  }

  of(...kinds: HitKind[]): Hit[] {
    return this.hits.filter((hit) => kinds.includes(hit.kind));
  }

  has(kind: HitKind): boolean {
    return this.hits.some((hit) => hit.kind === kind) || (kind === "not" && this.nonMarkers.length > 0);
  }

  /** Original offsets of a hit: [start, end). */
  startOf(hit: { start: number }): number {
    return this.stream.from(hit.start);
  }

  endOf(hit: { end: number }): number {
    return this.stream.to(hit.end - 1);
  }

  /** The stream sentence holding a position: [start, end). */
  sentenceOf(at: number): { start: number; end: number } {
    const text = this.stream.text;
    const start = text.lastIndexOf(SENTENCE_BREAK, at - 1) + 1;
    const end = text.indexOf(SENTENCE_BREAK, at);
    return { start, end: end < 0 ? text.length : end };
  }

  /** Whether a hit opens its sentence. */
  atSentenceStart(hit: Hit): boolean {
    return this.sentenceOf(hit.start).start === hit.start;
  }

  atSentenceEnd(hit: Hit): boolean {
    return this.sentenceOf(hit.start).end === hit.end;
  }

  isCjk(hit: Hit): boolean {
    return isCjk(this.stream.text.charCodeAt(hit.start));
  }

  /** Where the block's words end in the stream: before the sentence break it may end with. */
  get textEnd(): number {
    const stream = this.stream.text;
    return stream.endsWith(SENTENCE_BREAK) ? stream.length - 1 : stream.length;
  }

  /** Whether a hit is the last thing in its block. */
  endsText(hit: { end: number }): boolean {
    return hit.end === this.stream.text.length || hit.end === this.textEnd;
  }

  /** The first character before a hit that is not a space; "" at the block's start. */
  charBefore(hit: Hit): string {
    let at = this.startOf(hit) - 1;
    while (at >= 0 && isSpace(this.text[at]!)) at--;
    return at >= 0 ? this.text[at]! : "";
  }

  charAfter(hit: Hit): string {
    let at = this.#pastQualifiers(this.endOf(hit));
    while (at < this.text.length && isSpace(this.text[at]!)) at++;
    return at < this.text.length ? this.text[at]! : "";
  }

  /**
   * Opening its block and closed by a bracket never opened, as Korean and Japanese community posts
   * label a line or a title: "스포) 결말은…", "약스포) 리뷰".
   */
  leadsHalfBracket(hit: Hit): boolean {
    return this.charBefore(hit) === "" && HALF_BRACKETS.has(this.charAfter(hit));
  }

  /** Between brackets, or between emoji as writers wrap a label mid-sentence: "(spoilers)", "🚨spoilers🚨". */
  isBracketed(hit: Hit): boolean {
    const pictograph = isPictograph(this.charBefore(hit));
    if (!pictograph && !OPEN_BRACKETS.has(this.charBefore(hit))) return false;
    // "(spoilers!)": an exclamation mark may stand before the closing bracket.
    let at = this.#pastQualifiers(this.endOf(hit));
    while (at < this.text.length && (isSpace(this.text[at]!) || this.text[at] === "!" || this.text[at] === "\uFF01")) at++;
    return at < this.text.length && (pictograph ? isPictograph(this.text[at]) : CLOSE_BRACKETS.has(this.text[at]!));
  }

  // Qualifiers behind a phrase are part of it: "Spoilers leves:", "Spoilers légers :".
  // So is an aside before a colon: "Spoiler (highlight to read):", "Spoiler (zum Lesen markieren):".
  #pastQualifiers(at: number): number {
    // A short bracketed aside (not a year) right before a colon; the slice bounds its length.
    const aside = ASIDE_BEFORE_COLON.exec(this.text.slice(at, at + 48));
    if (aside && !YEAR_ASIDE.test(aside[0])) return at + aside[0].length - 1;
    for (;;) {
      // Qualifiers exist only in the Latin-script lexicons, so a Latin word is all to look at.
      const word = LATIN_WORD.exec(this.text.slice(at, at + 40));
      if (!word || !isQualifier(word[1]!.normalize("NFD").replace(COMBINING_MARKS, "").toLowerCase())) return at;
      at += word[0].length;
    }
  }

  /** Set apart by punctuation: "(Mild spoiler warning):", "— spoiler alert —", "Spoiler alert!". */
  isSetOff(hit: Hit): boolean {
    const before = this.charBefore(hit);
    return before === "" || SET_OFF_BEFORE.has(before) || SET_OFF_AFTER.has(this.charAfter(hit)) || (isPictograph(before) && this.isBracketed(hit));
  }

  /** In quotation marks, with other words around: a phrase talked about, not a marker. */
  isQuotedTopic(hit: Hit): boolean {
    const start = this.startOf(hit);
    const end = this.endOf(hit);
    const quote = findQuote(this.text, start, end);
    return quote !== undefined && (hasWord(this.text, 0, quote[0]) || hasWord(this.text, quote[1], this.text.length));
  }
}

/**
 * The quotation holding [start, end), as [open, close + 1): straight quotes by parity (the text
 * is folded, so curly quotes and guillemets are straight too), CJK brackets by nesting.
 */
function findQuote(text: string, start: number, end: number): [number, number] | undefined {
  let open = -1;
  for (let i = start - 1; i >= 0 && i >= start - 120; i--) {
    const char = text[i]!;
    if (char === "\u300D" || char === "\u300F") break;
    if (char === "\u300C" || char === "\u300E") {
      open = i;
      break;
    }
  }
  if (open >= 0) {
    const close = text.slice(end, end + 120).search(/[\u300D\u300F]/);
    return close < 0 ? undefined : [open, end + close + 1];
  }
  let before = 0;
  let last = -1;
  for (let at = text.indexOf('"'); at >= 0 && at < start; at = text.indexOf('"', at + 1)) {
    before++;
    last = at;
  }
  const close = text.indexOf('"', end);
  return before % 2 === 1 && close >= 0 ? [last, close + 1] : undefined;
}

/**
 * Emoji and pictographs, by code unit, as a regex class: either half of an astral emoji ("🚨"),
 * the variation selector and joiner that follow many ("⚠️"), arrows and the symbol and dingbat
 * blocks. markers.ts lets a marker's edges run over them too.
 */
export const PICTOGRAPH_CLASS = "\\u2190-\\u21FF\\u2300-\\u23FF\\u25A0-\\u27BF\\u2B00-\\u2BFF\\uFE0F\\u200D\\uD800-\\uDFFF";
const PICTOGRAPH = new RegExp(`[${PICTOGRAPH_CLASS}]`);

export function isPictograph(char: string | undefined): boolean {
  return char !== undefined && char !== "" && PICTOGRAPH.test(char[0]!);
}

function isSpace(char: string): boolean {
  return char === " " || char === "\t" || char === "\n" || char === "\u00A0" || char === "\u202F" || char === "\u2009" || char === "\u3000";
}

function hasWord(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) || (code >= 0xc0 && !(code >= 0x2000 && code <= 0x2bff) && !(code >= 0x3000 && code <= 0x303f) && code !== 0xfffc)) return true;
  }
  return false;
}
