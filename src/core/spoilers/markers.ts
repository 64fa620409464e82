// Finds the prose spoiler markers in one block's text: openers (with what they cover) and
// closers. Offsets are local to the block; the planner turns them into spans of the post.
import type { SpoilerMarker } from "../types";
import { HitContext, PICTOGRAPH_CLASS, type PhraseWindows } from "./hits";
import { findShortcodeTags } from "./inline";
import type { Hit, ScopeSpec } from "./matcher";
import { isCjk } from "./stream";
import { PLAIN_KINDS, findOpeners, type OpenerMatch } from "./openers";
import { countWords, hasContentBetween, maskText } from "./text";

/** How far an opener reaches when no closer follows it. */
export type Scope =
  | { kind: "end" }
  | { kind: "rest" }
  | { kind: "blocks"; count: number; self: boolean }
  | { kind: "section"; count: number; level: number };

export interface MarkerEvent {
  type: "open" | "close";
  /** The marker's own text, [start, end): removed in every mode. */
  start: number;
  end: number;
  marker: SpoilerMarker;
  trigger: string;
  scope: Scope;
}

interface Candidate extends OpenerMatch {
  marker: SpoilerMarker;
}

// Emoji go with the marker they wrap, as brackets do: "🚨spoilers🚨", "⚠️ SPOILERS ⚠️".
const EDGE_BEFORE = new RegExp(`[\\s([{*_"'\\-\\u3010\\u300A\\u300C\\u300E\\uFF08\\u203B${PICTOGRAPH_CLASS}]`);
const EDGE_AFTER = new RegExp(`[\\s)\\]}*_:.!?,;"'\\-\\u3011\\u300B\\u300D\\u300F\\uFF09\\uFF1A\\uFF01\\u3002${PICTOGRAPH_CLASS}]`);

/**
 * Marker events of one block, in order: "(Skip this paragraph to avoid Plot Spoilers)" → [open, blocks 1].
 * `windows`: the text's findPhraseWindows, if the caller has them.
 */
export function scanBlock(text: string, level: number, windows?: PhraseWindows): MarkerEvent[] {
  const context = new HitContext(text, windows);
  const tags = findDelimiterEvents(text);
  if (context.hits.length === 0 && tags.length === 0) return level > 0 && context.nonMarkers.length > 0 ? [zeroClose(text)] : [];
  if (context.has("boilerplate")) return [];
  if (level > 0) return scanHeading(context, level);
  const events = [...tags.filter((event) => event.type === "close"), ...findClosers(context)];
  const masked = maskText(maskText(text, events, " "), context.nonMarkers.map((hit) => ({ start: context.startOf(hit), end: context.endOf(hit) })), " ");
  const candidates: Candidate[] = [
    ...tags.filter((event) => event.type === "open").map((event) => ({ start: event.start, end: event.end, marker: event.marker })),
    ...findOpeners(context).map((opener) => ({ ...opener, marker: "prose-block" as const })),
  ].filter((candidate) => !events.some((event) => event.start < candidate.end && candidate.start < event.end));
  let lineOpener: { line: string; end: number } | undefined;
  for (const opener of mergeOpeners(candidates, text)) {
    const event = describeOpener(context, masked, opener);
    // Ekşi Sözlük's "--- spoiler ---" lines: the same line again, while its span is open, closes it.
    const line = isOwnLine(text, event) ? event.trigger.toLowerCase() : undefined;
    if (lineOpener && events.some((other) => other.type === "close" && other.start >= lineOpener!.end && other.start < event.start)) lineOpener = undefined;
    if (line !== undefined && line === lineOpener?.line) {
      // Its line breaks stay, so what follows keeps its own line.
      events.push({ ...event, type: "close", end: trimmedEnd(text, event.start, event.end) });
      lineOpener = undefined;
      continue;
    }
    if (!lineOpener && line !== undefined) lineOpener = { line, end: event.end };
    events.push(event);
    const close = findClosingBracket(text, event);
    if (close !== undefined) events.push(close);
  }
  return dropOverlaps(events);
}

/** Where [start, end) of a text ends once its trailing spaces and line breaks are left out. */
function trimmedEnd(text: string, start: number, end: number): number {
  return start + text.slice(start, end).trimEnd().length;
}

