// Telegram, Mastodon and Bluesky payloads, straight from the pure formatters. Each test checks
// the platform's own rule (its counting, its markup), computed here independently of src.
import { describe, expect, it } from "vitest";
import { buildBlueskyPosts, buildBlueskyRecord, deriveRecordKey } from "../../src/core/channels/bluesky";
import { countGraphemes, truncateGraphemes } from "../../src/core/channels/limits";
import { buildMastodonStatus, buildMastodonStatuses, countMastodonCharacters } from "../../src/core/channels/mastodon";
import { buildTelegramMessage, cutTelegramHtml } from "../../src/core/channels/telegram";
import type { ChannelEdition, ChannelReview } from "../../src/core/channels/types";

// "mark" mode output: LEAK words are inside spoiler regions, KEEP words are not.
const MARKED = [
  "<p>KEEP Nolan's <strong>Oppenheimer</strong> is long & loud, <a href=\"https://example.test/imax\">shot for IMAX</a>.</p>",
  '<div data-spoiler="prose-block"><p>LEAK The bomb works and Strauss betrays him.</p><p>LEAK Einstein walks away.</p></div>',
  '<p>KEEP Also: <span data-spoiler="inline-warning">LEAK Kitty testifies</span>, which is great.</p>',
].join("");

const LINK = "https://medium.test/@jeff/oppenheimer-review-1a2b3c";

function review(overrides: Partial<ChannelReview> = {}): ChannelReview {
  return { title: "Oppenheimer", link: LINK, author: "Jeff", html: MARKED, withheld: false, ...overrides };
}

function edition(reviews: ChannelReview[]): ChannelEdition {
  return { id: 7, subject: "New review", archiveUrl: "https://digest.test/archive/7", createdAt: "2026-11-20T10:00:00.000Z", reviews };
}

const keepHttp = (url: string) => (/^https?:\/\//.test(url) ? url : undefined);

/** Telegram's own reading of parse_mode HTML: tags out, the four named entities decoded. */
function telegramVisible(html: string): string {
  return html.replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
}

const graphemes = (text: string) => [...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)].length;

