// The phrase tries as the matcher reads them from lexicon-index.generated.ts (see renderTrie in
// trie-builder.ts for the format). A node's line is parsed the first time a walk reaches it, so
// a cold isolate reads the few nodes its posts reach in microseconds, where building the whole
// graph cost milliseconds.
import type { Entry, HitKind, ScopeSpec } from "./matcher";
import type { StoredNode } from "./trie-builder";

const ENTRIES = "";
const decoded = new Map<string, Entry[]>();

export class Trie {
  /** The text's lines: one native split, so line `n` of a child reference is `lines[n + 1]`. */
  readonly #lines: string[];
  readonly root: StoredNode;

  /** `text` as renderTrie writes it; `base` holds the phrases whose first unit this trie lacks. */
  constructor(text: string, readonly base?: Trie) {
    this.#lines = text.split("\n");
    this.root = parseLine(this.#lines[0]!);
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
    const read = parseLine(this.#lines[child + 1]!);
    node[unit] = read;
    return read;
  }
}

/**
 * A line as renderLine writes it, entries first: ":open;spoilers:12" → { "": "open", spoilers: 12 }.
 * The pairs become JSON by two native replaces (units are letters and digits, line numbers digits),
 * so JSON.parse reads them natively, as fast on a cold isolate as on a warm one.
 */
export function parseLine(line: string): StoredNode {
  let entries: string | undefined;
  let pairs = line;
  if (line.startsWith(":")) {
    const cut = line.indexOf(";");
    entries = cut < 0 ? line.slice(1) : line.slice(1, cut);
    pairs = cut < 0 ? "" : line.slice(cut + 1);
  }
  const node = (pairs === "" ? {} : JSON.parse(`{"${pairs.replaceAll(";", ',"').replaceAll(":", '":')}}`)) as StoredNode;
  if (entries !== undefined) node[ENTRIES] = entries;
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
