// Builds the matcher's anchor index from the lexicons, the slow way: every template parsed,
// folded and given its anchor words. The worker never runs this: `npm run gen:lexicon` writes
// its result to lexicon-index.generated.ts, and a test fails when that module is out of date.
import { LEXICONS } from "./lexicons";
import type { Lexicon } from "./lexicons/types";
import { HELPER_KINDS, Node, UNANCHORED_KINDS, decodeTemplate, encodeTemplate, insertTemplate, splitUnits, type GeneratedIndex, type IndexPart, type LexiconIndex } from "./graph";
import type { HitKind, ScopeSpec } from "./matcher";
import { FREQUENT_WORDS } from "./frequent-words";
import { buildStream, isCjk, isOtherScript } from "./stream";
import { encodeScripts } from "./script-codec";
import { compareUnits, diffTries, expandGraph, renderTrie } from "./trie-builder";

const LISTS: Array<[keyof Lexicon, HitKind]> = [
  ["openers", "open"], ["warnings", "warn"], ["closers", "close"], ["closingLines", "closeLine"], ["labels", "label"], ["tags", "tag"], ["titleTags", "titleTag"],
  ["lineWords", "line"], ["topics", "topic"], ["verbs", "verb"], ["directions", "direction"], ["reveals", "reveal"],
  ["notSeen", "notSeen"], ["stops", "stop"], ["reasons", "reason"], ["contentWarnings", "cw"], ["endings", "ending"], ["nonMarkers", "not"],
  ["boilerplate", "boilerplate"], ["elsewhere", "elsewhere"],
];

interface Building {
  index: LexiconIndex;
  qualifiers: ReadonlySet<string>;
  byAnchor: Map<string, number[]>;
  anchors: Set<string>;
}

/** The index of every lexicon: templates (folded), and their ids by anchor word. */
export function buildLexiconIndex(lexicons: readonly Lexicon[] = LEXICONS): LexiconIndex {
  const qualifiers = new Set<string>();
  for (const lexicon of lexicons) for (const word of lexicon.qualifiers) qualifiers.add(word);
  // "spoiler" is a loanword in every Latin-script lexicon; anchored on it, every language's
  // phrases would compile for any English post. Other languages anchor on their own words.
  const [first, ...others] = lexicons;
  const shared = new Set(first!.labels.filter((label) => others.some((lexicon) => lexicon.labels.includes(label))));
  const index: LexiconIndex = { qualifiers: [...qualifiers], templates: [], latin: emptyPart(), other: emptyPart() };
  // Phrases in other scripts (Han, kana, Hangul, Cyrillic…) need such letters in the post: the
  // matcher adds them the first time one has them, so a Latin-script post never reads them.
  // A phrase of another script's lexicon that starts with a Latin word or a digit ("spoilers
  // खत्म", "2 ย่อหน้าถัดไป") goes in the Latin part: in the other part it would repeat the Latin
  // part's whole subtree for that word.
  for (const other of [false, true]) {
    const part = other ? index.other : index.latin;
    const building: Building = { index, qualifiers, byAnchor: new Map(), anchors: new Set() };
    for (const lexicon of lexicons) {
      const otherScript = isOtherScript(lexicon.labels[0]?.charCodeAt(0) ?? 0);
      const belongs = !otherScript ? () => !other : (groups: string[][][]) => startsLatin(groups) !== other;
      indexLexicon(building, part, lexicon, lexicon === first ? new Set() : shared, belongs);
    }
    part.byAnchor = Object.fromEntries(building.byAnchor);
    part.templateCount = index.templates.length;
    part.anchors = [...building.anchors];
  }
  return index;
}

function emptyPart(): IndexPart {
  return { byAnchor: {}, anchors: [], eager: [], templateCount: 0 };
}

/** Whether every way a folded template can start is a Latin word or a number. */
function startsLatin(groups: string[][][]): boolean {
  const firsts: string[] = [];
  for (const group of groups) {
    for (const units of group) if (units[0] !== undefined) firsts.push(units[0]);
    if (!group.some((units) => units.length === 0)) break;
  }
  return firsts.length > 0 && firsts.every((unit) => !isOtherScript(unit.charCodeAt(0)));
}

