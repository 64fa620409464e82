// One matcher for every lexicon, kept for the isolate's life. On first use the templates are
// only indexed by an anchor word each; a template joins the phrase graph (see graph.ts) the
// first time a post holds its anchor, so a cold isolate compiles the few phrases its posts can
// match. A scan walks the graph from each word, at most one phrase's length: linear in the post.
import { LEXICONS } from "./lexicons";
import type { Lexicon } from "./lexicons/types";
import { Node, findAnchors, insertTemplate, readGroups, splitUnits } from "./graph";
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
  /** Templates by anchor word: only those whose anchor a post holds are ever compiled. */
  byAnchor: Map<string, Template[]>;
  /** Labels every Latin-script lexicon shares ("spoiler"), avoided as anchors but in the first. */
  shared: ReadonlySet<string>;
  /** CJK lexicons not indexed yet. */
  pendingCjk: Lexicon[];
  /** Words the rules read around a marker ("ahead", "for", "is") and the non-markers. */
  helpers: Node;
  qualifiers: Set<string>;
  /** Words one of which every marker phrase holds: a plain text without any needs no scan. */
  anchors: Set<string>;
}

const HELPER_KINDS = new Set<HitKind>(["line", "topic", "verb", "direction", "not", "cw"]);
// A scoped phrase or a stop phrase marks only beside a label, reason or not-seen clause, which
// carry anchors of their own: "the next paragraph" need not wake the scan by itself.
const UNANCHORED_KINDS = new Set<HitKind>(["scoped", "stop"]);

const LISTS: Array<[keyof Lexicon, HitKind]> = [
  ["openers", "open"], ["warnings", "warn"], ["closers", "close"], ["labels", "label"], ["tags", "tag"],
  ["lineWords", "line"], ["topics", "topic"], ["verbs", "verb"], ["directions", "direction"], ["reveals", "reveal"],
  ["notSeen", "notSeen"], ["stops", "stop"], ["reasons", "reason"], ["contentWarnings", "cw"], ["nonMarkers", "not"],
  ["boilerplate", "boilerplate"],
];

let compiled: Compiled | undefined;

/** A template of the lexicons, compiled into the graph the first time its anchor word is seen. */
interface Template {
  groups: string[][];
  entry: Entry;
  helper: boolean;
  compiled: boolean;
}

function compile(): Compiled {
  const qualifiers = new Set<string>();
  for (const lexicon of LEXICONS) for (const word of lexicon.qualifiers) qualifiers.add(word);
  // "spoiler" is a loanword in every Latin-script lexicon; anchored on it, every language's
  // phrases would compile for any English post. Other languages anchor on their own words.
  const [first, ...others] = LEXICONS;
  const shared = new Set(first!.labels.filter((label) => others.some((lexicon) => lexicon.labels.includes(label))));
  const graphs: Compiled = {
    markers: new Node(), helpers: new Node(), qualifiers, anchors: new Set(), byAnchor: new Map(), shared, pendingCjk: [],
  };
  // Han, kana and Hangul phrases need such characters in the post: indexed the first time one has them.
  for (const lexicon of LEXICONS) {
    if (isCjk(lexicon.labels[0]?.charCodeAt(0) ?? 0)) graphs.pendingCjk.push(lexicon);
    else indexLexicon(graphs, lexicon);
  }
  return graphs;
}

function indexLexicon(graphs: Compiled, lexicon: Lexicon): void {
  const { qualifiers } = graphs;
  const avoid: ReadonlySet<string> = lexicon === LEXICONS[0] ? new Set() : graphs.shared;
  const add = (phrase: string, entry: Entry) => {
    // A bare word (most helper lists) is its own anchor: no parsing.
    const bare = phrase.indexOf(" ") < 0 && phrase.indexOf("(") < 0 && phrase.charCodeAt(0) < 128 && !qualifiers.has(phrase);
    const groups = bare ? [[phrase]] : readGroups(phrase);
    const template: Template = { groups, entry, helper: HELPER_KINDS.has(entry.kind), compiled: false };
    const anchors = bare ? [phrase.replaceAll("'", " ").split(" ")[0]!] : findAnchors(groups, qualifiers, avoid);
    if (!anchors) return compileTemplate(graphs, template);
    for (const word of anchors) {
      const list = graphs.byAnchor.get(word);
      if (list) list.push(template);
      else graphs.byAnchor.set(word, [template]);
      if (!template.helper && !UNANCHORED_KINDS.has(entry.kind)) graphs.anchors.add(word);
    }
  };
  for (const [list, kind] of LISTS) for (const phrase of lexicon[list] as string[]) add(phrase, { kind });
  for (const [phrase, code] of lexicon.scoped) {
    // "{n}" is the one slot expanded: each count is a scope of its own.
    const counts = phrase.includes("{n}") ? Object.entries(lexicon.counts) : [["", 1] as const];
    for (const [word, count] of counts) add(phrase.replace("{n}", word), { kind: "scoped", scope: readScopeCode(code, count) });
  }
}

function compileTemplate(graphs: Compiled, template: Template): void {
  if (template.compiled) return;
  template.compiled = true;
  insertTemplate(template.helper ? graphs.helpers : graphs.markers, template.groups, template.entry, graphs.qualifiers);
}

function readScopeCode(code: string, count: number): ScopeSpec {
  const [which = "this", amount = "1", unit = "p"] = code.split(" ");
  const unitCode = unit === "s" || amount === "s" ? "s" : "p";
  return { next: which === "next", count: amount === "{n}" ? count : Number(amount) || 1, unit: unitCode };
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
  const anchors = getCompiled().anchors;
  const windows: Array<[number, number]> = [];
  // A set lookup per word: a regex of every anchor would cost more to compile than to run.
  PLAIN_WORD.lastIndex = 0;
  for (let found = PLAIN_WORD.exec(lowered); found; found = PLAIN_WORD.exec(lowered)) {
    if (!anchors.has(found[0])) continue;
    const window = findSentence(lowered, found.index);
    const last = windows.at(-1);
    if (last && window[0] <= last[1]) last[1] = Math.max(last[1], window[1]);
    else windows.push(window);
    PLAIN_WORD.lastIndex = Math.max(PLAIN_WORD.lastIndex, window[1]);
  }
  return windows;
}

const PLAIN_WORD = /[a-z0-9]+/g;

/** The folded stream of a text (or of some of its sentences), as the matcher reads it. */
export function streamOf(text: string, windows?: Array<[number, number]>): Stream {
  const graphs = getCompiled();
  if (graphs.pendingCjk.length > 0 && !windows && hasCjk(text)) {
    for (const lexicon of graphs.pendingCjk.splice(0)) indexLexicon(graphs, lexicon);
  }
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
    const templates = key === undefined ? undefined : graphs.byAnchor.get(key);
    if (!templates) continue;
    for (const template of templates) compileTemplate(graphs, template);
    // Compiled for good: later posts skip the lookup's work.
    graphs.byAnchor.delete(key!);
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
