import { describe, expect, it } from "vitest";
import { prepareDigest } from "../../src/core/digest";
import { parseFeed } from "../../src/core/feed";
import { sanitizeHtml } from "../../src/core/sanitize";
import { stripSpoilers } from "../../src/core/spoilers";
import type { Review } from "../../src/core/types";
import atomXml from "../fixtures/atom-jekyll-blog.xml?raw";
import letterboxdXml from "../fixtures/letterboxd-davevis.xml?raw";
import mediumXml from "../fixtures/medium-ballerina.xml?raw";

describe("prepareDigest", () => {
  it("turns the Ballerina feed into one email under 100 KB", async () => {
    const feed = await parseFeed(mediumXml);
    const { digest, reviews } = prepareDigest(feed.reviews, { publication: "Jeff Light Reviews" });
    expect(digest.subject).toBe("“Ballerina” (2023) Is Korea’s Next Cult Hit Hiding In Plain Sight");
    expect(new TextEncoder().encode(digest.html).length).toBeLessThan(100_000);
    expect(digest.html).toContain("If only an Ok-Joo existed in real life.");
    expect(digest.text).toContain("If only an Ok-Joo existed in real life.");
    expect(digest.html).not.toContain("medium.com/_/stat");
    expect(reviews).toHaveLength(1);
    expect(reviews[0]!.id).toBe("https://medium.com/p/7f3a9c2e1b4d");
  });

  it("sanitises every body against its own link before rendering", async () => {
    const feed = await parseFeed(atomXml);
    const { digest, reviews } = prepareDigest(feed.reviews);
    const first = reviews[0]!;
    expect(first.html).toContain('src="https://filmnotes.example.org/assets/img/ballerina-still.jpg"');
    expect(first.html).toContain('href="https://filmnotes.example.org/2023/11/30/the-call/"');
    expect(first.html).not.toContain("width:800px");
    expect(digest.html).toContain('href="https://filmnotes.example.org/2023/11/30/the-call/" rel="noopener"');
    expect(digest.subject).toBe("2 new reviews: Ballerina (2023): revenge with a pulse and The Call (2020)");
  });

  it("never lets feed markup through unsanitised", () => {
    const hostile: Review = {
      id: "x",
      link: "https://blog.example/x/",
      title: "Hostile",
      categories: [],
      html: '<p onclick="steal()">Fine words.</p><script>steal()</script><iframe src="https://evil.example/"></iframe>',
      source: "generic",
      containsSpoilers: false,
    };
    const { digest } = prepareDigest([hostile]);
    expect(digest.html).toMatch(/<p style="[^"]*">Fine words\.<\/p>/);
    expect(digest.html).not.toContain("steal()");
    expect(digest.html).not.toContain("evil.example");
  });

  it("names an untitled post (Mastodon's RSS has no titles) from its first spoiler-free sentence, never from a spoiler", async () => {
    const toot = (id: number, text: string) => `<item><guid>https://mastodon.test/@ana/${id}</guid><link>https://mastodon.test/@ana/${id}</link><description>${text}</description></item>`;
    const feed = await parseFeed(`<?xml version="1.0"?><rss version="2.0"><channel><title>Ana</title><link>https://mastodon.test/@ana</link>
      ${toot(1, "&lt;p&gt;Just saw Sinners twice. The music sequence is the best thing this year.&lt;/p&gt;")}
      ${toot(2, "&lt;p&gt;Spoiler: the aunt did it.&lt;/p&gt;&lt;p&gt;Weapons is still the best horror film of the year.&lt;/p&gt;")}
      ${toot(3, "&lt;p&gt;Spoilers: the aunt did it.&lt;/p&gt;")}
      </channel></rss>`);
    expect(feed.reviews.map((review) => review.title)).toEqual(["Untitled", "Untitled", "Untitled"]);
    const { digest, reviews } = prepareDigest(feed.reviews);
    expect(reviews.map((review) => review.title)).toEqual(["Just saw Sinners twice", "Weapons is still the best horror film of the year", "A post marked as containing spoilers"]);
    expect(digest.subject).not.toMatch(/aunt|Untitled/);
    expect(digest.preheader).toBe("Just saw Sinners twice.");
  });

  it("keeps Letterboxd film lines", async () => {
    const feed = await parseFeed(letterboxdXml);
    const { digest } = prepareDigest(feed.reviews);
    expect(digest.html).toContain("Ballerina (2023) · ★★★★½");
    expect(digest.html).toContain("Burning (2018)");
  });

  it("strips the Ballerina spoilers from every part and keeps the engine's notice through the sanitiser", async () => {
    const feed = await parseFeed(mediumXml);
    const { digest, reviews } = prepareDigest(feed.reviews);
    for (const part of [digest.html, digest.text, digest.preheader]) {
      expect(part).not.toContain("blackmail ring");
      expect(part).not.toContain("Burning Sun");
      expect(part).not.toContain("Goo Hara");
    }
    expect(digest.html).toContain("Oldboy meets John Wick");
    expect(digest.html).toMatch(/<a href="https:\/\/medium\.com\/@jefflight\/[^"]+" rel="noopener"[^>]*class="rd-notice-link"[^>]*>spoiler hidden<\/a>/);
    const removed = reviews[0]!.removed;
    expect(removed.some((passage) => passage.trigger.includes("Skip this paragraph to avoid Plot Spoilers"))).toBe(true);
    expect(removed.map((passage) => passage.text).join(" ")).toContain("Burning Sun");
  });

  it("withholds the Letterboxd review flagged as containing spoilers", async () => {
    const feed = await parseFeed(letterboxdXml);
    const { digest, reviews } = prepareDigest(feed.reviews);
    expect(reviews.map((review) => review.withheld)).toEqual([false, true, false]);
    for (const part of [digest.html, digest.text, digest.preheader]) expect(part).not.toContain("Young-sook survives");
    expect(digest.html).toContain("Jun Jong-seo moves through this like a blade through silk.");
  });

  it("removes the Atom post's spoiler section", async () => {
    const feed = await parseFeed(atomXml);
    const { digest } = prepareDigest(feed.reviews);
    expect(digest.html).not.toContain("Choi dead in the stairwell");
    expect(digest.text).not.toContain("Choi dead in the stairwell");
    expect(digest.html).toContain("See it on the biggest screen you can find.");
  });

  it("gives the same reviews as stripSpoilers then sanitizeHtml, though it hands the DOM over unserialised", async () => {
    for (const xml of [mediumXml, atomXml, letterboxdXml]) {
      const feed = await parseFeed(xml);
      const viaStrings = stripSpoilers(feed.reviews).map((review) => ({ ...review, html: sanitizeHtml(review.html, review.link) }));
      expect(prepareDigest(feed.reviews).reviews).toEqual(viaStrings);
    }
  });
});
