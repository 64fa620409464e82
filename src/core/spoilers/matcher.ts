// One matcher for every lexicon, kept for the isolate's life. Its phrases come as tries built
// ahead of time (trie-builder.ts, `npm run gen:lexicon`), one subtree per first word, each parsed
// the first time a post holds that word: a cold isolate reads the few its posts can match. A scan
// walks the trie from each word, at most one phrase's length: linear in the post.
import { splitUnits } from "./graph";
import * as generated from "./lexicon-index.generated";
import { decodeScripts } from "./script-codec";
import { SENTENCE_BREAK, buildStream, findBreak, isOtherScript, shortenElongated, type Stream, type Units } from "./stream";
import { Trie, readEntries } from "./trie";
import type { StoredNode } from "./trie-builder";

export type HitKind =
  | "open" | "warn" | "close" | "closeLine" | "scoped" | "label" | "tag" | "titleTag" | "line" | "topic" | "verb" | "direction"
  | "reveal" | "notSeen" | "stop" | "reason" | "cw" | "ending" | "not" | "boilerplate" | "elsewhere";

/** What a scoped phrase covers: "the next two paragraphs" → { next: true, count: 2, unit: "p" }. */
export interface ScopeSpec {
  next: boolean;
  count: number;
  /** Paragraphs, sections, or the line itself when it carries the spoiler ("highlight to read"). */
  unit: "p" | "s" | "l";
}

export interface Entry {
  kind: HitKind;
  scope?: ScopeSpec;
}

/** A phrase found in a stream: [start, end) in stream offsets. */
export interface Hit extends Entry {
  start: number;
  end: number;
}

interface Compiled {
  /** Phrases that can make a block a marker; most blocks hold none and stop there. */
  markers: Trie;
  /** Words the rules read around a marker ("ahead", "for", "is") and the non-markers. */
  helpers: Trie;
  /** Whether the other scripts' subtrees (Han, kana, Hangul, Cyrillic…) still wait for a post written in one. */
  pendingOther: boolean;
  qualifiers: Set<string>;
  /** Words one of which every marker phrase holds: a plain text without any needs no scan. */
  anchors: Set<string>;
  /** ASCII words that start as an anchor does: "the", "film", "of" are never looked up. */
  candidates: RegExp;
}

let compiled: Compiled | undefined;

// Nothing is parsed at module evaluation: the first post splits the word lists and the tries'
// first-unit lines; subtrees wait for a post holding their first unit. The subtrees of other
// scripts (Han, kana, Hangul, Cyrillic…) wait for a post written in one.
function compile(): Compiled {
  return {
    markers: new Trie(generated.MARKERS), helpers: new Trie(generated.HELPERS), pendingOther: true,
    qualifiers: new Set(generated.QUALIFIERS.split("\n")), anchors: new Set(generated.ANCHORS.split("\n")),
    // Built from the anchors of both parts: the other part's word is found, but counts only once it is added.
    candidates: new RegExp(generated.ANCHOR_PATTERN, "g"),
  };
}

function addOtherScripts(graphs: Compiled): void {
  graphs.pendingOther = false;
  graphs.markers = new Trie(generated.OTHER_MARKERS(), graphs.markers, decodeScripts);
  graphs.helpers = new Trie(generated.OTHER_HELPERS(), graphs.helpers, decodeScripts);
  for (const word of generated.OTHER_ANCHORS().split("\n")) graphs.anchors.add(word);
}

function getCompiled(): Compiled {
  compiled ??= compile();
  return compiled;
}

/** Whether a folded word is a qualifier ("mild", "leves"), dropped before matching. */
export function isQualifier(word: string): boolean {
  return getCompiled().qualifiers.has(word);
}

const QUESTION_MARK = 63;

/**
 * The sentences of a plain (ASCII) text, lower-cased, that may hold a marker phrase: those with
 * an anchor word. Most blocks have none, and are never folded at all.
 */
