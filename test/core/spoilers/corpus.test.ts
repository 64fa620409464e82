// The multilingual corpus (test/fixtures/spoiler-corpus.ts) through the whole digest path: each
// marked passage (LEAKn) is gone from the HTML and the plain-text part, each unmarked one
// (KEEPn) is in both, and whole-post flags withhold the body.
import { describe, expect, it } from "vitest";
import { prepareDigest } from "../../../src/core/digest";
import type { Review } from "../../../src/core/types";
import { corpus } from "../../fixtures/spoiler-corpus";

function makeReview(title: string, html: string): Review {
  const link = "https://critic.test/post/1";
  return { id: link, link, title, categories: [], html, source: "generic", containsSpoilers: false };
}

function tokens(html: string, prefix: string): string[] {
  return [...new Set(html.match(new RegExp(`${prefix}\\d`, "g")) ?? [])];
}

describe.each(corpus)("$lang: $name", (post) => {
  const { digest, reviews } = prepareDigest([makeReview(post.title ?? "A review", post.html)], { publication: "Corpus" });

  it("leaves out every marked passage, in the HTML and in the text part", () => {
    for (const leak of tokens(post.html, "LEAK")) {
      expect(digest.html).not.toContain(leak);
      expect(digest.text).not.toContain(leak);
    }
  });

  it("keeps every unmarked passage, in the HTML and in the text part", () => {
    for (const keep of tokens(post.html, "KEEP")) {
      expect(digest.html).toContain(keep);
      expect(digest.text).toContain(keep);
    }
  });

  it(post.withheld ? "withholds the whole body" : "reports each removal, and nothing when nothing is marked", () => {
    expect(reviews[0]!.withheld).toBe(post.withheld === true);
    expect(reviews[0]!.removed.length > 0).toBe(tokens(post.html, "LEAK").length > 0);
  });
});

describe("the corpus itself", () => {
  it("has at least six posts in each lexicon language", () => {
    for (const lang of ["en", "es", "pt", "fr", "de", "it", "ko", "ja"]) {
      expect(corpus.filter((post) => post.lang === lang).length).toBeGreaterThanOrEqual(6);
    }
  });
});