function indexLexicon(
  building: Building, part: IndexPart, lexicon: Lexicon, avoid: ReadonlySet<string>, belongs: (folded: string[][][]) => boolean,
): void {
  const { qualifiers, index } = building;
  const add = (phrase: string, kind: HitKind, scope?: ScopeSpec) => {
    // A bare word (most helper lists) is its own anchor.
    const bare = phrase.indexOf(" ") < 0 && phrase.indexOf("(") < 0 && phrase.charCodeAt(0) < 128 && !qualifiers.has(phrase);
    const written = bare ? [[phrase]] : readGroups(phrase);
    const foldedAll = written.map((group) => group.map((choice) => foldPhrase(choice, qualifiers)));
    // "(spoilers|σπόιλερ) τέλος": a required first group mixing scripts is two templates, one per part.
    const head = foldedAll[0] ?? [];
    const latin = head.map((_, at) => at).filter((at) => head[at]!.length > 0 && !isOtherScript(head[at]![0]!.charCodeAt(0)));
    const other = head.map((_, at) => at).filter((at) => !latin.includes(at));
    if (latin.length > 0 && other.length > 0 && head.every((units) => units.length > 0)) {
      for (const picks of [latin, other]) {
        addFolded([picks.map((at) => written[0]![at]!), ...written.slice(1)], [picks.map((at) => head[at]!), ...foldedAll.slice(1)], kind, scope, bare);
      }
      return;
    }
    addFolded(written, foldedAll, kind, scope, bare);
  };
  const addFolded = (groups: string[][], folded: string[][][], kind: HitKind, scope: ScopeSpec | undefined, bare: boolean) => {
    if (!belongs(folded)) return;
    const phrase = groups.flat().join("");
    const id = index.templates.length;
    index.templates.push(encodeTemplate(kind, folded, scope));
    const anchors = bare ? [phrase.replaceAll("'", " ").split(" ")[0]!] : findAnchors(groups, qualifiers, avoid);
    if (!anchors) {
      part.eager.push(id);
      return;
    }
    for (const word of anchors) {
      const list = building.byAnchor.get(word);
      if (!list) building.byAnchor.set(word, [id]);
      else if (list.at(-1) !== id) list.push(id);
      if (!HELPER_KINDS.has(kind) && !UNANCHORED_KINDS.has(kind)) building.anchors.add(word);
    }
  };
  for (const [list, kind] of LISTS) for (const phrase of (lexicon[list] ?? []) as string[]) add(phrase, kind);
  for (const [phrase, code] of lexicon.scoped) {
    // "{n}" is the one slot expanded: each count is a scope of its own.
    const counts = phrase.includes("{n}") ? Object.entries(lexicon.counts) : [["", 1] as const];
    for (const [word, count] of counts) add(phrase.replace("{n}", word), "scoped", readScopeCode(code, count));
  }
}

function readScopeCode(code: string, count: number): ScopeSpec {
  const [which = "this", amount = "1", unit = "p"] = code.split(" ");
  const unitCode = unit === "s" || amount === "s" ? "s" : unit === "l" ? "l" : "p";
  return { next: which === "next", count: amount === "{n}" ? count : Number(amount) || 1, unit: unitCode };
}