describe("Telegram", () => {
  it("links the title, shows the film, and puts every marked spoiler inside <tg-spoiler>", () => {
    const message = buildTelegramMessage(review({ film: { title: "Oppenheimer", year: 2023, rating: 4.5 } }), "@reviews", LINK);
    expect(message).toMatchObject({ chat_id: "@reviews", parse_mode: "HTML", link_preview_options: { url: LINK } });
    expect(message.text).toContain(`<b><a href="${LINK}">Oppenheimer</a></b>`);
    expect(message.text).toContain("Oppenheimer (2023) · ★★★★½");
    expect(message.text).toContain("long &amp; loud");
    const outside = message.text.replace(/<tg-spoiler>[\s\S]*?<\/tg-spoiler>/g, "");
    expect(outside).not.toContain("LEAK");
    expect(outside).toContain("KEEP Also");
    expect(message.text).toContain("<tg-spoiler>LEAK Kitty testifies</tg-spoiler>");
  });

  it("does not repeat the film when a Letterboxd title already names it", () => {
    const film = { title: "Past Lives", year: 2023, rating: 4.5 };
    const message = buildTelegramMessage(review({ title: "Past Lives, 2023 - ★★★★½", film }), "42", LINK);
    expect(message.text.match(/Past Lives/g)).toHaveLength(1);
    expect(message.text).toContain("<i>by Jeff</i>");
  });

  it("withholds a whole-review spoiler: title, link and a notice, no body and no link preview", () => {
    const message = buildTelegramMessage(review({ withheld: true, html: "<p>LEAK everything</p>" }), "42", LINK);
    expect(message.text).not.toContain("LEAK");
    expect(message.text).toMatch(/whole review is a spoiler/);
    expect(message.text).toContain(`href="${LINK}"`);
    expect(message.link_preview_options).toEqual({ is_disabled: true });
  });

  it("stays within 4096 characters after entity parsing, however long the review", () => {
    const long = `<p>${"Tom &amp; Jerry &lt;3 ".repeat(2000)}</p><div data-spoiler="x"><p>${"LEAK ".repeat(3000)}</p></div>`;
    const message = buildTelegramMessage(review({ html: long, title: "T".repeat(5000) }), "42", LINK);
    expect(telegramVisible(message.text).length).toBeLessThanOrEqual(4096);
  });

  it("cuts a long title without splitting an emoji", () => {
    const message = buildTelegramMessage(review({ title: "🎬".repeat(300) }), "42", LINK);
    expect(message.text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(message.text).toContain("🎬…</a>");
  });

  it("closes a <tg-spoiler> it cuts into, so the rest can never show unhidden", () => {
    const cut = cutTelegramHtml("Intro <tg-spoiler>LEAK one two three four five six</tg-spoiler> tail", 20);
    expect(cut).toMatch(/<tg-spoiler>LEAK[^<]*…<\/tg-spoiler>$/);
    expect(telegramVisible(cut).length).toBeLessThanOrEqual(20);
  });

  it("escapes feed text so it cannot open a tag", () => {
    const message = buildTelegramMessage(review({ title: "<b>x</b> & <script>", html: "<p>a &lt;i&gt; b</p>" }), "42", LINK);
    expect(message.text).toContain("&lt;b&gt;x&lt;/b&gt; &amp; &lt;script&gt;");
    expect(message.text).toContain("a &lt;i&gt; b");
  });
});

/** Mastodon's StatusLengthValidator, rewritten here: graphemes, each URL counted as 23. */
function mastodonLength(status: string, warning = ""): number {
  return graphemes(warning + status.replace(/https?:\/\/\S+/g, "x".repeat(23)));
}

describe("Mastodon", () => {
  it("posts the title, film, a spoiler-free excerpt and the link, with no content warning", () => {
    const { body, idempotencyKey } = buildMastodonStatus(7, review({ film: { title: "Oppenheimer", year: 2023 } }), LINK);
    expect(body.status).toContain("KEEP Nolan's Oppenheimer is long & loud, shot for IMAX.");
    expect(body.status).not.toContain("LEAK");
    expect(body.status.endsWith(LINK)).toBe(true);
    expect(body).not.toHaveProperty("spoiler_text");
    expect(idempotencyKey).toBe(buildMastodonStatus(7, review(), LINK).idempotencyKey);
    expect(idempotencyKey).not.toBe(buildMastodonStatus(8, review(), LINK).idempotencyKey);
    expect(idempotencyKey).toMatch(/^[\x21-\x7e]+$/);
  });

  it("keeps marked text only when the spoiler-free part is too thin, and then warns", () => {
    const thin = '<p>KEEP Short.</p><div data-spoiler="heading"><p>LEAK The ending: he loses his clearance.</p></div>';
    const { body } = buildMastodonStatus(7, review({ html: thin, film: { title: "Oppenheimer" } }), LINK);
    expect(body.spoiler_text).toBe("Spoilers for Oppenheimer");
    expect(body.status).toContain("LEAK The ending");
    expect(body.status).not.toMatch(/[\u0001\u0002]/);
  });

  it("never warns when no spoiler text made it in, and never quotes a withheld review", () => {
    expect(buildMastodonStatus(7, review({ html: "<p>KEEP Tiny.</p>" }), LINK).body).not.toHaveProperty("spoiler_text");
    const withheld = buildMastodonStatus(7, review({ withheld: true, html: "<p>LEAK all</p>" }), LINK).body;
    expect(withheld.status).not.toContain("LEAK");
    expect(withheld).not.toHaveProperty("spoiler_text");
  });

  it("fits 500 characters as Mastodon counts them, warning included, with emoji, CJK and short URLs", () => {
    const busy = `<p>${"映画 🎬👩‍👩‍👧 é http://a.co ".repeat(80)}</p><div data-spoiler="x"><p>${"LEAK ".repeat(200)}</p></div>`;
    for (const html of [busy, `<p>KEEP</p><div data-spoiler="x"><p>${"LEAK 秘密 ".repeat(300)}</p></div>`]) {
      const { body } = buildMastodonStatus(7, review({ html, title: "🎬".repeat(600) }), LINK);
      expect(mastodonLength(body.status, body.spoiler_text)).toBeLessThanOrEqual(500);
      expect(countMastodonCharacters(body.status)).toBeGreaterThan(0);
    }
  });

  it("skips reviews whose link is not http(s)", () => {
    expect(buildMastodonStatuses(edition([review({ link: "javascript:alert(1)" }), review()]), keepHttp)).toHaveLength(1);
  });
});

const utf8 = new TextEncoder();

/** The text a facet covers, read the way Bluesky does: a slice of the UTF-8 bytes. */
function facetText(text: string, index: { byteStart: number; byteEnd: number }): string {
  return new TextDecoder().decode(utf8.encode(text).slice(index.byteStart, index.byteEnd));
}

describe("Bluesky", () => {
  it("posts spoiler-free text with a link facet and an external card", () => {
    const record = buildBlueskyRecord(review({ film: { title: "Oppenheimer", year: 2023, rating: 4 } }), LINK, "2026-11-20T10:00:00.000Z");
    expect(record.text).not.toContain("LEAK");
    expect(record.text).toContain("Oppenheimer (2023) · ★★★★");
    expect(record.embed).toEqual({
      $type: "app.bsky.embed.external",
      external: { uri: LINK, title: "Oppenheimer", description: expect.stringContaining("KEEP Nolan") },
    });
    expect(record.embed.external.description).not.toContain("LEAK");
    const [facet] = record.facets;
    expect(facet?.features).toEqual([{ $type: "app.bsky.richtext.facet#link", uri: LINK }]);
    expect(facetText(record.text, facet!.index)).toBe("medium.test/@jeff/oppenheimer-r…");
    expect(record.createdAt).toBe("2026-11-20T10:00:00.000Z");
  });

  it("counts 300 graphemes and byte offsets right with CJK, emoji families and accents", () => {
    const title = "オッペンハイマー 👩‍👩‍👧‍👦 Café";
    const html = `<p>${"映画は素晴らしい。🇯🇵 👍🏽 e\u0301 ".repeat(60)}</p>`;
    const record = buildBlueskyRecord(review({ title, html }), `${LINK}/映画?q=é`, "2026-11-20T10:00:00.000Z");
    expect(graphemes(record.text)).toBeLessThanOrEqual(300);
    expect(graphemes(record.text)).toBeGreaterThan(250);
    expect(utf8.encode(record.text).length).toBeLessThanOrEqual(3000);
    const [facet] = record.facets;
    const shown = facetText(record.text, facet!.index);
    expect(record.text.endsWith(shown)).toBe(true);
    expect(shown.startsWith("medium.test/")).toBe(true);
    // The byte offset is not the UTF-16 index: the text before it is multi-byte.
    expect(facet!.index.byteStart).toBeGreaterThan(record.text.length - shown.length);
  });

  it("derives a stable TID record key per edition and review", () => {
    const key = deriveRecordKey(7, "2026-11-20T10:00:00.000Z", 0);
    expect(key).toMatch(/^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/);
    expect(deriveRecordKey(7, "2026-11-20T10:00:00.000Z", 0)).toBe(key);
    expect(deriveRecordKey(7, "2026-11-20T10:00:00.000Z", 1)).not.toBe(key);
    expect(deriveRecordKey(8, "2026-11-20T10:00:00.000Z", 0)).not.toBe(key);
    const posts = buildBlueskyPosts(edition([review(), review({ withheld: true, html: "<p>LEAK</p>" })]), keepHttp);
    expect(posts.map((post) => post.rkey)).toEqual([key, deriveRecordKey(7, "2026-11-20T10:00:00.000Z", 1)]);
    expect(posts[1]?.record.text).not.toContain("LEAK");
  });
});

describe("grapheme helpers", () => {
  it("never splits an emoji or a letter from its accent", () => {
    expect(truncateGraphemes("👩‍👩‍👧👩‍👩‍👧👩‍👩‍👧", 2)).toBe("👩‍👩‍👧…");
    expect(countGraphemes("e\u0301🇯🇵")).toBe(2);
    expect(truncateGraphemes("one two three", 9)).toBe("one two…");
  });
});
