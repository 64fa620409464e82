// The matcher reads its anchor index from a generated module. Built here again from the
// lexicon sources, the slow way, it must be the same: edit a lexicon, run `npm run gen:lexicon`.
import { describe, expect, it } from "vitest";
import { decodeTemplate, decodeUnits } from "../../../src/core/spoilers/graph";
import { buildLexiconIndex, foldPhrase, readIndexModule, renderIndexModule } from "../../../src/core/spoilers/index-builder";
import * as generated from "../../../src/core/spoilers/lexicon-index.generated";
import { LEXICONS } from "../../../src/core/spoilers/lexicons";

describe("generated lexicon index", () => {
  const built = buildLexiconIndex();

  it("is in sync with the lexicons (run `npm run gen:lexicon` after editing one)", () => {
    expect(readIndexModule(generated)).toEqual(built);
    for (const value of Object.values(generated)) expect(renderIndexModule(built)).toContain(JSON.stringify(value));
    // Template ids: the latin part's first, so the CJK part can be appended when needed.
    expect(built.latin.templateCount).toBeLessThanOrEqual(built.cjk.templateCount);
    expect(built.cjk.templateCount).toBe(built.templates.length);
    for (const ids of Object.values(built.latin.byAnchor)) for (const id of ids) expect(id).toBeLessThan(built.latin.templateCount);
  });

  it("holds every phrase of every lexicon, and every marker phrase has an anchor or compiles at once", () => {
    const phrases = LEXICONS.reduce((sum, lexicon) => sum + Object.entries(lexicon).filter(([list, value]) => list !== "qualifiers" && Array.isArray(value)).map(([, value]) => value as unknown[]).reduce((n, list) => n + list.length, 0), 0);
    expect(built.templates.length).toBeGreaterThanOrEqual(phrases);
    const reachable = new Set<number>();
    for (const part of [built.latin, built.cjk]) {
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
  });
});
