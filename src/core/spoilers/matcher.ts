// One matcher for every lexicon, kept for the isolate's life. The templates come indexed by an
// anchor word each (generated ahead of time); a template joins the phrase graph (see graph.ts) the
// first time a post holds its anchor, so a cold isolate compiles the few phrases its posts can
// match. A scan walks the graph from each word, at most one phrase's length: linear in the post.
import { HELPER_KINDS, Node, decodeTemplate, insertTemplate, splitUnits, type IndexPart } from "./graph";
import * as generated from "./lexicon-index.generated";
import { SENTENCE_BREAK, buildStream, findSentence, isCjk, type Stream } from "./stream";

export type HitKind =
  | "open" | "warn" | "close" | "scoped" | "label" | "tag" | "line" | "topic" | "verb" | "direction"
  | "reveal" | "notSeen" | "stop" | "reason" | "cw" | "not" | "boilerplate";

/** What a scoped phrase covers: "the next two paragraphs" → { next: true, count: 2, unit: "p" }. */
export interface ScopeSpec {
  next: boolean;
  count: number;
  unit: "p" | "s";
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
  markers: Node;
  /** Template ids by anchor word: only those whose anchor a post holds are ever compiled. */
  byAnchor: Record<string, number[]>;
  templates: string[];
  /** 1 for a template in a graph. */
  compiled: Uint8Array;
  /** Whether the CJK lexicons' part of the index still waits for a post with Han, kana or Hangul. */
  pendingCjk: boolean;
  /** Words the rules read around a marker ("ahead", "for", "is") and the non-markers. */
  helpers: Node;
  qualifiers: Set<string>;
  /** Words one of which every marker phrase holds: a plain text without any needs no scan. */
  anchors: Set<string>;
  /** ASCII words as long as the shortest anchor at least: "a", "of", "it" are never looked up. */
  plainWord: RegExp;
}

let compiled: Compiled | undefined;

// The index is built ahead of time (index-builder.ts, `npm run gen:lexicon`): a cold isolate
// parses one small JSON string, splits the template list and compiles only the templates whose
// anchor its posts hold. The CJK part (two-byte strings, slower to parse) waits for CJK text.
function compile(): Compiled {
  const latin = JSON.parse(generated.LATIN_INDEX) as IndexPart;
  const templates = generated.TEMPLATES.split("\n");
  const graphs: Compiled = {
    markers: new Node(), helpers: new Node(), qualifiers: new Set(generated.QUALIFIERS.split("\n")), anchors: new Set(latin.anchors),
    byAnchor: latin.byAnchor, templates, compiled: new Uint8Array(templates.length), pendingCjk: true, plainWord: PLAIN_WORD,
  };
  graphs.plainWord = matchPlainWords(graphs.anchors);
  for (const id of latin.eager) compileTemplate(graphs, id);
  return graphs;
}

function addCjkPart(graphs: Compiled): void {
  graphs.pendingCjk = false;
  graphs.templates.push(...generated.CJK_TEMPLATES.split("\n"));
  const compiled = new Uint8Array(graphs.templates.length);
  compiled.set(graphs.compiled);
  graphs.compiled = compiled;
  addPart(graphs, JSON.parse(generated.CJK_INDEX) as IndexPart);
}

function addPart(graphs: Compiled, part: IndexPart): void {
  for (const word of Object.keys(part.byAnchor)) {
    const ids = part.byAnchor[word]!;
    const list = lookUp(graphs.byAnchor, word);
    if (list) list.push(...ids);
    else graphs.byAnchor[word] = ids;
  }
  for (const word of part.anchors) graphs.anchors.add(word);
  graphs.plainWord = matchPlainWords(graphs.anchors);
  for (const id of part.eager) compileTemplate(graphs, id);
}

function compileTemplate(graphs: Compiled, id: number): void {
  if (graphs.compiled[id] === 1) return;
  graphs.compiled[id] = 1;
  const { entry, groups } = decodeTemplate(graphs.templates[id]!);
  insertTemplate(HELPER_KINDS.has(entry.kind) ? graphs.helpers : graphs.markers, groups, entry);
}

// Own keys only: a word such as "constructor" must not find Object.prototype's.
function lookUp(byAnchor: Record<string, number[]>, word: string): number[] | undefined {
  return Object.hasOwn(byAnchor, word) ? byAnchor[word] : undefined;
}

