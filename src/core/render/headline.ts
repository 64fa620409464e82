// Subject line and preheader: what a subscriber sees in the inbox list before opening.
import { Parser } from "htmlparser2";
import type { SpoilerFreeReview } from "../types";

const SUBJECT_TITLES = 3;
const SUBJECT_MAX = 140;
const PREHEADER_MAX = 140;

/** ["A"] → "A"; ["A", "B"] → "A and B"; ["A", "B", "C"] → "A, B and C" */
function joinTitles(titles: string[]): string {
  if (titles.length <= 1) return titles.join("");
  return `${titles.slice(0, -1).join(", ")} and ${titles[titles.length - 1]}`;
}

/**
 * One review: its title. Several: "3 new reviews: A, B and C"; past three titles (or a long
 * line) the rest are counted: "5 new reviews: A, B and 3 more".
 */
export function writeSubject(reviews: SpoilerFreeReview[]): string {
  const titles = reviews.map((review) => review.title);
  if (titles.length === 1) return titles[0] ?? "";
  const prefix = `${titles.length} new reviews: `;
  const full = prefix + joinTitles(titles);
  if (titles.length <= SUBJECT_TITLES && full.length <= SUBJECT_MAX) return full;
  for (let shown = Math.min(SUBJECT_TITLES - 1, titles.length - 1); shown >= 1; shown--) {
    const line = `${prefix}${titles.slice(0, shown).join(", ")} and ${titles.length - shown} more`;
    if (line.length <= SUBJECT_MAX || shown === 1) return line;
  }
  return full;
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

// Elements whose text never opens a review in the inbox: headings, captions, code, tables.
const SKIPPED = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "pre", "table", "caption", "script", "style"]);
// Elements that end a run of text: a sentence never runs across them.
const BLOCKS = new Set(["p", "div", "li", "ul", "ol", "blockquote", "figure", "dl", "dt", "dd", "hr"]);
/** Stands in for a spoiler notice, so a sentence that held one is never chosen. */
const NOTICE = "\u0000";
// A sentence ends at . ! ? or … (closing quotes kept) before a space and a capital, digit or
// quote. Found with plain regexes and a case test: Unicode property classes (\p{Lu}) cost a cold
// isolate ~0.4 ms to compile.
const SENTENCE_END = /[.!?…]+["'”’»)\]]*/g;
const SPACES = /\s+/y;
const OPENS_SENTENCE = "\"'“‘«([";

function isUpper(char: string): boolean {
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

function isLower(char: string): boolean {
  return char !== char.toUpperCase() && char === char.toLowerCase();
}

function isDigit(char: string): boolean {
  return char >= "0" && char <= "9";
}

/** Whether text holds a letter of any script: a character with case, or a word character without (CJK). */
function hasLetter(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (isUpper(char) || isLower(char)) return true;
    if (code >= 0x3040 && code <= 0x9fff) return true;
    if (code >= 0xac00 && code <= 0xd7af) return true;
    if (code >= 0x0590 && code <= 0x0eff && !/[\u060c\u061b\u061f\u066a-\u066d\u06d4\u0964\u0965]/.test(char)) return true;
  }
  return false;
}

/** Where the first sentence of `text` ends (after its closing punctuation), or the whole text. */
function sentenceEnd(text: string): number {
  SENTENCE_END.lastIndex = 1;
  for (let found = SENTENCE_END.exec(text); found; found = SENTENCE_END.exec(text)) {
    const end = found.index + found[0].length;
    if (end === text.length) return end;
    SPACES.lastIndex = end;
    if (!SPACES.test(text)) continue;
    const next = text[SPACES.lastIndex];
    if (next !== undefined && (OPENS_SENTENCE.includes(next) || isUpper(next) || isDigit(next))) return end;
  }
  return text.length;
}

/** The next sentence of `text`; one under three words ("Mr.", "Wow.") takes the next one along. */
function takeSentence(text: string): string {
  let sentence = "";
  while (sentence.length < text.length && sentence.split(" ").length < 3) {
    const rest = text.slice(sentence.length).trimStart();
    sentence = `${sentence} ${rest.slice(0, sentenceEnd(rest))}`.trim();
  }
  return sentence;
}

/**
 * The first whole sentence of a run of text that a notice did not cut: "A b. C \0 d e. F g h." → "A b."
 * A notice ends the sentence it sits in; what follows it in lower case is that sentence's tail.
 */
function firstSentence(run: string): string | undefined {
  const pieces = run.replace(/\s+/g, " ").split(NOTICE);
  for (const [index, piece] of pieces.entries()) {
    let rest = piece.trim();
    if (index > 0 && rest !== "" && isLower(rest[0]!)) rest = rest.slice(takeSentence(rest).length).trim();
    while (rest) {
      const sentence = takeSentence(rest);
      rest = rest.slice(sentence.length).trim();
      // The last sentence before a notice is cut short by it.
      if (index < pieces.length - 1 && !rest) break;
      if (hasLetter(sentence)) return sentence;
    }
  }
  return undefined;
}

/**
 * The first spoiler-free sentence of a review body: notices, headings and captions skipped,
 * <br> lines joined with a space. A streaming pass that stops there.
 */
function readFirstSentence(html: string): string | undefined {
  let skipping = 0;
  let run = "";
  let found: string | undefined;
  const endRun = () => {
    if (!found && run.trim()) found = firstSentence(run);
    run = "";
    if (found) parser.pause();
  };
  const parser = new Parser({
    onopentag(name, attributes) {
      if (skipping > 0 || SKIPPED.has(name) || attributes["data-notice"] !== undefined) {
        if (skipping === 0 && attributes["data-notice"] !== undefined) run += NOTICE;
        skipping++;
      } else if (name === "br") run += " ";
      else if (BLOCKS.has(name)) endRun();
    },
    ontext(chunk) {
      if (skipping === 0 && !found) run += chunk;
    },
    // htmlparser2 closes every element it opened (void and implied ones too), so this balances.
    onclosetag(name) {
      if (skipping > 0) skipping--;
      else if (BLOCKS.has(name)) endRun();
    },
  });
  parser.end(html);
  endRun();
  return found;
}

/** A title for a post that has none: its first spoiler-free sentence, cut near `max` characters. */
export function titleFromBody(html: string, max: number): string | undefined {
  // A title ends without the sentence's full stop ("Just saw Sinners twice"); ! and ? stay.
  const sentence = readFirstSentence(html)?.trim().replace(/(?<!\.)\.$/, "");
  return sentence ? shorten(sentence, max) : undefined;
}

/** The first spoiler-free sentence of the first review that has a body, about 140 characters. */
export function writePreheader(reviews: SpoilerFreeReview[]): string {
  const shown = reviews.find((review) => !review.withheld);
  if (!shown) return "A new review, marked as containing spoilers.";
  const sentence = readFirstSentence(shown.html) ?? shown.title;
  // A title made from that very sentence (an untitled post) is not said twice.
  return shorten(reviews.length > 1 && !shown.untitled ? `${shown.title}: ${sentence}` : sentence, PREHEADER_MAX);
}
