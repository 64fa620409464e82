// One way to run a corpus post through the whole digest path and check it: each marked passage
// (LEAKn) gone from the HTML and the plain-text part, each unmarked one (KEEPn) in both, and the
// whole-post flag as expected. The red-team corpora share it, with their known misses.
import { describe, expect, it } from "vitest";
import { prepareDigest } from "../../../src/core/digest";

export interface CorpusPost {
  lang: string;
  /** The convention the post tries; unique within its corpus. */
  conv: string;
  html: string;
  title?: string;
  withheld?: boolean;
}

/**
 * The eight core languages every red-team corpus covers. The lexicons know more (zh, ru, nl, pl,
 * tr, sv); their corpus is languages-more.test.ts, which checks that every lexicon module has one.
 */
export const CORE_LANGUAGES = ["en", "es", "pt", "fr", "de", "it", "ko", "ja"];

/** The distinct LEAKn or KEEPn tokens of a post. */
export function tokens(html: string, prefix: "LEAK" | "KEEP"): string[] {
  return [...new Set(html.match(new RegExp(`${prefix}\\d+`, "g")) ?? [])];
}

/** Runs the post as a generic feed's review and asserts what its tokens and flag ask. */
export function checkPost(post: CorpusPost): void {
  const link = "https://critic.test/post/1";
  const { digest, reviews } = prepareDigest(
    [{ id: link, link, title: post.title ?? "A review", categories: [], html: post.html, source: "generic", containsSpoilers: false }],
    { publication: "Corpus" },
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

export interface CorpusOptions {
  /** The languages the corpus covers, exactly; null for no check. The core languages by default. */
  languages?: readonly string[] | null;
  /** Whether every post keeps to LEAK1–LEAK9 and KEEP1–KEEP9, so no token is a prefix of another. */
  singleDigitTokens?: boolean;
}

/**
 * A test per post; `knownMisses` (conv → why) run as expected failures, so fixing one turns its
 * test red until it leaves the list. Also checks the corpus's languages, that its convs are
 * unique, and that every known miss names a post.
 */
export function describeCorpus(name: string, posts: readonly CorpusPost[], knownMisses: Record<string, string>, options: CorpusOptions = {}): void {
  const languages = options.languages === undefined ? CORE_LANGUAGES : options.languages;
  describe(name, () => {
    it("covers its languages, and names each known miss once", () => {
      if (languages) expect(new Set(posts.map((post) => post.lang))).toEqual(new Set(languages));
      expect(new Set(posts.map((post) => post.conv)).size).toBe(posts.length);
      for (const conv of Object.keys(knownMisses)) expect(posts.some((post) => post.conv === conv), conv).toBe(true);
    });

    if (options.singleDigitTokens) {
      it("keeps every post within nine LEAK and nine KEEP tokens", () => {
        for (const post of posts) {
          const found = post.html.match(/(LEAK|KEEP)\d+/g) ?? [];
          expect(found.every((token) => /^(LEAK|KEEP)[1-9]$/.test(token)), post.conv).toBe(true);
        }
      });
    }

    posts.forEach((post, index) => {
      const title = `#${index} [${post.lang}] ${post.conv}`;
      const miss = knownMisses[post.conv];
      if (miss) it.fails(`${title} (known miss: ${miss})`, () => checkPost(post));
      else it(title, () => checkPost(post));
    });
  });
}