const FOLDED_ASCII = /^[a-z0-9 ']*$/;

/** A phrase's match units. Lexicon phrases are mostly written folded ("a partir d ici") and split natively. */
export function foldPhrase(phrase: string, qualifiers: ReadonlySet<string>): string[] {
  if (FOLDED_ASCII.test(phrase)) return phrase.replaceAll("'", " ").split(" ").filter((unit) => unit !== "" && !qualifiers.has(unit));
  const text = buildStream(phrase, qualifiers).text;
  const bounds = splitUnits(text);
  const units: string[] = [];
  for (let i = 0; i < bounds.length; i += 2) units.push(text.slice(bounds[i]!, bounds[i + 1]!));
  return units;
}

/** "skip (over |)(this|these) part" → [["skip "], ["over ", ""], ["this", "these"], [" part"]]. */
export function readGroups(template: string): string[][] {
  const groups: string[][] = [];
  let at = 0;
  while (at < template.length) {
    const open = template.indexOf("(", at);
    if (open < 0) {
      groups.push([template.slice(at)]);
      break;
    }
    if (open > at) groups.push([template.slice(at, open)]);
    const close = template.indexOf(")", open);
    groups.push(template.slice(open + 1, close).split("|"));
    at = close + 1;
  }
  return groups;
}

/**
 * The words one of which any text matching the template must hold, from its most selective
 * required group (the longest shortest anchor word, then the fewest words): "(spoilers|spoiler)
 * (ahead|below)" → ["spoilers", "spoiler"]; "no (la|lo) has visto" → ["visto"], not the common
 * "has". Words of FREQUENT_WORDS count as short. Undefined when every group is optional. Groups
 * holding an `avoid` word rank last.
 */
export function findAnchors(groups: string[][], qualifiers: ReadonlySet<string>, avoid: ReadonlySet<string>): string[] | undefined {
  let best: string[] | undefined;
  let bestScore = -Infinity;
  for (const group of groups) {
    if (group.includes("")) continue;
    const words = group.map((choice) => anchorOf(choice, qualifiers));
    if (words.includes("")) continue;
    const distinct = [...new Set(words)];
    let shortest = Infinity;
    // A frequent word ("only", "show") selects as little as a short one.
    for (const word of distinct) shortest = Math.min(shortest, isCjk(word.charCodeAt(0)) ? 4 : FREQUENT_WORDS.has(word) ? 3 : word.length);
    const avoided = group.some((choice) => avoid.has(choice.trim()));
    const score = (shortest < 4 ? 0 : 1000) + Math.min(shortest, 9) * 10 - distinct.length * 5 - (avoided ? 900 : 0);
    if (score > bestScore) [best, bestScore] = [distinct, score];
  }
  return best;
}

// The longest unit of a choice, the last on a tie ("look away now" → "away"); a CJK phrase's first character.
function anchorOf(choice: string, qualifiers: ReadonlySet<string>): string {
  const first = choice.trimStart();
  if (first.length > 0 && isCjk(first.charCodeAt(0))) return first[0]!.normalize("NFKC");
  let found = "";
  for (const unit of foldPhrase(choice, qualifiers)) if (unit.length >= found.length) found = unit;
  return found;
}

/** What the matcher reads: the qualifiers, the anchor words, and the phrase tries (trie-builder.ts). */
export function buildGeneratedIndex(index: LexiconIndex): GeneratedIndex {
  const split = index.latin.templateCount;
  const latin = buildGraphs(index.templates.slice(0, split));
  const all = buildGraphs(index.templates);
  const markers = expandGraph(latin.markers);
  const helpers = expandGraph(latin.helpers);
  return {
    QUALIFIERS: index.qualifiers.join("\n"),
    ANCHORS: index.latin.anchors.join("\n"),
    OTHER_ANCHORS: index.other.anchors.join("\n"),
    ANCHOR_PATTERN: renderAnchorPattern([...index.latin.anchors, ...index.other.anchors]),
    MARKERS: renderTrie(markers),
    HELPERS: renderTrie(helpers),
    OTHER_MARKERS: renderTrie(diffTries(expandGraph(all.markers), markers)),
    OTHER_HELPERS: renderTrie(diffTries(expandGraph(all.helpers), helpers)),
  };
}

/**
 * A regex source matching every ASCII word that starts as some anchor word does (its first two
 * letters, then its third): ["spoiler", "spoil", "safe"] → "(?<![a-z0-9])(?:s(?:a[f]|p[o]))[a-z0-9]*".
 * The matcher's set of anchors then sees about one word in six: the rest are skipped natively.
 */
export function renderAnchorPattern(anchors: readonly string[]): string {
  const thirds = new Map<string, Set<string> | undefined>();
  for (const word of anchors) {
    if (!/^[a-z0-9]+$/.test(word)) continue;
    const head = word.slice(0, 2);
    // A word of one or two letters is its own head: any word starting with it is a candidate.
    if (word.length <= 2 || (thirds.has(head) && thirds.get(head) === undefined)) thirds.set(head, undefined);
    else thirds.set(head, (thirds.get(head) ?? new Set()).add(word[2]!));
  }
  // Grouped by first letter, "s(?:p[o]|a[f])": irregexp then rejects a word start on its first
  // letter in one alternative of ~30, not ~200 (a third less time warm, for a shorter source).
  // Three letters and a lookbehind: a four-letter trie, or a consumed boundary, ran ~35 % faster
  // warm but cost a fresh isolate 1–2 ms more to compile (measured in node, 21 blocks).
  const byFirst = new Map<string, string[]>();
  for (const [head, third] of [...thirds].sort(([a], [b]) => compareUnits(a, b))) {
    const rest = head.slice(1) + (third ? `[${[...third].sort().join("")}]` : "");
    byFirst.set(head[0]!, [...(byFirst.get(head[0]!) ?? []), rest]);
  }
  const groups = [...byFirst].map(([first, rests]) => (rests.includes("") ? first : rests.length === 1 ? first + rests[0] : `${first}(?:${rests.join("|")})`));
  return `(?<![a-z0-9])(?:${groups.join("|")})[a-z0-9]*`;
}

// Templates in id order: the order the graph's edges, and so the trie's entries, come in.
function buildGraphs(templates: readonly string[]): { markers: Node; helpers: Node } {
  const graphs = { markers: new Node(), helpers: new Node() };
  for (const template of templates) {
    const { entry, groups } = decodeTemplate(template);
    insertTemplate(HELPER_KINDS.has(entry.kind) ? graphs.helpers : graphs.markers, groups, entry);
  }
  return graphs;
}

/** The generated module's text: one export per string (cheaper for V8 than literals). */
export function renderIndexModule(index: LexiconIndex): string {
  const exports = buildGeneratedIndex(index);
  return `// Generated by \`npm run gen:lexicon\` (scripts/gen-lexicon-index.ts) from src/core/spoilers/lexicons
// through index-builder.ts: do not edit. test/core/spoilers/lexicon-index.test.ts fails when it is
// out of date. Words one a line; each trie is its first units on one line, then one line per
// first unit with its subtree as JSON (trie-builder.ts), parsed by matcher.ts when a post holds it.
${Object.entries(exports).map(([name, value]) => renderExport(name, value)).join("\n")}
`;
}

/**
 * Exports a post may never need are functions: V8 parses a literal inside a function body only
 * when the function is first called, so an isolate that meets only Latin script never builds
 * these strings (the CJK phrases alone are ~200,000 two-byte characters, ~3 ms of a cold tick).
 */
export const LAZY_EXPORTS: ReadonlySet<string> = new Set(["OTHER_MARKERS", "OTHER_HELPERS", "OTHER_ANCHORS"]);

/** The tries' lines are stored as encodeScripts writes them (script-codec.ts); Trie decodes each when first read. */
export const ENCODED_EXPORTS: ReadonlySet<string> = new Set(["OTHER_MARKERS", "OTHER_HELPERS"]);

/** A trie's lines encoded but its first, the root's units, searched on the first post in another script. */
export function encodeTrieLines(text: string): string {
  const [root, ...rest] = text.split("\n");
  return [root, ...rest.map(encodeScripts)].join("\n");
}

function renderExport(name: string, value: string): string {
  const stored = JSON.stringify(ENCODED_EXPORTS.has(name) ? encodeTrieLines(value) : value);
  return LAZY_EXPORTS.has(name) ? `export const ${name} = (): string => ${stored};` : `export const ${name} = ${stored};`;
}
