// The fourth red-team corpus (test/fixtures/spoiler-probe4.ts): 108 posts written blind by a fourth
// author, aimed at long reviews with markers mid-post, closers in many forms, scoped warnings with
// numbers in words or digits, markers in list items and table cells, and title tags in every
// position, plus 10 traps written to check the fixes it led to. Same checks as probe.test.ts; what
// it still misses is listed as expected failures, with why.
import { describe, expect, it } from "vitest";
import { prepareDigest } from "../../../src/core/digest";
import { postFixTraps4, posts4, type P4 } from "../../fixtures/spoiler-probe4";

/** conv → why the engine still misses it. */
const KNOWN_MISSES: Record<string, string> = {
  "en: spoiler in list item": "borderline: a 'Spoiler:' item also hides the next item, as the README describes for a label line",
  "fr: titre [SPOIL]": "«spoil» alone is not a label: as one, it would also fire on English headings such as 'Does the trailer spoil it?'",
};

function tokens(html: string, prefix: string): string[] {
  return [...new Set(html.match(new RegExp(`${prefix}\\d`, "g")) ?? [])];
}

function check(post: P4): void {
  const link = "https://critic.test/post/1";
  const { digest, reviews } = prepareDigest(
    [{ id: link, link, title: post.title ?? "A review", categories: [], html: post.html, source: "generic", containsSpoilers: false }],
    { publication: "Probe" },
  );
  for (const leak of tokens(post.html, "LEAK")) {
    expect(digest.html, leak).not.toContain(leak);
    expect(digest.text, leak).not.toContain(leak);
  }
  for (const keep of tokens(post.html, "KEEP")) {
    expect(digest.html, keep).toContain(keep);
    expect(digest.text, keep).toContain(keep);
  }
  expect(reviews[0]!.withheld).toBe(post.withheld === true);
}

describe("the fourth red-team corpus", () => {
  const all = [...posts4, ...postFixTraps4];

  it("covers every lexicon language, and names each known miss once", () => {
    expect(new Set(posts4.map((post) => post.lang))).toEqual(new Set(["en", "es", "pt", "fr", "de", "it", "ko", "ja"]));
    expect(new Set(all.map((post) => post.conv)).size).toBe(all.length);
    for (const conv of Object.keys(KNOWN_MISSES)) expect(all.some((post) => post.conv === conv), conv).toBe(true);
  });

  all.forEach((post, index) => {
    const name = `#${index} [${post.lang}] ${post.conv}`;
    const miss = KNOWN_MISSES[post.conv];
    if (miss) it.fails(`${name} (known miss: ${miss})`, () => check(post));
    else it(name, () => check(post));
  });
});
