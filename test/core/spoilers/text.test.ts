// countWords takes a native regex for text whose letters are all ASCII, and a loop per character
// otherwise: both must count alike. A trailing " é" sends a text down the loop, adding one word.
import { describe, expect, it } from "vitest";
import { buildStream } from "../../../src/core/spoilers/stream";
import { countWords } from "../../../src/core/spoilers/text";

describe("countWords", () => {
  const cases: Array<[string, number]> = [
    ["It’s a twist!", 3],
    ["rock'n'roll, don’t", 2],
    ["a''b", 2],
    ["end' ", 1],
    ["'tis the season", 3],
    ["x\uFFFCy", 2],
    ["it'\uFFFCs", 2],
    ["«Quote» — end… ¿qué?", 3],
    ["", 0],
    ["2024-05-01 at 10:30", 6],
  ];

  it.each(cases)("counts %j as %i words", (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it.each(cases)("counts %j the same by the loop as by the regex", (text, words) => {
    expect(countWords(`${text} é`)).toBe(words + 1);
  });
});

describe("buildStream's qualifiers", () => {
  const qualifiers = new Set(["light", "major"]);
  const cases: Array<[string, string]> = [
    ["Major spoilers ahead", "spoilers ahead"],
    ["Spoilers light", "spoilers"],
    ["Spoiler-light review", "spoiler light review"],
    ["spoiler\u2011light, major-spoilers", "spoiler light spoilers"],
  ];

  // A qualifier hyphened to the word before it is half of a compound, so it stays.
  it.each(cases)("folds %j to %j, by the plain path and the full one alike", (text, folded) => {
    expect(buildStream(text, qualifiers).text).toBe(folded);
    expect(buildStream(`${text} é`, qualifiers).text).toBe(`${folded} e`);
  });
});

describe("buildStream's held-down letters", () => {
  const cases: Array<[string, string]> = [
    ["SPOILERSSSS! He dies", "spoilers|he dies"],
    ["SPOILERRRR ahead", "spoiler ahead"],
    ["spoiler alerttttt", "spoiler alert"],
    // Held down inside a word, a letter stays as typed: only the last one is read as held.
    ["spoooilers", "spoooilers"],
    // Two of a letter are a spelling; digits are a number.
    ["Schifffahrt, 1000 cuts, spoilerss", "schifffahrt 1000 cuts spoilerss"],
  ];

  it.each(cases)("folds %j to %j, by the plain path and the full one alike", (text, folded) => {
    expect(buildStream(text, new Set()).text).toBe(folded);
    expect(buildStream(`${text} é`, new Set()).text).toBe(`${folded} e`);
  });

  it("maps a shortened word back to the whole of it", () => {
    for (const text of ["x SPOILERSSSS y", "x SPOILERSSSS y é"]) {
      const stream = buildStream(text, new Set());
      const start = stream.text.indexOf("spoilers");
      expect(text.slice(stream.from(start), stream.to(start + "spoilers".length - 1))).toBe("SPOILERSSSS");
    }
  });
});
