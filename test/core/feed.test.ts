import { describe, expect, it } from "vitest";
import { FeedError, parseFeed } from "../../src/core/feed";
import atomXml from "../fixtures/atom-jekyll-blog.xml?raw";
import letterboxdXml from "../fixtures/letterboxd-davevis.xml?raw";
import mediumXml from "../fixtures/medium-ballerina.xml?raw";

describe("parseFeed, Medium RSS (inside workerd)", () => {
  it("normalises the Ballerina item", async () => {
    const feed = await parseFeed(mediumXml);
    expect(feed.source).toBe("medium");
    expect(feed.title).toBe("Stories by Jeff Light on Medium");
    expect(feed.reviews).toHaveLength(1);
    const review = feed.reviews[0]!;
    expect(review.id).toBe("https://medium.com/p/7f3a9c2e1b4d");
    expect(review.link).toBe("https://medium.com/@jefflight/ballerina-2023-is-koreas-next-cult-hit-hiding-in-plain-sight-7f3a9c2e1b4d");
    expect(review.title).toBe("“Ballerina” (2023) Is Korea’s Next Cult Hit Hiding In Plain Sight");
    expect(review.author).toBe("Jeff Light");
    expect(review.published).toBe("2023-12-05T14:31:07.000Z");
    expect(review.categories).toEqual(["korean-film", "movie-review", "netflix", "action-movies"]);
    expect(review.source).toBe("medium");
    expect(review.containsSpoilers).toBe(false);
  });

  it("reads the body from content:encoded and drops the tracking pixel", async () => {
    const review = (await parseFeed(mediumXml)).reviews[0]!;
    expect(review.html).toContain("(Skip this paragraph to avoid Plot Spoilers)");
    expect(review.html).toContain("If only an Ok-Joo existed in real life.");
    expect(review.html).not.toContain("medium.com/_/stat");
    expect(review.html).toContain("cdn-images-1.medium.com/max/1024/1*Xl0ballerinaHero.jpeg");
  });

  it("exposes the WebSub hub and self links", async () => {
    const feed = await parseFeed(mediumXml);
    expect(feed.hubUrl).toBe("http://medium.superfeedr.com");
    expect(feed.selfUrl).toBe("https://medium.com/@jefflight/feed");
    expect(feed.link).toBe("https://medium.com/@jefflight");
  });
});

describe("parseFeed, Letterboxd RSS", () => {
  it("keeps film title, year and rating", async () => {
    const feed = await parseFeed(letterboxdXml);
    expect(feed.source).toBe("letterboxd");
    expect(feed.reviews.map((review) => review.film)).toEqual([
      { title: "Ballerina", year: 2023, rating: 4.5 },
      { title: "The Call", year: 2020, rating: 4 },
      { title: "Burning", year: 2018 },
    ]);
    expect(feed.reviews[0]!.id).toBe("letterboxd-review-498213377");
    expect(feed.reviews[0]!.author).toBe("Dave Visser");
  });

  it("flags the review marked as containing spoilers, and only that one", async () => {
    const feed = await parseFeed(letterboxdXml);
    expect(feed.reviews.map((review) => review.containsSpoilers)).toEqual([false, true, false]);
    expect(feed.reviews[1]!.title).toBe("The Call, 2020 - ★★★★");
  });

  it("flags a review from the body line alone", async () => {
    const xml = letterboxdXml.replace("The Call, 2020 - ★★★★ (contains spoilers)", "The Call, 2020 - ★★★★");
    const feed = await parseFeed(xml);
    expect(feed.reviews[1]!.containsSpoilers).toBe(true);
  });
});

