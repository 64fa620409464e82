// The matcher reads its anchor words and phrase tries from a generated module. Built here again
// from the lexicon sources, the slow way, it must be the same: edit a lexicon, run `npm run gen:lexicon`.
import { describe, expect, it } from "vitest";
import { HELPER_KINDS, decodeTemplate, decodeUnits } from "../../../src/core/spoilers/graph";
import { ENCODED_EXPORTS, LAZY_EXPORTS, buildGeneratedIndex, encodeTrieLines, buildLexiconIndex, foldPhrase, renderIndexModule } from "../../../src/core/spoilers/index-builder";
import * as generated from "../../../src/core/spoilers/lexicon-index.generated";
import { LEXICONS } from "../../../src/core/spoilers/lexicons";
import { decodeScripts, encodeScripts } from "../../../src/core/spoilers/script-codec";
import { Trie, readEntries } from "../../../src/core/spoilers/trie";

/** encodeTrieLines undone, as Trie reads it line by line. */
function decodeTrieLines(text: string): string {
  const [root, ...rest] = text.split("\n");
  return [root, ...rest.map(decodeScripts)].join("\n");
}

describe("generated lexicon index", () => {
  const built = buildLexiconIndex();

  it("is in sync with the lexicons (run `npm run gen:lexicon` after editing one)", () => {
    // The exports a post may never need are functions returning their string, in encodeScripts' form.
    const values = Object.fromEntries(Object.entries(generated).map(([name, value]) => [name, typeof value === "function" ? value() : value]).map(([name, value]) => [name, ENCODED_EXPORTS.has(name as string) ? decodeTrieLines(value as string) : value]));
    expect(values).toEqual(buildGeneratedIndex(built));
    expect(Object.keys(generated).filter((name) => typeof generated[name as keyof typeof generated] === "function").sort()).toEqual([...LAZY_EXPORTS].sort());
    const rendered = renderIndexModule(built);
    for (const [name, value] of Object.entries(values)) expect(rendered).toContain(JSON.stringify(ENCODED_EXPORTS.has(name) ? encodeTrieLines(value as string) : value));
    // Template ids: the latin part's first, so the other scripts' part can be appended when needed.
    expect(built.latin.templateCount).toBeLessThanOrEqual(built.other.templateCount);
    expect(built.other.templateCount).toBe(built.templates.length);
    for (const ids of Object.values(built.latin.byAnchor)) for (const id of ids) expect(id).toBeLessThan(built.latin.templateCount);
  });

  it("stores the other scripts' part as ASCII that decodes to exactly what it was", () => {
    for (const name of ENCODED_EXPORTS) {
      const stored = (generated[name as keyof typeof generated] as () => string)();
      expect(stored.slice(stored.indexOf("\n")), name).toMatch(/^[\x20-\x7e\n]*$/);
      expect(decodeTrieLines(stored), name).toBe(buildGeneratedIndex(built)[name as keyof ReturnType<typeof buildGeneratedIndex>]);
    }
    for (const text of ["спойлер:14;спойлеры:2", "스포일러 주의\n以下ネタバレ", "স্পয়লার;اسپائلر:3", "mixed спойлерA:1", "plain ascii", "Ω~".slice(0, 1), "😀 astral"]) {
      expect(decodeScripts(encodeScripts(text))).toBe(text);
    }
    expect(() => encodeScripts("a ~ b")).toThrow();
  });

  it("holds no phrase with another language's qualifier in it: qualifiers are dropped in every language, so one would cut the phrase short", () => {
    // English "plot" is a loanword in "plot twist" elsewhere, where dropping it changes nothing.
    const sharedOnPurpose = new Set(["plot"]);
    const none = new Set<string>();
    const owners = new Map<string, Set<number>>();
    LEXICONS.forEach((lexicon, index) => {
      for (const qualifier of lexicon.qualifiers) for (const word of foldPhrase(qualifier, none)) owners.set(word, (owners.get(word) ?? new Set()).add(index));
    });
    const collisions: string[] = [];
    LEXICONS.forEach((lexicon, index) => {
      for (const [field, value] of Object.entries(lexicon)) {
        if (field === "qualifiers" || field === "counts") continue;
        for (const entry of value as Array<string | [string, string]>) {
          const phrase = Array.isArray(entry) ? entry[0] : entry;
          for (const word of foldPhrase(phrase.replace(/[()|]/g, " "), none)) {
            const owner = owners.get(word);
            if (owner && !owner.has(index) && !sharedOnPurpose.has(word)) collisions.push(`${lexicon.labels[0]} ${field} "${phrase}": "${word}"`);
          }
        }
      }
    });
    expect(collisions).toEqual([]);
  });

  it("holds every phrase of every lexicon, and every marker phrase has an anchor or compiles at once", () => {
    const phrases = LEXICONS.reduce((sum, lexicon) => sum + Object.entries(lexicon).filter(([list, value]) => list !== "qualifiers" && Array.isArray(value)).map(([, value]) => value as unknown[]).reduce((n, list) => n + list.length, 0), 0);
    expect(built.templates.length).toBeGreaterThanOrEqual(phrases);
    const reachable = new Set<number>();
    for (const part of [built.latin, built.other]) {
      for (const ids of Object.values(part.byAnchor)) for (const id of ids) reachable.add(id);
      for (const id of part.eager) reachable.add(id);
    }
    expect(reachable.size).toBe(built.templates.length);
  });

  it("stores each template's units folded as the matcher reads posts", () => {
    const qualifiers = new Set(built.qualifiers);
    expect(built.templates).toContain("label\tspoiler");
    expect(built.templates).toContain("label\tネ タ バ レ");
    expect(decodeTemplate("scoped\tskip;next;paragraph\t1 2 p")).toEqual({ entry: { kind: "scoped", scope: { next: true, count: 2, unit: "p" } }, groups: [[["skip"]], [["next"]], [["paragraph"]]] });
    expect(decodeUnits("skip;over/;this/these;part")).toEqual([[["skip"]], [["over"], []], [["this"], ["these"]], [["part"]]]);
    expect(foldPhrase("Ｓｐｏｉｌｅｒ  Alert", qualifiers)).toEqual(["spoiler", "alert"]);
    // Turkish: dotless ı and dotted İ both fold to i, so one spelling matches every casing.
    expect(foldPhrase("SPOİLER UYARISI uyarısı", qualifiers)).toEqual(["spoiler", "uyarisi", "uyarisi"]);
    expect(foldPhrase("Ещё СПОЙЛЕРЫ", qualifiers)).toEqual(["еще", "спойлеры"]);
    // Greek: accents come off, and final ς is σ, so "Τέλος" and "ΤΕΛΟΣ" are one word.
    expect(foldPhrase("Προσοχή ΠΡΟΣΟΧΗ Τέλος ΤΕΛΟΣ", qualifiers)).toEqual(["προσοχη", "προσοχη", "τελοσ", "τελοσ"]);
  });

  it("leads from each template's first unit, through the tries' lines, to its phrase", () => {
    const markers = new Trie(generated.MARKERS);
    const helpers = new Trie(generated.HELPERS);
    const withOther = { markers: new Trie(generated.OTHER_MARKERS(), markers, decodeScripts), helpers: new Trie(generated.OTHER_HELPERS(), helpers, decodeScripts) };
    built.templates.forEach((template, id) => {
      const { entry, groups } = decodeTemplate(template);
      const tries = id < built.latin.templateCount ? { markers, helpers } : withOther;
      const trie = HELPER_KINDS.has(entry.kind) ? tries.helpers : tries.markers;
      // One phrase of the template: the first choice of each group that holds words.
      const units = groups.flatMap((group) => group.find((choice) => choice.length > 0) ?? []);
      const head = trie.start(units[0])!;
      let node = head.node;
      for (const unit of units.slice(1)) node = head.trie.child(node, unit)!;
      expect(readEntries(node)?.map((found) => found.kind), template).toContain(entry.kind);
    });
  });

  it("keeps every phrase starting with a Latin word or a number in the Latin part, so the other part never repeats its subtrees", () => {
    const latinFirst = built.templates.slice(built.latin.templateCount).filter((template) => {
      const { groups } = decodeTemplate(template);
      const firsts: string[] = [];
      for (const group of groups) {
        for (const units of group) if (units[0] !== undefined) firsts.push(units[0]);
        if (!group.some((units) => units.length === 0)) break;
      }
      return firsts.some((unit) => /^[a-z0-9]/.test(unit));
    });
    expect(latinFirst).toEqual([]);
  });

  it("has no nested groups in any phrase: the template reader takes one level, so '((a|b)|c)' would never match", () => {
    const nested: string[] = [];
    for (const lexicon of LEXICONS) {
      for (const value of Object.values(lexicon)) {
        if (!Array.isArray(value)) continue;
        for (const phrase of value.flat()) {
          let depth = 0;
          for (const character of String(phrase)) {
            if (character === "(") depth += 1;
            if (character === ")") depth -= 1;
            if (depth > 1 || depth < 0) {
              nested.push(String(phrase));
              break;
            }
          }
        }
      }
    }
    expect(nested).toEqual([]);
  });
});