/** Whether a marker has its line (between line breaks or the block's edges) to itself. */
function isOwnLine(text: string, event: MarkerEvent): boolean {
  const end = trimmedEnd(text, event.start, event.end);
  const before = text.lastIndexOf("\n", event.start - 1);
  const after = text.indexOf("\n", end);
  return text.slice(before + 1, event.start).trim() === "" && text.slice(end, after < 0 ? text.length : after).trim() === "";
}

const BRACKET_PAIRS: Record<string, string> = { "(": ")", "[": "]", "\uFF08": "\uFF09" };

/**
 * "(Spoiler : Émile s'enfuit.) La musique…": a marker that opens a bracket holding its spoiler
 * ends with that bracket, and the paragraph goes on after it. The closing bracket, as a closer.
 */
function findClosingBracket(text: string, opener: MarkerEvent): MarkerEvent | undefined {
  const closing = BRACKET_PAIRS[text[opener.start] ?? ""];
  if (opener.type !== "open" || opener.scope.kind === "blocks" || opener.scope.kind === "section" || !closing) return undefined;
  // The label introduces its spoiler with a colon or a dash: "(Spoiler: …)". "(Spoilers leves) …"
  // is a bracketed label whose bracket holds only a qualifier; the spoiler follows it.
  if (!/[:\uFF1A\u2014\u2013-]\s*$/.test(text.slice(opener.start, opener.end))) return undefined;
  const opening = text[opener.start]!;
  let depth = 0;
  for (let at = opener.start; at < text.length; at++) {
    if (text[at] === opening) depth++;
    else if (text[at] === closing && --depth === 0) {
      // Closed within the marker ("(Mild Spoiler Warning): …"), or right after it ("(Spoilers)"): no bracket of content.
      if (at < opener.end || text.slice(opener.end, at).trim() === "" || text.slice(at + 1).trim() === "") return undefined;
      return { type: "close", start: at, end: at + 1, marker: opener.marker, trigger: closing, scope: { kind: "end" } };
    }
  }
  return undefined;
}

function zeroClose(text: string): MarkerEvent {
  return { type: "close", start: 0, end: 0, marker: "heading", trigger: text.trim(), scope: { kind: "end" } };
}

/** Unpaired [spoiler]/[/spoiler] shortcodes and >! / !< (paired ones were taken out before). */
function findDelimiterEvents(text: string): MarkerEvent[] {
  const events: MarkerEvent[] = [];
  for (const tag of findShortcodeTags(text)) {
    events.push({ type: tag.closing ? "close" : "open", start: tag.start, end: tag.end, marker: "bbcode", trigger: text.slice(tag.start, tag.end), scope: { kind: "end" } });
  }
  for (const [needle, type] of [[">!", "open"], ["!<", "close"]] as const) {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 2)) {
      events.push({ type, start: at, end: at + 2, marker: "reddit", trigger: needle, scope: { kind: "end" } });
    }
  }
  return events;
}

function findClosers(context: HitContext): MarkerEvent[] {
  const text = context.text;
  const events: MarkerEvent[] = [];
  const close = (from: number, to: number) => {
    const start = widenBefore(text, from);
    // The spaces and line breaks after a closer stay: what follows keeps its own line.
    const widened = widenAfter(text, reachSentenceEnd(text, to));
    const end = trimmedEnd(text, start, widened);
    events.push({ type: "close", start, end, marker: "prose-block", trigger: text.slice(start, end).trim(), scope: { kind: "end" } });
  };
  for (const hit of context.of("close")) close(context.startOf(hit), context.endOf(hit));
  // "（ここまで）" closes only as the whole line: "ここまで読んでくれてありがとう" is a sign-off.
  for (const hit of context.of("closeLine")) if (isWholeText(context, hit)) close(context.startOf(hit), context.endOf(hit));
  // "/spoilers", as forum writers close a span: one slash, against the word ("/// spoilers ///" is
  // a banner that opens one).
  for (const hit of context.of("label")) {
    const at = context.startOf(hit);
    if (text[at - 1] === "/" && text[at - 2] !== "/") close(at - 1, context.endOf(hit));
  }
  return events;
}

/** Whether a hit is all its block says: "（ここまで）" alone on its line. */
function isWholeText(context: HitContext, hit: { start: number; end: number }): boolean {
  return hit.start === 0 && context.endsText(hit);
}

