// The seventh red-team corpus (test/fixtures/spoiler-probe7.ts): posts written blind by a seventh
// author, focused on TV recaps and episode reviews, newsletters (Substack widgets), podcast show
// notes with chapter timestamps, Letterboxd, Reddit's rendered spoiler spans, Goodreads' "(view
// spoiler)" containers, static-site markup (Hugo details, Jekyll headings, Eleventy containers),
// AO3-style end notes, Douban, Bilibili, Habr and VK; in the fourteen claimed languages and nine
// more (id, vi, th, ar, uk, cs, da, el, he). Same checks as the other corpora (checkPost), with its
// own describe. What it still misses is listed as expected failures, with why.
import { describe, expect, it } from "vitest";
import { checkPost } from "./corpus-support";
import { posts7 } from "../../fixtures/spoiler-probe7";

/** conv → why the engine still misses it. */
const KNOWN_MISSES: Record<string, string> = {
  "en: AO3-style pointer to end notes ('see the end notes for spoilery thoughts') with the notes block at the bottom":
    "blind probe 7: a pointer at the top ('See the end of the post for spoilery notes') does not hide the AO3-style end-notes block it names; LEAK1–LEAK2 leak",
  "es: podcast show notes 'a partir del minuto 25:40, destripamos el final' then the chapter text":
    "blind probe 7: 'A partir del 25:40 destripamos el final:' in podcast show notes is not read as a marker (borderline); LEAK1 leaks",
};

describe("the seventh red-team corpus", () => {
  it("has unique convs, and names each known miss once", () => {
    expect(new Set(posts7.map((post) => post.conv)).size).toBe(posts7.length);
    for (const conv of Object.keys(KNOWN_MISSES)) expect(posts7.some((post) => post.conv === conv), conv).toBe(true);
  });

  it("keeps every post within nine LEAK and nine KEEP tokens", () => {
    for (const post of posts7) {
      for (const prefix of ["LEAK", "KEEP"] as const) {
        const found = post.html.match(new RegExp(`${prefix}\\d+`, "g")) ?? [];
        expect(found.every((token) => /^(LEAK|KEEP)[1-9]$/.test(token)), `${post.conv} ${prefix}`).toBe(true);
      }
    }
  });

  posts7.forEach((post, index) => {
    const title = `#${index} [${post.lang}] ${post.conv}`;
    const miss = KNOWN_MISSES[post.conv];
    if (miss) it.fails(`${title} (known miss: ${miss})`, () => checkPost(post));
    else it(title, () => checkPost(post));
  });
});
