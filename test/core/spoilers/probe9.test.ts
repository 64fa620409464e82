// The ninth red-team corpus (test/fixtures/spoiler-probe9.ts): posts written blind by a ninth
// author. Seven posts each in the eight languages added last (el, he, hu, ro, fi, ca, hi, fa):
// paired opener + closer, a scoped "the next paragraph" warning, a heading naming spoilers in the
// language's own words, a title tag that withholds the post, a warning that never says "spoiler",
// a trap, and one local habit. Then long-review habits in en, es, pt, fr, de, it, ja, ko, zh and
// ru: markers in the middle of long paragraphs, in blockquotes, pull quotes and image captions,
// "(minor spoilers)" asides, joke warnings, a spoiler section followed by a gallery, two spoiler
// sections in a row, a scoped "the rest of this section", and traps. Same checks as the other
// corpora (checkPost), with its own describe. What it still misses is listed as expected
// failures, with why.
import { describe, expect, it } from "vitest";
import { checkPost } from "./corpus-support";
import { posts9 } from "../../fixtures/spoiler-probe9";

/** conv → why the engine still misses it. */
const KNOWN_MISSES: Record<string, string> = {
  "he: '(ספוילר קל)' aside in the middle of a long paragraph covers the rest of that paragraph":
    "blind probe 9: the Hebrew aside '(ספוילר קל)' (minor spoiler) mid-paragraph marks nothing; LEAK1 after it leaks (borderline)",
  "en: '(minor spoilers)' aside mid-sentence covers the rest of that paragraph":
    "blind probe 9: the sentence holding '(minor spoilers)' is cut whole, so KEEP2, its first half, is lost (borderline: the aside and its spoiler share the sentence)",
};

describe("the ninth red-team corpus", () => {
  it("has unique convs, and names each known miss once", () => {
    expect(new Set(posts9.map((post) => post.conv)).size).toBe(posts9.length);
    for (const conv of Object.keys(KNOWN_MISSES)) expect(posts9.some((post) => post.conv === conv), conv).toBe(true);
  });

  it("keeps every post within nine LEAK and nine KEEP tokens", () => {
    for (const post of posts9) {
      for (const prefix of ["LEAK", "KEEP"] as const) {
        const found = post.html.match(new RegExp(`${prefix}\\d+`, "g")) ?? [];
        expect(found.every((token) => /^(LEAK|KEEP)[1-9]$/.test(token)), `${post.conv} ${prefix}`).toBe(true);
      }
    }
  });

  posts9.forEach((post, index) => {
    const title = `#${index} [${post.lang}] ${post.conv}`;
    const miss = KNOWN_MISSES[post.conv];
    if (miss) it.fails(`${title} (known miss: ${miss})`, () => checkPost(post));
    else it(title, () => checkPost(post));
  });
});
