import { describe, expect, it } from "vitest";
import { prepareDigest } from "../../src/core/digest";
import { parseFeed } from "../../src/core/feed";
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
    expect(digest.html).toContain("<p>Fine words.</p>");
    expect(digest.html).not.toContain("steal()");
    expect(digest.html).not.toContain("evil.example");
  });

  it("keeps Letterboxd film lines", async () => {
    const feed = await parseFeed(letterboxdXml);
    const { digest } = prepareDigest(feed.reviews);
    expect(digest.html).toContain("Ballerina (2023) · ★★★★½");
    expect(digest.html).toContain("Burning (2018)");
  });
});
