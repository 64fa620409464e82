// The review this product was built around: its spoilers go, every other paragraph stays.
import { describe, expect, it } from "vitest";
import { removeSpoilers, stripSpoilers } from "../../../src/core/spoilers";
import type { Review } from "../../../src/core/types";
import ballerina from "../../fixtures/medium-ballerina.xml?raw";
import { countParagraph, plainText, readEncodedContent } from "./helpers";

const link = "https://medium.com/@jefflight/ballerina";
const html = readEncodedContent(ballerina);

const leaks = [
  "Sex Trafficking",
  "Mongolia or Vietnam",
  "Again, trigger warning: that plays a role in this film.",
  "two major news stories",
  "Burning Sun",
  "cabinet ministers",
  "memorialGooHara",
  "Actual memorial for Goo Hara",
  "Skip this paragraph",
  "End of Spoilers",
];

const kept = [
  "Lead actress Jun Jong-seo",
  "“Oldboy meets John Wick”",
  "So: trigger warning for this film.",
  "No magical bulletproof suits here.",
  "She’s a badass who uses knives",
  "Like most great films in the Revenge sub-genre",
  "What we’re talking about is",
  "In short, a couple heightened moments aside",
  "Ok-Joo becomes an instrument of righteous vengeance",
  "Jong-Seo is likely the reason",
  "The film as well is directed with a poetry",
  "Costume is Character.",
  "costumeNeonNoir",
  "Young writer/director Lee Chung-hyun",
  "I won’t spoil anything, but I literally cheered out loud",
  "If only an Ok-Joo existed in real life.",
];

describe("the seed review (medium-ballerina.xml)", () => {
  const result = removeSpoilers(html, { link });

  it.each(leaks)("loses %s", (leak) => {
    expect(html).toContain(leak);
    expect(result.html).not.toContain(leak);
  });

  it.each(kept)("keeps %s", (text) => {
    expect(result.html).toContain(text);
  });

  it("keeps every unmarked paragraph whole", () => {
    const marked = /Skip this paragraph|two major news stories|Actual memorial|End of Spoilers|Mild Spoiler Warning/;
    const unmarked = plainText(html).split("\n").filter((line) => !marked.test(line));
    const after = plainText(result.html).split("\n");
    expect(unmarked.length).toBeGreaterThan(12);
    for (const paragraph of unmarked) expect(after).toContain(paragraph);
    expect(countParagraph(result.html)).toBe(countParagraph(html) - 3);
  });

  it("reports the inline warning and the skipped section, with word counts", () => {
    expect(result.removed.map((passage) => [passage.marker, passage.trigger])).toEqual([
      ["inline-warning", "(Mild Spoiler Warning):"],
      ["prose-scoped", "(Skip this paragraph to avoid Plot Spoilers)"],
    ]);
    expect(result.removed[0]!.text).toMatch(/^Sex Trafficking/);
    expect(result.removed[1]!.text).toContain("Goo Hara");
    for (const passage of result.removed) expect(passage.words).toBeGreaterThan(40);
  });

  it("leaves one notice, linked to the post, where the adjacent removals were", () => {
    expect(result.html.match(/spoiler hidden/gi)).toHaveLength(1);
    expect(result.html).toContain(`What we’re talking about is <em data-notice="inline">[<a href="${link}">spoiler hidden</a>]</em></p>`);
  });

  it("is left as it is by a second pass (a notice is not a marker)", () => {
    const again = removeSpoilers(result.html, { link });
    expect(again.removed).toEqual([]);
    expect(plainText(again.html)).toBe(plainText(result.html));
  });

  it("in mark mode hides the same text and removes only the markers", () => {
    const marked = removeSpoilers(html, { link, mode: "mark" });
    expect(marked.html).not.toMatch(/Skip this paragraph|End of Spoilers|Mild Spoiler Warning/);
    expect(marked.html).toMatch(/<span data-spoiler="inline-warning">Sex Trafficking[^<]*<\/span><\/p>/);
    expect(marked.html).toMatch(/<div data-spoiler="prose-scoped"><p>The film is specifically[\s\S]*memorialGooHara[\s\S]*<\/figure><\/div>/);
    for (const text of kept) expect(marked.html).toContain(text);
  });

  it("goes through stripSpoilers with the review's own link", () => {
    const review: Review = {
      id: "7f3a9c2e1b4d", link, title: "“Ballerina” (2023)", categories: [], html, source: "medium", containsSpoilers: false,
    };
    const [stripped] = stripSpoilers([review]);
    expect(stripped!.withheld).toBe(false);
    expect(stripped!.html).toBe(result.html);
    expect(stripped!.removed).toHaveLength(2);
  });
});
