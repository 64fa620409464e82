// Whole-review flags: the body is withheld; title, film, rating and link are kept.
import { describe, expect, it } from "vitest";
import { detectWholeReviewFlag, stripSpoilers } from "../../../src/core/spoilers";
import type { Review } from "../../../src/core/types";

function makeReview(overrides: Partial<Review>): Review {
  return {
    id: "https://letterboxd.com/critic/film/ballerina-2023/",
    link: "https://letterboxd.com/critic/film/ballerina-2023/",
    title: "Ballerina, 2023 - ★★★★",
    categories: [],
    html: "<p>LEAK the friend dies in the first act.</p>",
    source: "letterboxd",
    film: { title: "Ballerina", year: 2023, rating: 4 },
    containsSpoilers: false,
    ...overrides,
  };
}

const flagged: Array<[string, Partial<Review>, string]> = [
  ["Letterboxd's title suffix", { title: "Ballerina, 2023 - ★★★★ (contains spoilers)" }, "(contains spoilers)"],
  ["Letterboxd's body line", { html: "<p><em>This review may contain spoilers.</em></p><p>LEAK it ends.</p>" }, "This review may contain spoilers."],
  [
    "Letterboxd's body line after the poster, in a feed read as generic",
    { source: "generic", html: '<p><img src="https://a.ltrbxd.com/poster.jpg"/></p> <p><em>This review may contain spoilers.</em></p><p>LEAK it ends.</p>' },
    "This review may contain spoilers.",
  ],
  ["the feed parser's flag", { containsSpoilers: true }, "(contains spoilers)"],
  ["a leading [Spoilers] tag", { title: "[Spoilers] Ballerina: the ending explained", source: "generic" }, "[Spoilers]"],
  ["a leading 'Spoiler review'", { title: "Spoiler Review: Ballerina", source: "generic" }, "Spoiler Review"],
  ["a trailing 'spoiler-heavy review'", { title: "Ballerina: spoiler-heavy review", source: "generic" }, "spoiler-heavy review"],
  ["a first-block content warning naming a finale", { source: "generic", html: "<p><strong>[cw: Ballerina finale]</strong></p><p>LEAK it ends.</p>" }, "[cw: Ballerina finale]"],
  ["a first-block content warning naming 最終回", { source: "generic", html: "<p>CW: 最終回の感想</p><p>LEAK it ends.</p>" }, "CW: 最終回の感想"],
  ["a trailing tag before a bracketed aside (en)", { title: "Dune: Part Two — Spoiler Review (see the film first)", source: "generic" }, "Spoiler Review"],
  ["a trailing tag before a bracketed aside (ur)", { title: "ڈیون پارٹ ٹو — اسپائلر ریویو (پہلے فلم دیکھیں)", source: "generic" }, "اسپائلر ریویو"],
  ["a leading French [SPOIL]", { title: "[SPOIL] Ballerina : on parle de la fin", source: "generic" }, "[SPOIL]"],
  ["a trailing French (Spoils)", { title: "Ballerina : notre avis (Spoils)", source: "generic" }, "(Spoils)"],
  ["a Japanese tag followed by genre nouns", { title: "映画『バレリーナ』ネタバレ感想・考察", source: "generic" }, "ネタバレ感想"],
  ["a Korean tag followed by genre nouns", { title: "영화 발레리나 스포 후기·해석", source: "generic" }, "스포 후기"],
  ["a bracketed tag mid-title (es)", { title: "Reseña (contiene spoilers) de Ballerina, la secuela", source: "generic" }, "(contiene spoilers)"],
  ["a bracketed tag mid-title (pt)", { title: "Crítica (contém spoilers) – Ballerina", source: "generic" }, "(contém spoilers)"],
  ["a bracketed tag mid-title (en)", { title: "Ballerina (contains spoilers) and the John Wick formula", source: "generic" }, "(contains spoilers)"],
  ["a Korean half-paren label leading the title", { title: "스포) 발레리나 후기", source: "generic" }, "스포)"],
];

