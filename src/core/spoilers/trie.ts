// The phrase tries as the matcher reads them from lexicon-index.generated.ts (see renderTrie in
// trie-builder.ts for the format). A node's line is parsed the first time a walk reaches it, so
// a cold isolate reads the few nodes its posts reach in microseconds, where building the whole
// graph cost milliseconds.
import type { Entry, HitKind, ScopeSpec } from "./matcher";
import type { StoredNode } from "./trie-builder";

const ENTRIES = "";
const decoded = new Map<string, Entry[]>();

export class Trie {
  readonly #text: string;
  /** Where each line after the root starts, found on the first walk past the root. */
  #starts: Int32Array | undefined;
  readonly root: StoredNode;

  /** `text` as renderTrie writes it; `base` holds the phrases whose first unit this trie lacks. */
  constructor(text: string, readonly base?: Trie) {
    this.#text = text;
    const end = text.indexOf("\n");
    this.root = parseLine(end < 0 ? text : text.slice(0, end));
  }

  /** Where line `number` (0 = the line after the root) starts: one native scan of the text, once. */
  #lineStart(number: number): number {
    if (!this.#starts) {
      const starts: number[] = [];
      for (let at = this.#text.indexOf("\n"); at >= 0; at = this.#text.indexOf("\n", at + 1)) starts.push(at + 1);
      this.#starts = Int32Array.from(starts);
    }
    return this.#starts[number]!;
  }

  /** The trie holding the phrases that start with `unit`: this one, the one it extends, or none. */
  ownerOf(unit: string | undefined): Trie | undefined {
    if (unit === undefined) return undefined;
    return Object.hasOwn(this.root, unit) ? this : this.base?.ownerOf(unit);
  }

  /** The node after one more unit; undefined at a sentence break (`unit` undefined) or off the trie. */
  child(node: StoredNode, unit: string | undefined): StoredNode | undefined {
    // Own keys only: a word such as "constructor" must not find Object.prototype's.
    if (unit === undefined || unit === ENTRIES || !Object.hasOwn(node, unit)) return undefined;
    const child = node[unit]!;
    if (typeof child !== "number") return child as StoredNode;
    const start = this.#lineStart(child);
    const end = this.#text.indexOf("\n", start);
    const read = parseLine(this.#text.slice(start, end < 0 ? this.#text.length : end));
    node[unit] = read;
    return read;
  }
}

/** A line as renderLine writes it: "spoilers:12;:open" → { spoilers: 12, "": "open" }. */
export function parseLine(line: string): StoredNode {
  // No prototype: a unit such as "constructor" is a key like any other.
  const node = Object.create(null) as StoredNode;
  if (line === "") return node;
  for (const pair of line.split(";")) {
    const colon = pair.indexOf(":");
    const unit = pair.slice(0, colon);
    node[unit] = unit === ENTRIES ? pair.slice(colon + 1) : Number(pair.slice(colon + 1));
  }
  return node;
}

/** The phrases ending at a node: "open,label" → [{ kind: "open" }, { kind: "label" }]. */
export function readEntries(node: StoredNode): Entry[] | undefined {
  const code = node[ENTRIES] as string | undefined;
  if (code === undefined) return undefined;
  let entries = decoded.get(code);
  if (!entries) decoded.set(code, (entries = code.split(",").map(decodeEntry)));
  return entries;
}

function decodeEntry(code: string): Entry {
  const [kind, next, count, unit] = code.split(" ") as [HitKind, string?, string?, string?];
  if (next === undefined) return { kind };
  return { kind, scope: { next: next === "1", count: Number(count), unit: unit as ScopeSpec["unit"] } };
}