function matchPlainWords(anchors: ReadonlySet<string>): RegExp {
  let shortest = Infinity;
  for (const word of anchors) if (word.charCodeAt(0) < 128) shortest = Math.min(shortest, word.length);
  return shortest > 1 && shortest < Infinity ? new RegExp(`[a-z0-9]{${shortest},}`, "g") : PLAIN_WORD;
}

function getCompiled(): Compiled {
  compiled ??= compile();
  return compiled;
}

/**
 * The sentences of a plain (ASCII) text, lower-cased, that may hold a marker phrase: those with
 * an anchor word. Most blocks have none, and are never folded at all.
 */
export function findMarkerSentences(lowered: string): Array<[number, number]> {
  const { anchors, plainWord } = getCompiled();
  const windows: Array<[number, number]> = [];
  // A set lookup per word: a regex of every anchor would cost more to compile than to run.
  plainWord.lastIndex = 0;
  for (let found = plainWord.exec(lowered); found; found = plainWord.exec(lowered)) {
    if (!anchors.has(found[0])) continue;
    const window = findSentence(lowered, found.index);
    const last = windows.at(-1);
    if (last && window[0] <= last[1]) last[1] = Math.max(last[1], window[1]);
    else windows.push(window);
    plainWord.lastIndex = Math.max(plainWord.lastIndex, window[1]);
  }
  return windows;
}

const PLAIN_WORD = /[a-z0-9]+/g;

/** The folded stream of a text (or of some of its sentences), as the matcher reads it. */
export function streamOf(text: string, windows?: Array<[number, number]>): Stream {
  const graphs = getCompiled();
  if (graphs.pendingCjk && !windows && hasCjk(text)) addCjkPart(graphs);
  return buildStream(text, graphs.qualifiers, windows);
}

function hasCjk(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isCjk(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Every lexicon phrase in a stream, longest first at each start: "spoilers ahead" → open, label.
 * The words around markers are looked up only where a marker phrase was found.
 */
export function findHits(stream: Stream): Hit[] {
  const graphs = getCompiled();
  const bounds = splitUnits(stream.text);
  // Each unit's text, sliced once; undefined at a sentence break.
  const keys: Array<string | undefined> = [];
  for (let unit = 0; unit < bounds.length; unit += 2) {
    const key = bounds[unit]! >= 0 ? stream.text.slice(bounds[unit]!, bounds[unit + 1]!) : undefined;
    keys.push(key);
    const templates = key === undefined ? undefined : lookUp(graphs.byAnchor, key);
    if (!templates) continue;
    for (const id of templates) compileTemplate(graphs, id);
    // Compiled for good: later posts skip the lookup's work.
    delete graphs.byAnchor[key!];
  }
  const found = matchGraph(graphs.markers, keys, bounds);
  return found.length === 0 ? found : [...found, ...matchGraph(graphs.helpers, keys, bounds)];
}

function matchGraph(root: Node, keys: Array<string | undefined>, bounds: number[]): Hit[] {
  const hits: Hit[] = [];
  if (!root.edges) return hits;
  for (let first = 0; first < keys.length; first++) {
    const firstKey = keys[first];
    if (firstKey === undefined || !root.edges.has(firstKey)) continue;
    const start = bounds[first * 2]!;
    const found: Hit[] = [];
    let active: Node[] = [root];
    for (let unit = first; unit < keys.length && active.length > 0; unit++) {
      const key = keys[unit];
      if (key === undefined) break;
      const next: Node[] = [];
      for (const node of active) {
        const targets = node.edges?.get(key);
        if (!targets) continue;
        for (const target of targets) {
          next.push(target);
          if (target.entries) for (const entry of target.entries) addHit(found, { kind: entry.kind, scope: entry.scope, start, end: bounds[unit * 2 + 1]! });
        }
      }
      active = next;
    }
    for (let i = found.length - 1; i >= 0; i--) hits.push(found[i]!);
  }
  return hits;
}

function addHit(found: Hit[], hit: Hit): void {
  for (const known of found) if (known.end === hit.end && known.kind === hit.kind && known.scope?.count === hit.scope?.count) return;
  found.push(hit);
}

export { SENTENCE_BREAK };
