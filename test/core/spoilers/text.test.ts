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
