// Finds the prose spoiler markers in one block's text: openers (with what they cover) and
// closers. Offsets are local to the block; the planner turns them into spans of the post.
import type { SpoilerMarker } from "../types";
import { CLOSERS, MARKER_LINES, OPENERS, maskNonMarkers, namesSpoilers } from "./patterns";
import { hasContentBetween, maskText } from "./text";

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

const EDGE_BEFORE = /[\s([{*_"'\-]/;
const EDGE_AFTER = /[\s)\]}*_:.!?,;"'\-]/;

// Every marker holds one of these; most blocks hold none, and skip the full set of patterns.
const ANY_MARKER = /spoil|skip|safe|>!|!</i;

/** Marker events of one block, in order: "(Skip this paragraph to avoid Plot Spoilers)" → [open, blocks 1]. */
export function scanBlock(text: string, level: number): MarkerEvent[] {
  if (!ANY_MARKER.test(text)) return [];
  if (level > 0) return scanHeading(text, level);
  const events: MarkerEvent[] = [];
  for (const regex of CLOSERS) {
    for (const found of findAll(regex, text)) {
      const start = widenBefore(text, found.index);
      const end = widenAfter(text, reachSentenceEnd(text, found.index + found[0].length));
      events.push({ type: "close", start, end, marker: "prose-block", trigger: text.slice(start, end).trim(), scope: { kind: "end" } });
    }
  }
  // Closers are masked too, so "back to the spoiler-free part" cannot also open a span.
  const masked = maskNonMarkers(maskText(text, events, " "));
  for (const opener of findOpeners(masked)) events.push(describeOpener(text, masked, opener));
  if (events.length === 0 && MARKER_LINES.some((regex) => regex.test(masked))) {
    events.push({ type: "open", start: 0, end: text.length, marker: "prose-block", trigger: text.trim(), scope: { kind: "end" } });
  }
  return dropOverlaps(events);
}

/**
 * Every match of a global regex, as text.matchAll(regex) lists them. matchAll copies the regex
 * on each call, which cost a third of the opener scan; these regexes are only ever read here
 * and by replace, both of which leave lastIndex at 0.
 */
function findAll(regex: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    found.push(match);
    // Step over an empty match as matchAll does, by one code point under the u flag.
    if (match[0] === "") regex.lastIndex += regex.unicode && (text.codePointAt(regex.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return found;
}

function scanHeading(text: string, level: number): MarkerEvent[] {
  const whole = { start: 0, end: text.length, trigger: text.trim() };
  if (CLOSERS.some((regex) => new RegExp(regex.source, "i").test(text))) {
    return [{ type: "close", ...whole, marker: "heading", scope: { kind: "end" } }];
  }
  if (namesSpoilers(text)) return [{ type: "open", ...whole, marker: "heading", scope: { kind: "section", count: 1, level } }];
  // "No spoilers below" / "The spoiler-free verdict": keep the heading, but end any span before it.
  if (/spoil/i.test(text)) return [{ type: "close", start: 0, end: 0, marker: "heading", trigger: whole.trigger, scope: { kind: "end" } }];
  return [];
}

interface OpenerMatch {
  start: number;
  end: number;
  scoped: boolean;
  marker: SpoilerMarker;
  groups: Array<string | undefined>;
}

function findOpeners(masked: string): OpenerMatch[] {
  const found: OpenerMatch[] = [];
  for (const pattern of OPENERS) {
    for (const match of findAll(pattern.regex, masked)) {
      // Some patterns consume the sentence break before the marker: start at the marker itself.
      const start = match.index + Math.max(0, match[0].search(/[\p{L}[>]/u));
      found.push({ start, end: match.index + match[0].length, scoped: pattern.scoped, marker: pattern.marker, groups: match.slice(1) });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: OpenerMatch[] = [];
  for (const match of found) {
    const last = merged.at(-1);
    if (last && match.start < last.end) {
      // "Warning: spoilers ahead" matches twice; keep one opener, scoped if either is.
      if (match.scoped && !last.scoped) Object.assign(last, { scoped: true, groups: match.groups });
      if (match.marker !== "prose-block") last.marker = match.marker;
      last.end = Math.max(last.end, match.end);
    } else {
      merged.push({ ...match });
    }
  }
  return merged;
}

function describeOpener(text: string, masked: string, opener: OpenerMatch): MarkerEvent {
  const end = widenAfter(text, opener.scoped ? reachSentenceEnd(text, opener.end) : opener.end);
  const after = hasContentBetween(masked, end, masked.length);
  // Ending its paragraph, the marker owns its whole sentence: "We're now entering spoiler territory."
  const start = after ? widenBefore(text, opener.start) : reachSentenceStart(text, widenBefore(text, opener.start));
  const trigger = text.slice(start, end).trim();
  const before = hasContentBetween(masked, 0, start);
  if (opener.scoped) return { type: "open", start, end, marker: "prose-scoped", trigger, scope: readScope(opener.groups, after) };
  if (before && after && opener.marker === "prose-block") {
    return { type: "open", start, end, marker: "inline-warning", trigger, scope: { kind: "rest" } };
  }
  return { type: "open", start, end, marker: opener.marker, trigger, scope: { kind: after && before ? "rest" : "end" } };
}

/** Reads "the next two paragraphs" / "this section" out of a scoped opener's capture groups. */
function readScope(groups: Array<string | undefined>, carriesContent: boolean): Scope {
  const [which = "this", amount, unit = "paragraph"] = groups;
  const count = readCount(amount);
  if (/^(?:sections?|chapters?)$/i.test(unit)) return { kind: "section", count, level: 6 };
  const current = /^(?:this|these|the)$/i.test(which.trim());
  return { kind: "blocks", count, self: current && carriesContent };
}

const WORD_COUNTS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, few: 3, couple: 2 };

function readCount(amount: string | undefined): number {
  if (!amount) return 1;
  const word = amount.toLowerCase().split(/\s/)[0] ?? "";
  return WORD_COUNTS[word] ?? (Number.parseInt(word, 10) || 1);
}

/** Moves a marker's start back over the brackets and emphasis that open it: "(Mild" ← "Mild". */
function widenBefore(text: string, index: number): number {
  let start = index;
  while (start > 0 && EDGE_BEFORE.test(text[start - 1]!)) start--;
  while (start < index && /\s/.test(text[start]!)) start++;
  return start;
}

/** Moves a marker's end over the brackets, colons and spaces that close it: "Warning" → "Warning): ". */
function widenAfter(text: string, index: number): number {
  let end = index;
  while (end < text.length && EDGE_AFTER.test(text[end]!)) end++;
  return end;
}

/** The start of the sentence holding `index`, if it starts soon before: "Fine. |We enter spoiler…". */
function reachSentenceStart(text: string, index: number): number {
  const limit = Math.max(0, index - 200);
  for (let i = index - 1; i >= limit; i--) {
    if (/[.!?\n]/.test(text[i]!)) return widenAfterSpace(text, i + 1);
  }
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
  for (let i = index; i < limit; i++) if (/[.!?)\]\n]/.test(text[i]!)) return i;
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
