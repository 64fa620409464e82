// The phrase tries as the matcher reads them from lexicon-index.generated.ts (see renderTrie in
// trie-builder.ts for the format). A node's line is parsed the first time a walk reaches it, so
// a cold isolate reads the few nodes its posts reach in microseconds, where building the whole
// graph cost milliseconds. The root (a thousand first units) is searched where it lies: parsing
// it into an object was the largest single cost of a cold isolate's first spoiler pass.
import type { Entry, HitKind, ScopeSpec } from "./matcher";
import type { StoredNode } from "./trie-builder";

const ENTRIES = "";
const FOUND_LIMIT = 20_000;
const decoded = new Map<string, Entry[]>();

export class Trie {
  /** The text's lines: one native split, so line `n` of a child reference is `lines[n + 2]`. */
  readonly #lines: string[];
  /** The root's units, sorted, and the line each leads to: searched, never parsed into an object. */
  readonly #firstUnits: string[];
  readonly #firstLines: string[];
  /** The nodes after each first unit, by its index, as walks reach them. */
  readonly #firstNodes: Array<StoredNode | undefined> = [];
  readonly #found = new Map<string, number>();

  readonly #decode: (line: string) => string;

  /**
   * `text` as renderTrie writes it; `base` holds the phrases whose first unit this trie lacks.
   * `decode` reads a node line stored in another form (script-codec.ts) when a walk first reaches
   * it; the root's two lines are stored as they are.
   */
  constructor(text: string, readonly base?: Trie, decode: (line: string) => string = (line) => line) {
    this.#decode = decode;
    this.#lines = text.split("\n");
    this.#firstUnits = this.#lines[0] === "" ? [] : this.#lines[0]!.split(";");
    this.#firstLines = this.#lines[1]!.split(";");
  }

  /**
   * The trie holding the phrases that start with `unit` (this one, else the one it extends) and
   * the node after that unit; undefined when no phrase starts with it or at a sentence break.
   */
  start(unit: string | undefined): { trie: Trie; node: StoredNode } | undefined {
    if (unit === undefined) return undefined;
    const index = this.#findFirst(unit);
    if (index < 0) return this.base?.start(unit);
    let node = this.#firstNodes[index];
    node ??= this.#firstNodes[index] = this.#read(Number(this.#firstLines[index]));
    return { trie: this, node };
  }

  /** The node after one more unit; undefined at a sentence break (`unit` undefined) or off the trie. */
  child(node: StoredNode, unit: string | undefined): StoredNode | undefined {
    // Own keys only: a word such as "constructor" must not find Object.prototype's.
    if (unit === undefined || unit === ENTRIES || !Object.hasOwn(node, unit)) return undefined;
    const child = node[unit]!;
    if (typeof child !== "number") return child as StoredNode;
    const read = this.#read(child);
    node[unit] = read;
    return read;
  }

  #read(line: number): StoredNode {
    return parseLine(this.#decode(this.#lines[line + 2]!));
  }

  /** The index of `unit` among the sorted first units, or -1; remembered for the words posts repeat. */
  #findFirst(unit: string): number {
    let index = this.#found.get(unit);
    if (index === undefined) {
      index = this.#search(unit);
      // Bounded: an isolate lives for many posts, and their vocabulary has no end.
      if (this.#found.size >= FOUND_LIMIT) this.#found.clear();
      this.#found.set(unit, index);
    }
    return index;
  }

  /** Binary search of the sorted first units. */
  #search(unit: string): number {
    const units = this.#firstUnits;
    let low = 0;
    let high = units.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const key = units[middle]!;
      if (key === unit) return middle;
      if (key < unit) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
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
