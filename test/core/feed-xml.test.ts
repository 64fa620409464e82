// The feed XML reader on its own: the fields it reads from each feed dialect, and the documents it
// refuses. test/core/feed.test.ts covers what ingest makes of those fields.
import { describe, expect, it } from "vitest";
import { FeedError } from "../../src/core/feed-error";
import { readFeedXml } from "../../src/core/feed-xml";
import atomXml from "../fixtures/atom-jekyll-blog.xml?raw";
import letterboxdXml from "../fixtures/letterboxd-davevis.xml?raw";
import mediumXml from "../fixtures/medium-ballerina.xml?raw";

const rss = (channel: string, items: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"><channel>${channel}${items.map((item) => `<item>${item}</item>`).join("")}</channel></rss>`;

function refusal(xml: string): string {
  try {
    readFeedXml(xml);
  } catch (error) {
    expect(error).toBeInstanceOf(FeedError);
    expect((error as Error).message).not.toContain("\n");
    return (error as Error).message;
  }
  throw new Error("the document was read as a feed");
}

describe("readFeedXml, RSS 2.0", () => {
  const wordpress = rss(
    `<title>Reel &amp; Real</title><link>https://wp.example/</link><atom:link href="https://wp.example/feed/" rel="self" type="application/rss+xml"/><atom:link href="https://hub.example/" rel="hub"/><generator>https://wordpress.org/?v=6.4</generator>`,
    [
      `<title>Review: Past Lives</title><link>https://wp.example/past-lives/</link><dc:creator><![CDATA[Ana Ruiz]]></dc:creator><pubDate>Mon, 04 Dec 2023 10:00:00 +0000</pubDate>` +
        `<category><![CDATA[Reviews]]></category><category domain="post_tag">drama</category><guid isPermaLink="false">https://wp.example/?p=12</guid>` +
        `<description><![CDATA[<p>Short</p>]]></description><content:encoded><![CDATA[<p>Full <b>body</b> &amp; more</p>]]></content:encoded>`,
      `<title>Second &#8211; take</title><link>https://wp.example/2/</link><guid>https://wp.example/?p=13</guid><pubDate>not a date</pubDate><description>&lt;p&gt;Escaped &amp;amp; html&lt;/p&gt;</description><author>ana@wp.example (Ana)</author>`,
    ],
  );

  it("reads the channel's title, links and generator", () => {
    const feed = readFeedXml(wordpress);
    expect(feed.title).toBe("Reel & Real");
    expect(feed.link).toBe("https://wp.example/");
    expect(feed.generator).toBe("https://wordpress.org/?v=6.4");
    expect(feed.atomLinks).toEqual([
      { $: { href: "https://wp.example/feed/", rel: "self", type: "application/rss+xml" } },
      { $: { href: "https://hub.example/", rel: "hub" } },
    ]);
  });

  it("reads each item's fields, CDATA and escaped HTML alike", () => {
    const [first, second] = readFeedXml(wordpress).items;
    expect(first).toEqual({
      guid: "https://wp.example/?p=12",
      link: "https://wp.example/past-lives/",
      title: "Review: Past Lives",
      creator: "Ana Ruiz",
      isoDate: "2023-12-04T10:00:00.000Z",
      "content:encoded": "<p>Full <b>body</b> &amp; more</p>",
      content: "<p>Short</p>",
      rawCategories: ["Reviews", { $: { domain: "post_tag" }, _: "drama" }],
    });
    // An unreadable date is left out, not a reason to drop the item or the feed.
    expect(second).toEqual({
      guid: "https://wp.example/?p=13",
      link: "https://wp.example/2/",
      title: "Second – take",
      creator: "ana@wp.example (Ana)",
      author: "ana@wp.example (Ana)",
      content: "<p>Escaped &amp; html</p>",
      rawCategories: [],
    });
  });

  it("reads HTML entities in titles as the text they stand for, although XML has none of them", () => {
    const [item] = readFeedXml(rss("<title>T</title>", ["<guid>a</guid><title>Am&eacute;lie&nbsp;(2001)</title><description>x&nbsp;y</description>"])).items;
    expect(item!.title).toBe("Amélie\u00a0(2001)");
    // A body is HTML, where the entity keeps its meaning.
    expect(item!.content).toBe("x&nbsp;y");
  });

  it("reads a known namespace declared under another prefix (c:encoded, creator:creator) as under its usual one", () => {
    const feed = readFeedXml(`<?xml version="1.0"?><rss version="2.0" xmlns:c="http://purl.org/rss/1.0/modules/content/" xmlns:who="http://purl.org/dc/elements/1.1/" xmlns:x="https://example.test/other"><channel><title>T</title>
      <item><guid>g1</guid><description>short</description><c:encoded><![CDATA[<p>the full body</p>]]></c:encoded><who:creator>Ana</who:creator><x:encoded>not content</x:encoded></item></channel></rss>`);
    expect(feed.items[0]).toMatchObject({ "content:encoded": "<p>the full body</p>", creator: "Ana" });
  });

  it("keeps markup written inline in a description, serialised back to HTML", () => {
    const [item] = readFeedXml(rss("<title>T</title>", ["<guid>a</guid><description>Hello <b>bold</b> &amp; <br/>next</description>"])).items;
    expect(item!.content).toBe("Hello <b>bold</b> &amp; <br>next");
  });

  it("reads CDATA sections exactly, wherever they sit", () => {
    const [item] = readFeedXml(
      rss("<title><![CDATA[7]]></title><!-- <![CDATA[ not a section ]]> -->", [
        "<guid><![CDATA[42]]></guid><title><![CDATA[Part ]]><![CDATA[one]]> &amp; two</title>" +
          "<description><![CDATA[<p>a <![CDATA[ b ]] c</p>]]></description><content:encoded><![CDATA[]]></content:encoded>",
      ]),
    ).items;
    expect(item).toMatchObject({ guid: "42", title: "Part one & two", content: "<p>a <![CDATA[ b ]] c</p>", "content:encoded": "" });
    expect(readFeedXml(rss("<title><![CDATA[7]]></title>", [])).title).toBe("7");
  });

  it("reads Medium's and Letterboxd's namespaced fields", () => {
    const medium = readFeedXml(mediumXml);
    expect(medium.generator).toBe("Medium");
    expect(medium.items[0]!["content:encoded"]).toContain("(Skip this paragraph to avoid Plot Spoilers)");
    expect(medium.items[0]!.creator).toBe("Jeff Light");
    const letterboxd = readFeedXml(letterboxdXml);
    expect(letterboxd.items.map((item) => [item.filmTitle, item.filmYear])).toEqual([
      ["Ballerina", "2023"],
      ["The Call", "2020"],
      ["Burning", "2018"],
    ]);
  });

  it("gives an empty item no fields, and reads self-closing elements as empty", () => {
    const feed = readFeedXml(rss("<title>T</title><image/>", ["", "<guid>b</guid><title/>"]));
    expect(feed.items).toEqual([{ rawCategories: [] }, { guid: "b", title: "", rawCategories: [] }]);
  });
});

describe("readFeedXml, RSS 1.0 and Atom", () => {
  it("reads RDF items, which sit beside the channel", () => {
    const feed = readFeedXml(
      `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
        `<channel rdf:about="https://r.example/"><title>RDF feed</title><link>https://r.example/</link></channel>` +
        `<item rdf:about="https://r.example/1"><title>One</title><link>https://r.example/1</link><description>Hello</description><dc:date>2023-12-01T10:00:00Z</dc:date><dc:creator>Rita</dc:creator></item></rdf:RDF>`,
    );
    expect(feed.title).toBe("RDF feed");
    expect(feed.items).toEqual([{ link: "https://r.example/1", title: "One", creator: "Rita", isoDate: "2023-12-01T10:00:00.000Z", content: "Hello", rawCategories: [] }]);
  });

  it("reads Atom entries: the alternate link, the author's name, published before updated", () => {
    const feed = readFeedXml(atomXml);
    expect(feed.title).toBe("Film Notes");
    expect(feed.link).toBe("https://filmnotes.example.org/");
    const entry = feed.items[0]!;
    expect(entry.link).toBe("https://filmnotes.example.org/2023/12/08/ballerina/?utm_source=feed&utm_medium=rss");
    expect(entry.author).toBe("Mina Park");
    expect(entry.isoDate).toBe("2023-12-08T09:00:00.000Z");
    expect(entry.rawCategories).toEqual([{ $: { term: "reviews" } }, { $: { term: "korean-cinema" } }]);
  });

  it("reads an HTML-typed title as text, and falls back to updated when published is unreadable", () => {
    const feed = readFeedXml(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">A &amp;amp; B</title><link rel="replies" href="https://t.example/c"/><link rel="alternate" href="https://t.example/"/>` +
        `<entry><id>i</id><title type="html">&lt;i&gt;Film&lt;/i&gt; &amp;amp; more</title><link href="https://t.example/i"/><published>bad</published><updated>2023-01-01T00:00:00Z</updated><content type="html">&lt;p&gt;x&lt;/p&gt;</content></entry></feed>`,
    );
    expect(feed.title).toBe("A & B");
    expect(feed.link).toBe("https://t.example/");
    expect(feed.items[0]).toMatchObject({ id: "i", title: "Film & more", isoDate: "2023-01-01T00:00:00.000Z", content: "<p>x</p>" });
  });

  it("serialises xhtml content without the wrapper element", () => {
    const feed = readFeedXml(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>X</title><entry><id>1</id><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hello <b>there</b> &amp; <img src="a.png"/></p></div></content></entry></feed>`,
    );
    expect(feed.items[0]!.content).toBe('<div xmlns="http://www.w3.org/1999/xhtml"><p>Hello <b>there</b> &amp; <img src="a.png"></p></div>');
  });
});

describe("readFeedXml, documents it refuses", () => {
  it.each([
    ["an HTML page", "<!doctype html><html><body><p>Hello</p></body></html>", /root element is <html>/],
    ["JSON", '{"items": []}', /not an XML document/],
    ["plain text", "just some words", /not an XML document/],
    ["text before the root", "Warning: x <rss><channel><title>t</title></channel></rss>", /not an XML document/],
    ["an element closed by its parent's end tag", '<rss version="2.0"><channel><title>x</channel></rss>', /<title> is never closed/],
    ["an rss element with no channel", '<rss version="2.0"><item><guid>a</guid></item></rss>', /root element is <rss>/],
  ])("refuses %s, in one line", (_label, xml, reason) => {
    expect(refusal(xml)).toMatch(reason);
  });

  it("refuses elements nested deeper than any feed nests, in one line, before any walk could overflow the stack", () => {
    const nested = (depth: number) => `${"<b>".repeat(depth)}x${"</b>".repeat(depth)}`;
    expect(refusal(rss("<title>T</title>", [`<guid>a</guid><description>${nested(60_000)}</description>`]))).toMatch(/nested more than 256 deep/);
    // Inline markup a hundred levels deep is still read (the renderer flattens bodies below 128).
    expect(readFeedXml(rss("<title>T</title>", [`<guid>a</guid><description>${nested(100)}</description>`])).items[0]!.content).toContain("x");
  });

  it("refuses every truncation of a real feed: a cut-off feed never becomes a cut-off review", () => {
    const end = mediumXml.lastIndexOf("</rss>");
    for (let cut = 1; cut < end; cut += 37) {
      expect(refusal(mediumXml.slice(0, cut)), `cut at ${cut}`).toMatch(/^Not an RSS or Atom feed: /);
    }
  });

  it("reads a doctype with an internal subset, whose '>' characters are not its end", () => {
    const feed = readFeedXml(
      `<?xml version="1.0"?><!DOCTYPE rss [\n  <!ENTITY nbsp "&#160;">\n  <!ENTITY copy "&#169;">\n]>` +
        `<rss version="2.0"><channel><title>T&copy;</title><item><guid>a</guid><title>A&nbsp;B</title></item></channel></rss>`,
    );
    expect(feed.title).toBe("T©");
    expect(feed.items).toEqual([{ guid: "a", title: "A\u00a0B", rawCategories: [] }]);
  });

  it("reads FeedBurner's atom10:link beside atom:link (its WebSub hub is one)", () => {
    const feed = readFeedXml(
      rss(`<title>T</title><atom10:link xmlns:atom10="http://www.w3.org/2005/Atom" rel="hub" href="https://pubsubhubbub.appspot.com/"/>`, []),
    );
    expect(feed.atomLinks).toEqual([{ $: { "xmlns:atom10": "http://www.w3.org/2005/Atom", rel: "hub", href: "https://pubsubhubbub.appspot.com/" } }]);
  });

  it("reads a feed whose server appended something after the root element", () => {
    const feed = readFeedXml(`${rss("<title>T</title>", ["<guid>a</guid>"])}\n<br>\n<b>Notice</b>: Undefined index`);
    expect(feed.items).toHaveLength(1);
  });

  it("reads a byte order mark, a doctype, a stylesheet instruction and comments before the root", () => {
    const feed = readFeedXml(
      `\uFEFF<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><?xml-stylesheet href="s.xsl"?><!-- a comment -->` +
        `<rss version="0.91"><channel><title>Old</title><item><link>https://o.example/1</link></item></channel></rss>`,
    );
    expect(feed.items).toEqual([{ link: "https://o.example/1", rawCategories: [] }]);
  });
});
