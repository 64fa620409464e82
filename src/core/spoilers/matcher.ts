// One matcher for every lexicon: a trie of folded phrases, compiled on first use and kept for
// the isolate's life. A scan walks the trie from each word start (each character in CJK text),
// so it costs at most the longest phrase's length per position: linear in the post.
import { expandPhrase } from "./lexicons/expand";
import { LEXICONS } from "./lexicons";
import type { Lexicon } from "./lexicons/types";
import { buildStream, isCjk, type Stream } from "./stream";

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

interface Node {
  next: Map<number, Node>;
  entries?: Entry[];
}

interface Compiled {
  root: Node;
  qualifiers: Set<string>;
}

const LISTS: Array<[keyof Lexicon, HitKind]> = [
  ["openers", "open"], ["warnings", "warn"], ["closers", "close"], ["labels", "label"], ["tags", "tag"],
  ["lineWords", "line"], ["topics", "topic"], ["verbs", "verb"], ["directions", "direction"], ["reveals", "reveal"], ["notSeen", "notSeen"],
  ["stops", "stop"], ["reasons", "reason"], ["contentWarnings", "cw"], ["nonMarkers", "not"], ["boilerplate", "boilerplate"],
];

let compiled: Compiled | undefined;

function compile(): Compiled {
  const qualifiers = new Set<string>();
  for (const lexicon of LEXICONS) for (const word of lexicon.qualifiers) qualifiers.add(buildStream(word, new Set()).text);
  const root: Node = { next: new Map() };
  const add = (phrase: string, entry: Entry) => {
    const text = buildStream(phrase, qualifiers).text;
    let node = root;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = { next: new Map() }));
      node = child;
    }
    const entries = (node.entries ??= []);
    if (text.length > 0 && !entries.some((known) => known.kind === entry.kind && sameScope(known.scope, entry.scope))) entries.push(entry);
  };
  for (const lexicon of LEXICONS) {
    for (const [list, kind] of LISTS) {
      for (const phrase of lexicon[list] as string[]) for (const { text } of expandPhrase(phrase, lexicon.counts)) add(text, { kind });
    }
    for (const [phrase, code] of lexicon.scoped) {
      for (const { text, count } of expandPhrase(phrase, lexicon.counts)) add(text, { kind: "scoped", scope: readScopeCode(code, count) });
    }
  }
  return { root, qualifiers };
}

function sameScope(a: ScopeSpec | undefined, b: ScopeSpec | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.next === b.next && a.count === b.count && a.unit === b.unit);
}

function readScopeCode(code: string, count = 1): ScopeSpec {
  const [which = "this", amount = "1", unit = "p"] = code.split(" ");
  const unitCode = unit === "s" || amount === "s" ? "s" : "p";
  return { next: which === "next", count: amount === "{n}" ? count : Number(amount) || 1, unit: unitCode };
}

function getCompiled(): Compiled {
  compiled ??= compile();
  return compiled;
}

/** The folded stream of a text, as the matcher reads it. */
export function streamOf(text: string): Stream {
  return buildStream(text, getCompiled().qualifiers);
}

function isBoundary(code: number): boolean {
  return code === 32 || code === 124;
}

/** Every lexicon phrase in a stream, longest first at each start: "spoilers ahead" → open, label. */
export function findHits(stream: Stream): Hit[] {
  const { root } = getCompiled();
  const text = stream.text;
  const hits: Hit[] = [];
  for (let start = 0; start < text.length; start++) {
    const first = text.charCodeAt(start);
    if (isBoundary(first)) continue;
    // Latin phrases start at a word's start; CJK ones anywhere.
    if (start > 0 && !isBoundary(text.charCodeAt(start - 1)) && !isCjk(first) && !isCjk(text.charCodeAt(start - 1))) continue;
    const found: Hit[] = [];
    let node: Node | undefined = root;
    for (let at = start; at < text.length && node; at++) {
      node = node.next.get(text.charCodeAt(at));
      if (!node?.entries) continue;
      const last = text.charCodeAt(at);
      const after = at + 1 < text.length ? text.charCodeAt(at + 1) : 32;
      if (!isCjk(last) && !isBoundary(after) && !isCjk(after)) continue;
      for (const entry of node.entries) found.push({ ...entry, start, end: at + 1 });
    }
    for (let i = found.length - 1; i >= 0; i--) hits.push(found[i]!);
  }
  return hits;
}
