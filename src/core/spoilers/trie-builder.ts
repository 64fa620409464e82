// Turns the phrase graph (graph.ts) into the trie the matcher walks, at generation time. A cold
// isolate used to build the graph from templates itself, tens of µs per template in V8's
// interpreter; now it parses, as JSON, only the subtrees of the first words its posts hold.
import { Node } from "./graph";
import type { Entry } from "./matcher";

/** A trie node as the generated module stores it: "" holds its entries, every other key is a unit. */
export type TrieNode = { [unit: string]: TrieNode | string };

/** A node as read from the generated module: a child still a number is the offset of its line. */
export type StoredNode = { [unit: string]: StoredNode | string | number };

/**
 * The trie of a graph's phrases, one subtree per first unit. Each node stands for every graph
 * node the same units lead to, with their entries deduplicated as a walk of the graph would
 * (same kind and count at the same end: one hit), so walking it finds the same hits.
 */
export function expandGraph(root: Node): Map<string, TrieNode> {
  return new Map(Object.entries(expandNodes([root])).filter((pair): pair is [string, TrieNode] => pair[0] !== ""));
}

function expandNodes(active: Node[]): TrieNode {
  const trie: TrieNode = {};
  const units = new Set<string>();
  for (const node of active) for (const unit of node.edges?.keys() ?? []) units.add(unit);
  for (const unit of units) {
    const next: Node[] = [];
    const entries: Entry[] = [];
    for (const node of active) {
      for (const target of node.edges?.get(unit) ?? []) {
        next.push(target);
        for (const entry of target.entries ?? []) {
          if (!entries.some((known) => known.kind === entry.kind && known.scope?.count === entry.scope?.count)) entries.push(entry);
        }
      }
    }
    const child = expandNodes(next);
    trie[unit] = entries.length > 0 ? { "": entries.map(encodeEntry).join(","), ...child } : child;
  }
  return trie;
}

/** An entry as one word: "open", or "scoped 1 2 p" for "the next two paragraphs". */
export function encodeEntry(entry: Entry): string {
  const scope = entry.scope;
  return scope ? `${entry.kind} ${scope.next ? 1 : 0} ${scope.count} ${scope.unit}` : entry.kind;
}

/**
 * A trie as the generated module stores it, one node a line (renderLine): every node with children
 * names each child by the number of the child's line, counted from 0 at the third line; the
 * first two lines are the root, its units sorted and the lines they lead to ("ahead;spoilers" /
 * "12;0"), then the nodes: {"ahead":12} / {"":"open"}. A walk parses a line the first time it
 * reaches it. Alternatives repeat whole subtrees ("spoilers ahead" after each
 * way to say "from here on", "(spoiler|spoilers) (ahead|below)"): a line is written once and
 * shared by every node that holds it, so the trie is stored as a graph of its distinct subtrees,
 * a third of the size of the tree (and so of the text V8 must read when the module loads).
 * Line numbers rather than character offsets keep the references short (~7 KB of the bundle).
 */
export function renderTrie(subtrees: ReadonlyMap<string, TrieNode>): string {
  const lines: string[] = [];
  const numbers = new Map<string, number>();
  const place = (node: TrieNode): number => {
    const placed: { [unit: string]: string | number } = {};
    for (const [unit, child] of Object.entries(node)) placed[unit] = typeof child === "string" ? child : place(child);
    const line = renderLine(placed);
    const known = numbers.get(line);
    if (known !== undefined) return known;
    numbers.set(line, lines.length);
    lines.push(line);
    return lines.length - 1;
  };
  // The root as two lines, its units sorted (code-unit order, as JavaScript compares strings)
  // and their children's line numbers: Trie finds a first unit by binary search in the first,
  // never building an object of a thousand keys.
  const units = [...subtrees.keys()].sort(compareUnits);
  const children = units.map((unit) => place(subtrees.get(unit)!));
  return [units.join(";"), children.join(";"), ...lines].join("\n");
}

/** Code-unit order, the order of `<` on strings (sort's default compares UTF-16 too, but says less). */
export function compareUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * One node as a line: "unit:line" pairs joined by ";", the entries first under the unit ""
 * (":open,label;spoilers:12;ahead:40"). Units are letters and digits, entries kinds and scope
 * codes: neither holds ":", ";" or a quote. Shorter than JSON, whose quotes were a twelfth of the
 * bundle's lexicon part.
 */
export function renderLine(node: { [unit: string]: string | number }): string {
  // Entries first, where parseLine looks for them (an object lists "2" before "").
  const pairs = Object.entries(node).map(([unit, value]) => `${unit}:${value}`);
  const entries = pairs.findIndex((pair) => pair.startsWith(":"));
  if (entries > 0) pairs.unshift(...pairs.splice(entries, 1));
  return pairs.join(";");
}

/** The subtrees of `all` that `base` lacks or holds otherwise: what the CJK lexicons add or change. */
export function diffTries(all: ReadonlyMap<string, TrieNode>, base: ReadonlyMap<string, TrieNode>): Map<string, TrieNode> {
  const changed = new Map<string, TrieNode>();
  for (const [unit, subtree] of all) {
    const known = base.get(unit);
    if (!known || JSON.stringify(known) !== JSON.stringify(subtree)) changed.set(unit, subtree);
  }
  return changed;
}