describe("whole-review flags", () => {
  it.each(flagged)("withholds the body for %s", (_name, overrides, trigger) => {
    const review = makeReview(overrides);
    expect(detectWholeReviewFlag(review)).toBe(trigger);
    const [result] = stripSpoilers([review]);
    expect(result!.withheld).toBe(true);
    expect(result!.html).not.toContain("LEAK");
    expect(result!.html).toContain(`<a href="${review.link}">read it in the original post</a>`);
    expect(result!.title).toBe(review.title);
    expect(result!.film).toEqual({ title: "Ballerina", year: 2023, rating: 4 });
    expect(result!.link).toBe(review.link);
    expect(result!.removed).toEqual([expect.objectContaining({ marker: "whole-review", trigger })]);
    expect(result!.removed[0]!.words).toBeGreaterThan(3);
  });

  it.each([
    ["a spoiler-free title", { title: "Spoiler-free review: Ballerina" }],
    ["a title merely mentioning spoilers", { title: "Why spoilers don't matter for Ballerina" }],
    ["a content warning about something else", { source: "generic", html: "<p><strong>CW:</strong> violence, a dog in peril</p><p>KEEP the action is superb.</p>" }],
    ["a content warning naming an ending after the first block", { source: "generic", html: "<p>KEEP a fine film.</p><p>CW: the ending</p><p>KEEP more.</p>" }],
    ["a spoiler-light title", { title: "Ballerina (spoiler-light review)" }],
    ["'… of spoilers' before an aside, not set apart", { title: "In defence of spoilers (and why this essay has none)" }],
    ["'spoil' as a word in the title", { title: "Does the trailer spoil Ballerina?" }],
    ["a bracketed [spoil] mid-title", { title: "Pourquoi on [spoil] tout : Ballerina" }],
    ["a bracketed '(no spoilers)' mid-title", { title: "Ballerina (no spoilers) and the John Wick formula" }],
    ["a bracketed bare label mid-title", { title: "Ballerina (spoilers?) is a thing of beauty" }],
    ["a quoted bracketed tag mid-title", { title: "Why “(contains spoilers)” warnings fail Ballerina" }],
    ["'스포츠)' leading the title", { title: "스포츠) 발레리나 후기" }],
    ["ネタバレなし followed by genre nouns", { title: "映画『バレリーナ』ネタバレなし感想・考察" }],
    ["a body that only talks about spoilers", { html: "<p>No spoilers: KEEP the action is superb.</p>" }],
  ] as Array<[string, Partial<Review>]>)("keeps the body for %s", (_name, overrides) => {
    const review = makeReview(overrides);
    expect(detectWholeReviewFlag(review)).toBeUndefined();
    const [result] = stripSpoilers([review]);
    expect(result!.withheld).toBe(false);
    expect(result!.html).toBe(review.html);
  });

  it.each([
    ["pt", "<p><b>ATENÇÃO: esse review contém spoilers!</b></p><p>LEAK1 a.</p><p>LEAK2 b.</p>", "ATENÇÃO: esse review contém spoilers!"],
    ["en", "<p><img src=\"https://x.test/poster.jpg\"></p><p>Spoilers ahead!</p><p>LEAK1 a.</p>", "Spoilers ahead!"],
    ["ja", "<p>以下ネタバレ</p><p>LEAK1 犯人は弟。</p><h2>LEAK2 感想</h2><p>LEAK3 よかった。</p>", "以下ネタバレ"],
  ])("withholds a %s review whose first block is a warning that hides all the rest", (_lang, html, trigger) => {
    const [result] = stripSpoilers([makeReview({ source: "generic", html })]);
    expect(result!.withheld).toBe(true);
    expect(result!.html).not.toContain("LEAK");
    expect(result!.removed).toEqual([expect.objectContaining({ marker: "whole-review", trigger })]);
  });

  it.each([
    ["a closer that leaves a verdict", "<p>Spoilers ahead!</p><p>LEAK1 a.</p><p>End of spoilers.</p><p>KEEP1 b.</p>"],
    ["a first block that carries its spoiler after the label", "<p>《ネタバレ》 LEAK1 犯人は姉でした。</p>"],
    ["a warning that is not the first block", "<p>KEEP1 intro.</p><p>Spoilers ahead!</p><p>LEAK1 a.</p>"],
  ])("sends the review, not withheld, for %s", (_name, html) => {
    const [result] = stripSpoilers([makeReview({ source: "generic", html })]);
    expect(result!.withheld).toBe(false);
    expect(result!.html).not.toContain("LEAK");
  });

  it("keeps each review's own result when several go through together", () => {
    const results = stripSpoilers([
      makeReview({ title: "A (contains spoilers)" }),
      makeReview({ html: "<p>KEEP1.</p><p>Spoilers ahead</p><p>LEAK1.</p>" }),
      makeReview({ html: "<p>KEEP2.</p>" }),
    ]);
    expect(results.map((review) => review.withheld)).toEqual([true, false, false]);
    expect(results[1]!.html).toContain("KEEP1");
    expect(results[1]!.html).not.toContain("LEAK1");
    expect(results[1]!.removed).toHaveLength(1);
    expect(results[2]!.removed).toEqual([]);
  });
});
