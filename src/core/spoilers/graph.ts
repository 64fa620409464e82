// The phrase graph the matcher walks. Each template becomes a path of word (or CJK character)
// edges; "(a|b|)" groups share their end node, so a template costs its own length, not the
// product of its alternatives.
import type { Entry } from "./matcher";
import { buildStream, isCjk } from "./stream";

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

const FOLDED_ASCII = /^[a-z0-9 ']*$/;
// The same choices recur in many templates ("(spoilers|spoiler)"): each is folded once.
const folded = new Map<string, string[]>();

/** A phrase's match units. Lexicon phrases are mostly written folded ("a partir d ici") and split natively. */
export function foldPhrase(phrase: string, qualifiers: ReadonlySet<string>): string[] {
  let units = folded.get(phrase);
  if (units) return units;
  if (FOLDED_ASCII.test(phrase)) {
    units = phrase.replaceAll("'", " ").split(" ").filter((unit) => unit !== "" && !qualifiers.has(unit));
  } else {
    const text = buildStream(phrase, qualifiers).text;
    const bounds = splitUnits(text);
    units = [];
    for (let i = 0; i < bounds.length; i += 2) units.push(text.slice(bounds[i]!, bounds[i + 1]!));
  }
  folded.set(phrase, units);
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

/** Adds one template to a graph. */
export function insertTemplate(root: Node, groups: string[][], entry: Entry, qualifiers: ReadonlySet<string>): void {
  let current: Node[] = [root];
  for (const group of groups) {
    const join = new Node();
    let optional = false;
    for (const choice of group) {
      const units = foldPhrase(choice, qualifiers);
      if (units.length === 0) optional = true;
      else for (const node of current) addPath(node, units, join);
    }
    current = optional ? [...current, join] : [join];
  }
  for (const node of current) if (node !== root) (node.entries ??= []).push(entry);
}

/**
 * The words one of which any text matching the template must hold, from its most selective
 * required group (fewest and longest choices): "(spoilers|spoiler) (ahead|below)" → ["spoilers",
 * "spoiler"]. Undefined when every group is optional. Groups holding an `avoid` word rank last. Scored on raw lengths, so only the chosen
 * group's words are ever folded: this runs for every template on a cold isolate.
 */
export function findAnchors(groups: string[][], qualifiers: ReadonlySet<string>, avoid: ReadonlySet<string>): string[] | undefined {
  let best: string[] | undefined;
  let bestScore = -1;
  for (const group of groups) {
    if (group.includes("")) continue;
    let shortest = Infinity;
    for (const choice of group) shortest = Math.min(shortest, choice.trim().length);
    const avoided = group.some((choice) => avoid.has(choice.trim()));
    const score = (shortest < 4 ? 0 : 1000) + Math.min(shortest, 9) * 10 - group.length * 5 - (avoided ? 900 : 0);
    if (score > bestScore) [best, bestScore] = [group, score];
  }
  if (!best) return undefined;
  const words: string[] = [];
  for (const choice of best) {
    const word = anchorOf(choice, qualifiers);
    if (word === "") return undefined;
    words.push(word);
  }
  return words;
}

// The longest unit of a choice, the last on a tie ("look away now" → "away"); a CJK phrase's first character.
function anchorOf(choice: string, qualifiers: ReadonlySet<string>): string {
  const first = choice.trimStart();
  if (first.length > 0 && isCjk(first.charCodeAt(0))) return first[0]!.normalize("NFKC");
  let found = "";
  for (const unit of foldPhrase(choice, qualifiers)) if (unit.length >= found.length) found = unit;
  return found;
}