export function findMarkerSentences(lowered: string): Array<[number, number]> {
  const { anchors, candidates } = getCompiled();
  const windows: Array<[number, number]> = [];
  // A set lookup per candidate word: a regex of every anchor would cost more to compile than to run.
  candidates.lastIndex = 0;
  // The sentence around the last anchor: [start, end), end at a break; breaks are found natively, each once.
  let start = 0;
  let end = -1;
  for (let found = candidates.exec(lowered); found; found = candidates.exec(lowered)) {
    const word = found[0];
    // "SPOILERSSSS" is "spoilers" (a letter held down after the third; the pattern reads three).
    if (!anchors.has(word)) {
      const shortened = shortenElongated(word);
      if (shortened === word || !anchors.has(shortened)) continue;
    }
    while (end < found.index) {
      start = end + 1;
      end = findBreak(lowered, start);
    }
    // A question takes the sentence that answers it: "Haven't seen it? Stop reading."
    if (lowered.charCodeAt(end) === QUESTION_MARK) end = findBreak(lowered, end + 1);
    const window: [number, number] = [start, end];
    const last = windows.at(-1);
    if (last && window[0] <= last[1]) last[1] = Math.max(last[1], window[1]);
    else windows.push(window);
    candidates.lastIndex = Math.max(candidates.lastIndex, window[1]);
  }
  return windows;
}

/** The folded stream of a text (or of some of its sentences), as the matcher reads it. */
export function streamOf(text: string, windows?: Array<[number, number]>): Stream {
  const graphs = getCompiled();
  if (graphs.pendingOther && !windows && hasOtherScript(text)) addOtherScripts(graphs);
  return buildStream(text, graphs.qualifiers, windows);
}

function hasOtherScript(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isOtherScript(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Every lexicon phrase in a stream, longest first at each start: "spoilers ahead" → open, label.
 * The words around markers are looked up only where a marker phrase was found.
 */
export function findHits(stream: Stream): Hit[] {
  const graphs = getCompiled();
  const { keys, bounds } = stream.units ?? readUnits(stream.text);
  const found = matchTrie(graphs.markers, keys, bounds);
  return found.length === 0 ? found : [...found, ...matchTrie(graphs.helpers, keys, bounds)];
}

/** Every lexicon phrase in a stream, the helpers' too, whether or not a marker phrase is there. */
export function findAllHits(stream: Stream): Hit[] {
  const graphs = getCompiled();
  const { keys, bounds } = stream.units ?? readUnits(stream.text);
  return [...matchTrie(graphs.markers, keys, bounds), ...matchTrie(graphs.helpers, keys, bounds)];
}

/** Each unit's text (undefined at a sentence break), and its [start, end) in `bounds` (splitUnits'). */
function readUnits(text: string): Units {
  const keys: Array<string | undefined> = [];
  if (NOT_ASCII_STREAM.test(text)) {
    const bounds = splitUnits(text);
    for (let unit = 0; unit < bounds.length; unit += 2) keys.push(bounds[unit]! >= 0 ? text.slice(bounds[unit]!, bounds[unit + 1]!) : undefined);
    return { keys, bounds };
  }
  // ASCII words between single spaces and breaks (every plain text's stream): split natively,
  // where splitUnits would call two functions a character.
  const bounds: number[] = [];
  let at = 0;
  for (const part of text.split(UNIT_GAP)) {
    if (part === SENTENCE_BREAK) {
      keys.push(undefined);
      bounds.push(-1, -1);
    } else if (part !== " " && part !== "") {
      keys.push(part);
      bounds.push(at, at + part.length);
    }
    at += part.length;
  }
  return { keys, bounds };
}

const NOT_ASCII_STREAM = /[^a-z0-9 |]/;
const UNIT_GAP = /([ |])/;

function matchTrie(trie: Trie, keys: Array<string | undefined>, bounds: number[]): Hit[] {
  const hits: Hit[] = [];
  for (let first = 0; first < keys.length; first++) {
    const head = trie.start(keys[first]);
    if (!head) continue;
    const start = bounds[first * 2]!;
    const found: Hit[] = [];
    for (let unit = first, node: StoredNode | undefined = head.node; node; node = head.trie.child(node, keys[++unit])) {
      const entries = readEntries(node);
      if (entries) for (const entry of entries) found.push({ kind: entry.kind, scope: entry.scope, start, end: bounds[unit * 2 + 1]! });
    }
    for (let i = found.length - 1; i >= 0; i--) hits.push(found[i]!);
  }
  return hits;
}

export { SENTENCE_BREAK };
