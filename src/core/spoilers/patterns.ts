// The words authors use to mark spoilers. Matched on folded block text (see foldText), never on
// HTML. Every pattern is anchored on a literal word and uses only bounded repeats, so a match
// attempt costs a constant amount of work per position: the scan stays linear in post size.

import { foldText } from "./text";

const GAP = "\\s{1,3}";
const QUALIFIER =
  "(?:(?:mild|minor|small|slight|light|major|massive|huge|big|heavy|serious|full|plot|story|possible|potential|some|vague|general|ending)[\\s-]{1,2}){0,2}";
/** "spoilers", "plot spoilers", "mild spoiler", "major plot spoilers", "spoilery". */
const SPOILER = `\\b${QUALIFIER}spoil(?:ers?|ery|er-y)\\b`;
/** What a spoiler label may name: "spoiler bits ahead", "spoilery stuff below". */
const STUFF = `(?:${GAP}(?:bits|stuff|details|talk|discussion|section|content|territory|zone))?`;
const NUMBER = "(?:\\d{1,2}|one|two|three|four|five|six|few|couple(?:\\s{1,3}of)?)";
const UNIT = "(paragraphs?|sections?|parts?|bits?|passages?|portion|chapters?)";
const WHICH = `(this|the${GAP}next|the${GAP}following|next|these|the)`;

/** Phrases that close a spoiler span: "(End of Spoilers)", "spoilers end here", "back to the spoiler-free part". */
export const CLOSERS: RegExp[] = [
  new RegExp(`\\bend${GAP}(?:of${GAP})?(?:the${GAP})?${QUALIFIER}spoilers?\\b`, "gi"),
  new RegExp(`\\bspoilers?${GAP}(?:end(?:s|ed)?(?!${GAP}up)|over|done|finished|complete)\\b`, "gi"),
  new RegExp(`\\b(?:back|return(?:ing)?|resum(?:e|ing))${GAP}to${GAP}(?:the${GAP}|our${GAP})?(?:non-?${GAP}?spoiler|spoiler-?\\s?(?:free|less))`, "gi"),
  new RegExp(`\\bno${GAP}more${GAP}spoilers\\b`, "gi"),
  new RegExp(`\\b(?:spoiler-?\\s?free|safe)${GAP}(?:from${GAP}here|again|from${GAP}now|to${GAP}(?:read|continue|resume))\\b`, "gi"),
  /\[\/spoilers?\]/gi,
  /(?:^|\s)\/spoilers?\b/gi,
  /!</g,
];

/** Phrases that mention spoilers without marking one: "spoiler-free", "I won't spoil anything", "spoiler culture". */
export const NOT_MARKERS: RegExp[] = [
  /\bspoiler-?\s?(?:free|less)\b/gi,
  /\bnon-?\s?spoiler(?:s|y)?\b/gi,
  new RegExp(`\\b(?:no|zero|without(?:${GAP}any)?|free${GAP}of|minimal|avoid(?:ing)?${GAP}all)${GAP}${QUALIFIER}spoilers?\\b`, "gi"),
  new RegExp(
    `\\b(?:won't|wont|will${GAP}not|not${GAP}(?:going${GAP}to|gonna)|don't|do${GAP}not|never|can't|cannot|wouldn't|shan't|try${GAP}not${GAP}to|careful${GAP}not${GAP}to)${GAP}(?:want${GAP}to${GAP})?spoil\\w*`,
    "gi",
  ),
  /\bspoilers?\s{1,3}(?:culture|policy|etiquette|discourse|police|-?phobi\w*)\b/gi,
  // The film "Spoiler Alert (2022)": a title followed by its year.
  /\bspoiler\s{1,3}alert\s{0,2}\((?:19|20)\d\d\)/gi,
];

export interface OpenerPattern {
  regex: RegExp;
  /** Scoped openers name what they cover ("skip this paragraph"); others run to a closer or the end. */
  scoped: boolean;
  marker: "prose-block" | "bbcode" | "reddit";
}

