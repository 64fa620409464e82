// The matcher reads its anchor index from a generated module. Built here again from the
// lexicon sources, the slow way, it must be the same: edit a lexicon, run `npm run gen:lexicon`.
import { describe, expect, it } from "vitest";
import { decodeTemplate, decodeUnits, type LexiconIndex } from "../../../src/core/spoilers/graph";
import { buildLexiconIndex, foldPhrase, renderIndexModule } from "../../../src/core/spoilers/index-builder";
import { LEXICON_INDEX } from "../../../src/core/spoilers/lexicon-index.generated";
import { LEXICONS } from "../../../src/core/spoilers/lexicons";

describe("generated lexicon index", () => {
  const built = buildLexiconIndex();

  it("is in sync with the lexicons (run `npm run gen:lexicon` after editing one)", () => {
    expect(JSON.parse(LEXICON_INDEX) as LexiconIndex).toEqual(built);
    expect(renderIndexModule(built)).toContain(JSON.stringify(LEXICON_INDEX));
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
