// countWords takes a native regex for text whose letters are all ASCII, and a loop per character
// otherwise: both must count alike. A trailing " é" sends a text down the loop, adding one word.
import { describe, expect, it } from "vitest";
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
