// The phrase graph, built at generation time only: trie-builder.ts expands it into the tries the
// matcher walks. Each template becomes a path of word (or CJK character) edges; "(a|b|)" groups
// share their end node, so a template costs its own length, not the product of its alternatives.
// splitUnits is the one part the worker runs.
import type { Entry, HitKind, ScopeSpec } from "./matcher";
import { isCjk } from "./stream";

/** Templates by anchor word (ids into LexiconIndex.templates), in the order the lexicons list them. */
export interface IndexPart {
  byAnchor: Record<string, number[]>;
  /** Anchor words of marker phrases: a plain text without any needs no scan. */
  anchors: string[];
  /** Templates without an anchor word: compiled as soon as the part is added. */
  eager: number[];
  /** Templates of this part and those before it: the latin part's come first. */
  templateCount: number;
}

/** What lexicon-index.generated.ts exports: words one a line, tries as trie-builder.ts renders them. */
export interface GeneratedIndex {
  QUALIFIERS: string;
  /** Anchor words of the Latin-script marker phrases. */
  ANCHORS: string;
  /** Anchor words of the other scripts' marker phrases (Han, kana, Hangul: their first character). */
  OTHER_ANCHORS: string;
  /** A regex source finding the ASCII words that may be anchors (anchorPattern in index-builder.ts). */
  ANCHOR_PATTERN: string;
  MARKERS: string;
  HELPERS: string;
  /** The subtrees the lexicons of other scripts (Han, kana, Hangul, Cyrillic…) add or change: read once a post holds such letters. */
  OTHER_MARKERS: string;
  OTHER_HELPERS: string;
}

/** What index-builder.ts makes of the lexicons; the worker reads it from lexicon-index.generated.ts. */
export interface LexiconIndex {
  qualifiers: string[];
  /** Each "kind\tunits" (encodeUnits), "\tnext count unit" after a scoped one; read when compiled. */
  templates: string[];
  latin: IndexPart;
  /** Lexicons written in other scripts (Han, kana, Hangul, Cyrillic…), added the first time a post holds such letters. */
  other: IndexPart;
}

/** Kinds read only around a marker phrase: a graph of their own. */
// A content warning's label is a marker word (it wakes the scan); the endings it may name are not.
export const HELPER_KINDS: ReadonlySet<HitKind> = new Set<HitKind>(["line", "topic", "verb", "direction", "not", "ending", "elsewhere"]);
// A scoped phrase or a stop phrase marks only beside a label, reason or not-seen clause, which
// carry anchors of their own: "the next paragraph" need not wake the scan by itself.
export const UNANCHORED_KINDS: ReadonlySet<HitKind> = new Set<HitKind>(["scoped", "stop"]);

/** Groups of choices of units → "skip;over/;this/these;part" (units never hold " ", "/" or ";"). */
export function encodeUnits(groups: string[][][]): string {
  return groups.map((group) => group.map((units) => units.join(" ")).join("/")).join(";");
}

export function encodeTemplate(kind: HitKind, groups: string[][][], scope?: ScopeSpec): string {
  const units = encodeUnits(groups);
  return scope ? `${kind}\t${units}\t${scope.next ? 1 : 0} ${scope.count} ${scope.unit}` : `${kind}\t${units}`;
}

/** A template of the index: its entry and its groups of choices of units. */
export function decodeTemplate(template: string): { entry: Entry; groups: string[][][] } {
  const [kind, units, scope] = template.split("\t") as [HitKind, string, string?];
  if (scope === undefined) return { entry: { kind }, groups: decodeUnits(units) };
  const [next, count, unit] = scope.split(" ");
  return { entry: { kind, scope: { next: next === "1", count: Number(count), unit: unit as ScopeSpec["unit"] } }, groups: decodeUnits(units) };
}

export function decodeUnits(code: string): string[][][] {
  return code.split(";").map((group) => group.split("/").map((choice) => (choice === "" ? [] : choice.split(" "))));
}

// One class, so every node has the same shape and lookups stay monomorphic.
export class Node {
  edges: Map<string, Node[]> | undefined = undefined;
  entries: Entry[] | undefined = undefined;
  constructor(readonly inner = false) {}
}

/** Splits folded text into match units: Latin words, single CJK characters; -1 marks a sentence break. */
export function splitUnits(text: string): number[] {
  const bounds: number[] = [];
  for (let at = 0; at < text.length; ) {
    const code = text.charCodeAt(at);
    if (code === 32) {
      at++;
    } else if (code === 124) {
      bounds.push(-1, -1);
      at++;
    } else if (isCjk(code)) {
      bounds.push(at, at + 1);
      at++;
    } else {
      let end = at + 1;
      while (end < text.length && !isStop(text.charCodeAt(end))) end++;
      bounds.push(at, end);
      at = end;
    }
  }
  return bounds;
}

function isStop(code: number): boolean {
  return code === 32 || code === 124 || isCjk(code);
}

// Inner nodes of a path are shared, as in a trie (each has one way in); a path's last edge
// leads to its template's own node, where the next group (or the entry) continues.
function addPath(from: Node, units: string[], to: Node): void {
  let node = from;
  for (let index = 0; index < units.length; index++) {
    const edges = (node.edges ??= new Map());
    let targets = edges.get(units[index]!);
    if (!targets) edges.set(units[index]!, (targets = []));
    if (index === units.length - 1) {
      if (!targets.includes(to)) targets.push(to);
      return;
    }
    let inner = targets.find((target: Node) => target.inner);
    if (!inner) targets.push((inner = new Node(true)));
    node = inner;
  }
}

/** Adds one template (its groups of choices, each a list of units) to a graph. */
export function insertTemplate(root: Node, groups: string[][][], entry: Entry): void {
  let current: Node[] = [root];
  for (const group of groups) {
    const join = new Node();
    let optional = false;
    for (const units of group) {
      if (units.length === 0) optional = true;
      else for (const node of current) addPath(node, units, join);
    }
    current = optional ? [...current, join] : [join];
  }
  for (const node of current) if (node !== root) (node.entries ??= []).push(entry);
}
