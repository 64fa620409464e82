// Feeds in single-byte encodings, decoded by their declaration. Runs inside workerd, so it also
// proves workerd's TextDecoder knows these labels; fetchFeed is exercised at the network boundary.
import { describe, expect, it } from "vitest";
import { charsetOf, decodeFeedBytes, prologEncodingOf } from "../../src/core/feed-encoding";
import { parseFeed } from "../../src/core/feed";
import { fetchFeed } from "../../src/jobs/fetch-feed";
import { installNetwork } from "../support/network";

/** Latin-1 bytes of a text made only of code points below 256 ("é" is the single byte E9). */
const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
const cp1252Quotes = (text: string) => Uint8Array.from(text, (char) => ({ "\u201c": 0x93, "\u201d": 0x94, "\u20ac": 0x80 })[char] ?? char.charCodeAt(0));

const feed = (encoding: string | undefined) =>
  `<?xml version="1.0"${encoding ? ` encoding="${encoding}"` : ""}?><rss version="2.0"><channel><title>Café Cinéma</title>` +
  `<link>https://critic.test/</link><item><title>Amélie, “revisited”</title><link>https://critic.test/amelie</link>` +
  `<guid>amelie</guid><description>&lt;p&gt;Un café crème, 5 €.&lt;/p&gt;</description></item></channel></rss>`;

describe("decodeFeedBytes", () => {
  it("decodes a windows-1252 prolog, curly quotes and euro sign included", async () => {
    const text = decodeFeedBytes(cp1252Quotes(feed("windows-1252")), null);
    const parsed = await parseFeed(text, "https://critic.test/feed");
    expect(parsed.title).toBe("Café Cinéma");
    expect(parsed.reviews[0]?.title).toBe("Amélie, “revisited”");
    expect(parsed.reviews[0]?.html).toContain("Un café crème, 5 €.");
  });

  it("decodes ISO-8859-1 from the Content-Type charset when the prolog says nothing", () => {
    expect(decodeFeedBytes(latin1(feed(undefined)), "application/rss+xml; charset=ISO-8859-1")).toContain("Café Cinéma");
  });

  it("prefers the Content-Type charset to the prolog, and a BOM to both", () => {
    const bytes = latin1(feed("utf-8"));
    expect(decodeFeedBytes(bytes, 'text/xml; charset="latin1"')).toContain("Café");
    const utf8 = new TextEncoder().encode(`\uFEFF${feed("iso-8859-1")}`);
    expect(decodeFeedBytes(utf8, "text/xml; charset=iso-8859-1")).toContain("Café Cinéma");
  });

  it("falls back to UTF-8 for no declaration or an unknown label", () => {
    const utf8 = new TextEncoder().encode(feed(undefined));
    expect(decodeFeedBytes(utf8, null)).toContain("Café Cinéma");
    expect(decodeFeedBytes(new TextEncoder().encode(feed("x-no-such-encoding")), "text/xml")).toContain("Café Cinéma");
  });

  it("reads the labels", () => {
    expect(charsetOf("text/xml; Charset=\"Windows-1252\"")).toBe("windows-1252");
    expect(charsetOf("text/xml")).toBeUndefined();
    expect(prologEncodingOf(latin1("<?xml version='1.0' encoding='ISO-8859-1'?><rss/>"))).toBe("iso-8859-1");
  });
});

describe("fetchFeed", () => {
  it("decodes a feed served as windows-1252: Café, not Caf\uFFFD", async () => {
    installNetwork({ "latin.test": () => new Response(cp1252Quotes(feed("windows-1252")), { headers: { "content-type": "application/rss+xml" } }) });
    const fetched = await fetchFeed("https://latin.test/feed", undefined);
    expect(fetched.kind === "ok" && fetched.xml).toContain("Amélie, “revisited”");
    expect(fetched.kind === "ok" && fetched.xml).not.toContain("\uFFFD");
  });
});