// A heading that is one quotation names something said, not this post's spoilers: « Attention spoiler ».
const QUOTED_HEADING = /^\s*(?:"[^"]*"|\u201C[^\u201D]*\u201D|\u201E[^\u201C\u201D]*[\u201C\u201D]|\u00AB[^\u00BB]*\u00BB|\u300C[^\u300D]*\u300D|\u300E[^\u300F]*\u300F)\s*$/;

function scanHeading(context: HitContext, level: number): MarkerEvent[] {
  const text = context.text;
  if (QUOTED_HEADING.test(text)) return [];
  const whole = { start: 0, end: text.length, trigger: text.trim() };
  if (context.has("close")) return [{ type: "close", ...whole, marker: "heading", scope: { kind: "end" } }];
  const names = context.of("open", "warn", "scoped", "label", "tag").some((hit) => !context.isQuotedTopic(hit))
    || (context.has("reveal") && context.has("direction"));
  if (names) return [{ type: "open", ...whole, marker: "heading", scope: { kind: "section", count: 1, level } }];
  // "No spoilers below" / "The spoiler-free verdict": keep the heading, but end any span before it.
  return context.nonMarkers.length > 0 ? [zeroClose(text)] : [];
}

function mergeOpeners(found: Candidate[], text: string): Candidate[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Candidate[] = [];
  for (const match of found) {
    const last = merged.at(-1);
    // Touching, or apart by punctuation only: "…hablar del final, con spoilers." is one warning.
    if (last && (match.start < last.end || (match.start > last.end && !hasContentBetween(text, last.end, match.start)))) {
      // "Warning: spoilers ahead" matches twice; keep one opener, scoped if either is.
      if (match.scope && !last.scope) last.scope = match.scope;
      if (match.marker !== "prose-block") last.marker = match.marker;
      last.names = Boolean(last.names && match.names);
      last.onward = Boolean(last.onward || match.onward);
      last.end = Math.max(last.end, match.end);
    } else {
      merged.push({ ...match });
    }
  }
  return merged;
}

function describeOpener(context: HitContext, masked: string, opener: Candidate): MarkerEvent {
  const text = context.text;
  const end = widenAfter(text, opener.scope ? reachSentenceEnd(text, opener.end) : passKanaTail(text, opener.end));
  const after = hasContentBetween(masked, end, masked.length);
  // Ending its paragraph, the marker owns its sentence ("We're now entering spoiler territory."),
  // but a clause of the author's own before it stays: "I loved the film, | but spoilers ahead."
  const start = after ? widenBefore(text, opener.start) : keepOwnClause(context, reachSentenceStart(text, widenBefore(text, opener.start)), opener.start);
  const trigger = text.slice(start, end).trim();
  const before = hasContentBetween(masked, 0, start);
  if (opener.scope) return { type: "open", start, end, marker: "prose-scoped", trigger, scope: readScope(opener.scope, after) };
  if (before && after && opener.marker === "prose-block") {
    // "(mild spoiler warning): …" hides the rest of its paragraph; "… From here on, spoilers. …" runs on.
    return { type: "open", start, end, marker: "inline-warning", trigger, scope: { kind: opener.onward ? "end" : "rest" } };
  }
  // "Spoiler: the butler did it." names the text of its own block; "Spoilers:" alone opens a span.
  if (after && !before && opener.names) return { type: "open", start, end, marker: opener.marker, trigger, scope: { kind: "blocks", count: 1, self: true } };
  return { type: "open", start, end, marker: opener.marker, trigger, scope: { kind: after && before ? "rest" : "end" } };
}

const LAST_CLAUSE_BREAK = /[,;\u2013\u2014\u3001\uFF0C][^,;\u2013\u2014\u3001\uFF0C]*$/;
const MIN_OWN_CLAUSE_WORDS = 3;
const MIN_OWN_CLAUSE_CJK = 6;

/**
 * Where a marker ending its paragraph starts: its sentence's start, or past the clause before
 * its own when that clause has words of its own and no marker, direction or reason of the
 * lexicons ("If you haven't seen it, …" is part of the warning; "Okay, …" is too short to stand).
 */