/** Phrases that open a spoiler span. Capture groups of scoped ones: which, count, unit. */
export const OPENERS: OpenerPattern[] = [
  {
    regex: new RegExp(`\\bskip(?:${GAP}over)?${GAP}${WHICH}${GAP}(?:(${NUMBER})${GAP})?${UNIT}\\b[^.!?\\n]{0,80}?(?:spoil|haven't${GAP}seen|not${GAP}seen|want|without|blind|fresh|unspoiled)`, "gi"),
    scoped: true,
    marker: "prose-block",
  },
  {
    regex: new RegExp(`${SPOILER}[^.!?\\n]{0,60}?\\b(?:in|for|through(?:out)?|within)${GAP}${WHICH}${GAP}(?:(${NUMBER})${GAP})?${UNIT}\\b`, "gi"),
    scoped: true,
    marker: "prose-block",
  },
  {
    regex: new RegExp(`\\b${WHICH}${GAP}(?:(${NUMBER})${GAP})?${UNIT}${GAP}(?:contains?|has|have|includes?|discuss(?:es)?|gets?${GAP}into|is|are)${GAP}(?:full${GAP}of${GAP}|a${GAP}|some${GAP})?${QUALIFIER}spoil`, "gi"),
    scoped: true,
    marker: "prose-block",
  },
  {
    regex: new RegExp(`${SPOILER}${STUFF}\\s{0,3}[-:]?\\s{0,3}(?:ahead|below|follow(?:s|ing)?|from${GAP}here(?:${GAP}on)?|incoming|begin|start|coming(?:${GAP}up)?|warning|alert|inside|within|abound|territory|zone)\\b`, "gi"),
    scoped: false,
    marker: "prose-block",
  },
  {
    regex: new RegExp(`\\b(?:warning|caution|beware|heads${GAP}up|here${GAP}(?:be|are|come))\\s{0,3}[-:!]?\\s{0,3}(?:of${GAP}|for${GAP})?${SPOILER}`, "gi"),
    scoped: false,
    marker: "prose-block",
  },
  {
    regex: new RegExp(`\\b(?:this|the${GAP}rest${GAP}of${GAP}(?:this|the)|the${GAP}following)${GAP}(?:review|post|section|piece|part|article|essay|discussion|bit)${GAP}(?:contains?|has|includes?|discusses|(?:will|may|might|does)${GAP}(?:contain|include|discuss|have)|is${GAP}full${GAP}of)${GAP}${SPOILER}`, "gi"),
    scoped: false,
    marker: "prose-block",
  },
  { regex: new RegExp(`\\bspoilers?${GAP}(?:for|about|on|regarding)${GAP}[^.!?\\n]{1,60}?${GAP}(?:ahead|below|follow)\\b`, "gi"), scoped: false, marker: "prose-block" },
  { regex: new RegExp(`[(\\[]\\s{0,2}(?:contains?${GAP}|some${GAP})?${SPOILER}\\s{0,2}[)\\]]`, "gi"), scoped: false, marker: "prose-block" },
  {
    regex: new RegExp(`\\b(?:the${GAP}following|what${GAP}follows|everything${GAP}below|below${GAP}this)${GAP}(?:contains?|has|includes?|is)${GAP}${SPOILER}`, "gi"),
    scoped: false,
    marker: "prose-block",
  },
  {
    regex: new RegExp(`\\b(?:time${GAP}for|now${GAP}for|on${GAP}to|onto|let's${GAP}(?:talk|get${GAP}into|dive${GAP}into)|getting${GAP}into)${GAP}(?:the${GAP}|some${GAP})?${SPOILER}`, "gi"),
    scoped: false,
    marker: "prose-block",
  },
  { regex: new RegExp(`(?:^|[.!?(\\[*_"'\\-])\\s{0,3}${SPOILER}\\s{0,2}:`, "gi"), scoped: false, marker: "prose-block" },
  { regex: /\[spoilers?(?:=[^\]\n]{0,100}|\s{1,3}[a-z-]{1,20}\s{0,2}=[^\]\n]{0,100})?\]/gi, scoped: false, marker: "bbcode" },
  { regex: />!/g, scoped: false, marker: "reddit" },
];

const NOT_WORD = "[^\\p{L}\\p{N}]";
const LEAD_IN = `(?:(?:warning|caution|beware|heads${GAP}up|note|obviously|total|contains?|with)${NOT_WORD}{1,5})?`;
const TAIL = `(?:${NOT_WORD}{1,5}(?:obviously|of${GAP}course|galore|ahoy|included|throughout|everywhere|inside|section|discussion|talk|zone|territory))?`;

/**
 * Blocks that are nothing but a spoiler label: "(Spoilers)", "**MAJOR SPOILERS**", "Spoilers,
 * obviously", or "SPOILERS FOR THE WHOLE FILM" (a short line with no verb, so "Spoilers for it
 * are everywhere" is talk, not a label).
 */
export const MARKER_LINES: RegExp[] = [
  new RegExp(`^${NOT_WORD}*${LEAD_IN}${QUALIFIER}spoil(?:ers?|ery|er-y)${TAIL}${NOT_WORD}*$`, "iu"),
  new RegExp(`^${NOT_WORD}*${QUALIFIER}spoilers?${GAP}(?:for|about|regarding)${GAP}(?![^.!?\\n]{0,60}\\b(?:are|is|was|were|have|has|had|get|got|ruin\\w*)\\b)[^.!?\\n]{1,60}$`, "iu"),
];

/** A heading or summary naming spoilers, once the phrases in NOT_MARKERS are masked. */
const NAMES_SPOILERS = /\bspoil(?:ers?|ery|er-y|y)\b/i;

/** Letterboxd's body line for a review flagged as containing spoilers. */
export const WHOLE_REVIEW_LINE = /^[^\p{L}]*this\s{1,3}(?:review|post|entry)\s{1,3}(?:may\s{1,3})?contains?\s{1,3}spoilers[^\p{L}]*$/iu;

/** Replaces every NOT_MARKERS phrase with spaces (same length): "no spoilers here" → "            here". */
export function maskNonMarkers(text: string): string {
  let masked = text;
  for (const regex of NOT_MARKERS) masked = masked.replace(regex, (found) => " ".repeat(found.length));
  return masked;
}

/** Whether a label names spoilers: "Ending (spoilers)" → true, "No spoilers below" → false. */
export function namesSpoilers(label: string): boolean {
  return NAMES_SPOILERS.test(maskNonMarkers(foldText(label)));
}
