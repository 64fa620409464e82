// The sixth red-team corpus (test/fixtures/spoiler-probe6.ts): posts written blind by a sixth
// author from real platform markup and critics' habits in the eight lexicon languages and five
// more (zh, ru, nl, pl, tr): Substack header anchors and footnotes, Discourse, XenForo, WoltLab
// and vBulletin spoiler boxes, Wikipedia-style notice templates, Bootstrap collapses, Kadence and
// Ultimate Blocks accordions, Mastodon RSS content warnings, Naver SmartEditor spoiler space,
// PTT [好雷]/[無雷] titles, Ekşi Sözlük's paired "--- spoiler ---", scoped warnings without the
// word "spoiler", title tags, and traps. Same checks as the other corpora (checkPost), but with
// its own describe: describeCorpus pins the corpus to LEXICON_LANGUAGES, which this one exceeds.
// What it still misses is listed as expected failures, with why.
import { describe, expect, it } from "vitest";
import { checkPost } from "./corpus-support";
import { posts6 } from "../../fixtures/spoiler-probe6";

/** conv → why the engine still misses it. */
const KNOWN_MISSES: Record<string, string> = {
  "it: Substack footnote announced in the text as 'nella nota 1 c'è lo spoiler del finale'":
    "blind probe 6: a footnote announced in the text as the spoiler ('nella nota 1 c'è lo spoiler del finale') is not hidden; LEAK1 leaks",
  "ko trap: quoted '스포 주의' as a topic (YouTube thumbnails)":
    "blind probe 6: a quoted '스포 주의' mid-sentence (talk about YouTube thumbnails) opens a span; KEEP1–KEEP3 are lost",
};

describe("the sixth red-team corpus", () => {
  it("has unique convs, and names each known miss once", () => {
    expect(new Set(posts6.map((post) => post.conv)).size).toBe(posts6.length);
    for (const conv of Object.keys(KNOWN_MISSES)) expect(posts6.some((post) => post.conv === conv), conv).toBe(true);
  });

  it("keeps every post within nine LEAK and nine KEEP tokens", () => {
    for (const post of posts6) {
      for (const prefix of ["LEAK", "KEEP"] as const) {
        const found = post.html.match(new RegExp(`${prefix}\\d+`, "g")) ?? [];
        expect(found.every((token) => /^(LEAK|KEEP)[1-9]$/.test(token)), `${post.conv} ${prefix}`).toBe(true);
      }
    }
  });

  posts6.forEach((post, index) => {
    const title = `#${index} [${post.lang}] ${post.conv}`;
    const miss = KNOWN_MISSES[post.conv];
    if (miss) it.fails(`${title} (known miss: ${miss})`, () => checkPost(post));
    else it(title, () => checkPost(post));
  });
});