function keepOwnClause(context: HitContext, sentenceStart: number, markerStart: number): number {
  const clause = context.text.slice(sentenceStart, markerStart).search(LAST_CLAUSE_BREAK);
  if (clause < 0) return sentenceStart;
  const breakAt = sentenceStart + clause;
  const own = context.text.slice(sentenceStart, breakAt);
  if (countWords(own) < MIN_OWN_CLAUSE_WORDS && countCjk(own) < MIN_OWN_CLAUSE_CJK) return sentenceStart;
  const inClause = (hit: Hit) => !PLAIN_KINDS.has(hit.kind) && context.startOf(hit) >= sentenceStart && context.startOf(hit) < breakAt;
  return context.hits.some(inClause) ? sentenceStart : widenAfterSpace(context.text, breakAt + 1);
}

function countCjk(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isCjk(text.charCodeAt(i))) count++;
  return count;
}

function readScope(scope: ScopeSpec, carriesContent: boolean): Scope {
  if (scope.unit === "s") return { kind: "section", count: scope.next ? scope.count : 1, level: 6 };
  // "Spoiler (highlight to read): …" names the hidden text on its own line; alone on a line, it
  // is an opener like any other, as the text to highlight may run on for paragraphs.
  if (scope.unit === "l") return carriesContent ? { kind: "blocks", count: 1, self: true } : { kind: "end" };
  return { kind: "blocks", count: scope.count, self: !scope.next && carriesContent };
}

/** Moves a marker's start back over the brackets and emphasis that open it: "(Mild" ← "Mild". */
function widenBefore(text: string, index: number): number {
  let start = index;
  while (start > 0 && EDGE_BEFORE.test(text[start - 1]!)) start--;
  while (start < index && /\s/.test(text[start]!)) start++;
  return start;
}

const KANA_TAIL_LIMIT = 12;

/**
 * Moves a marker's end over the hiragana that inflect its last word, when they end the sentence:
 * "結末まで書い|ています。" → "結末まで書いています|。". Japanese endings are never part of a phrase.
 */
function passKanaTail(text: string, index: number): number {
  let end = index;
  while (end < text.length && end - index < KANA_TAIL_LIMIT && isHiragana(text.charCodeAt(end))) end++;
  return end === index || end === text.length || CLAUSE_END.test(text[end]!) || EDGE_AFTER.test(text[end]!) ? end : index;
}

function isHiragana(code: number): boolean {
  return code >= 0x3041 && code <= 0x309f;
}

/** Moves a marker's end over the brackets, colons and spaces that close it: "Warning" → "Warning): ". */
function widenAfter(text: string, index: number): number {
  let end = index;
  while (end < text.length && EDGE_AFTER.test(text[end]!)) end++;
  return end;
}

// The last sentence end of a text. Searched natively, as the next two: a regex test per character
// costs a cold isolate more than the search.
const LAST_SENTENCE_END = /[.!?\n\u3002\uFF01\uFF1F][^.!?\n\u3002\uFF01\uFF1F]*$/;
// An arrow points at what the clause announces: "ネタバレは反転してください→…".
const CLAUSE_END = /[.!?:)\]\n\u3002\uFF01\uFF1F\uFF09\u3011\uFF1A\u2192\u21D2\u27A1\u2193\u25B6\u25BC]/;

/** The start of the sentence holding `index`, if it starts soon before: "Fine. |We enter spoiler…". */
function reachSentenceStart(text: string, index: number): number {
  const limit = Math.max(0, index - 200);
  const end = text.slice(limit, index).search(LAST_SENTENCE_END);
  if (end >= 0) return widenAfterSpace(text, limit + end + 1);
  return limit === 0 ? widenAfterSpace(text, 0) : index;
}

function widenAfterSpace(text: string, index: number): number {
  let at = index;
  while (at < text.length && /\s/.test(text[at]!)) at++;
  return at;
}

/** The end of the marker's sentence, if it ends soon: "(Skip this paragraph to avoid Plot Spoil|ers)". */
function reachSentenceEnd(text: string, index: number): number {
  const limit = Math.min(text.length, index + 120);
  const end = text.slice(index, limit).search(CLAUSE_END);
  if (end >= 0) return index + end;
  return limit === text.length ? limit : index;
}

function dropOverlaps(events: MarkerEvent[]): MarkerEvent[] {
  events.sort((a, b) => a.start - b.start);
  const kept: MarkerEvent[] = [];
  for (const event of events) {
    const last = kept.at(-1);
    if (!last || event.start >= last.end || event.end === event.start) kept.push(event);
  }
  return kept;
}