describe("parseFeed, Atom (Jekyll)", () => {
  it("normalises entries", async () => {
    const feed = await parseFeed(atomXml);
    expect(feed.source).toBe("generic");
    expect(feed.title).toBe("Film Notes");
    expect(feed.reviews).toHaveLength(2);
    const review = feed.reviews[0]!;
    expect(review.id).toBe("https://filmnotes.example.org/2023/12/08/ballerina");
    expect(review.link).toBe("https://filmnotes.example.org/2023/12/08/ballerina/");
    expect(review.title).toBe("Ballerina (2023): revenge with a pulse");
    expect(review.author).toBe("Mina Park");
    expect(review.published).toBe("2023-12-08T09:00:00.000Z");
    expect(review.categories).toEqual(["reviews", "korean-cinema"]);
    expect(review.html).toContain("<h2 id=\"spoilers\">Spoilers</h2>");
  });

  it("reads xhtml content, and falls back to the summary and the updated date", async () => {
    const xml = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>X</title><link href="https://x.example/"/>
      <entry><id>tag:x.example,2023:1</id><title>One</title><link href="https://x.example/1"/><updated>2023-12-01T00:00:00Z</updated>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hello <b>there</b></p></div></content></entry>
      <entry><id>tag:x.example,2023:2</id><title type="text">Two</title><link rel="alternate" href="https://x.example/2"/>
        <updated>2023-12-02T00:00:00Z</updated><summary type="html">&lt;p&gt;Only a summary&lt;/p&gt;</summary></entry></feed>`;
    const [one, two] = (await parseFeed(xml)).reviews;
    expect(one!.html).toContain("<p>Hello <b>there</b></p>");
    expect(one!.published).toBe("2023-12-01T00:00:00.000Z");
    expect(two!.html).toBe("<p>Only a summary</p>");
    expect(two!.link).toBe("https://x.example/2");
  });

  it("reads hub and self from Atom links", async () => {
    const feed = await parseFeed(atomXml);
    expect(feed.hubUrl).toBe("https://pubsubhubbub.appspot.com/");
    expect(feed.selfUrl).toBe("https://filmnotes.example.org/feed.xml");
    expect(feed.link).toBe("https://filmnotes.example.org/");
  });
});

describe("parseFeed, details", () => {
  const rss = (channel: string, item: string) =>
    `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>${channel}<item>${item}</item></channel></rss>`;

  it("detects Ghost from its generator", async () => {
    const feed = await parseFeed(rss("<generator>Ghost 5.75</generator>", "<guid>g1</guid><link>https://ghost.example/p/</link><description>&lt;p&gt;x&lt;/p&gt;</description>"));
    expect(feed.source).toBe("ghost");
    expect(feed.reviews[0]!.html).toBe("<p>x</p>");
  });

  it("uses the link as id when there is no guid, and strips utm_* and fbclid", async () => {
    const feed = await parseFeed(rss("", "<link>https://blog.example/p?id=7&amp;utm_source=rss&amp;fbclid=abc</link><title>A</title>"));
    expect(feed.reviews[0]!.id).toBe("https://blog.example/p?id=7&utm_source=rss&fbclid=abc");
    expect(feed.reviews[0]!.link).toBe("https://blog.example/p?id=7");
  });

  it("hides a spoiler marked inside a title, and keeps a whole-post tag for the spoiler pass", async () => {
    const titles = ["Weapons: ||the aunt did it|| and why it works", "Sinners &gt;!Remmick wins!&lt; review", "Presence [spoiler]the ghost is the brother[/spoiler]", "[Spoilers] Weapons"];
    const feed = await parseFeed(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>${titles.map((title, index) => `<item><guid>t${index}</guid><title>${title}</title></item>`).join("")}</channel></rss>`);
    expect(feed.reviews.map((review) => review.title)).toEqual(["Weapons: […] and why it works", "Sinners […] review", "Presence […]", "[Spoilers] Weapons"]);
  });

  it("reads an Atom title typed html or xhtml for its text, leaving out an element marking a spoiler", async () => {
    const atom = (title: string) => `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><entry><id>e1</id>${title}</entry></feed>`;
    const html = await parseFeed(atom(`<title type="html">Presence, or: &lt;span class="spoiler"&gt;the ghost is the brother&lt;/span&gt; &amp;amp; more</title>`));
    expect(html.reviews[0]!.title).toBe("Presence, or: […] & more");
    const xhtml = await parseFeed(atom(`<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Presence: <span class="spoiler">the brother</span> <em>explained</em></div></title>`));
    expect(xhtml.reviews[0]!.title).toBe("Presence: […] explained");
  });

  it("reads an Atom html title nested 50,000 deep without recursion, its markup cut at 4 KB", async () => {
    const deep = `${"&lt;b&gt;".repeat(50_000)}x${"&lt;/b&gt;".repeat(50_000)}`;
    const feed = await parseFeed(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><entry><id>e1</id><title type="html">${deep}</title></entry></feed>`);
    expect(feed.reviews).toHaveLength(1);
    expect(feed.reviews[0]!.title.length).toBeLessThan(300);
  });

  it("skips items with neither guid nor link, and empty items", async () => {
    const feed = await parseFeed(rss("", "<title>orphan</title></item><item/><item><guid>ok</guid>"));
    expect(feed.reviews.map((review) => review.id)).toEqual(["ok"]);
  });

  it("reads category elements with attributes", async () => {
    const feed = await parseFeed(rss("", `<guid>c</guid><category domain="x">drama</category><category>  </category>`));
    expect(feed.reviews[0]!.categories).toEqual(["drama"]);
  });

  it.each([
    ["an HTML page", "<!doctype html><html><body><p>Hello</p></body></html>"],
    ["JSON", '{"items": []}'],
    ["plain text", "just some words"],
    ["an empty document", "   "],
    ["broken XML", "<rss version=\"2.0\"><channel><title>x</channel>"],
  ])("rejects %s with a one-line FeedError", async (_label, text) => {
    const error = await parseFeed(text).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FeedError);
    expect((error as FeedError).message).toMatch(/^Not (an RSS or Atom feed|a feed)/);
    expect((error as FeedError).message).not.toContain("\n");
  });
});
