// Properties over random marked reviews (any script, emoji, markup characters, long or short):
// every payload fits its platform's count, marked text ("LEAK") is never visible unhidden, and
// Bluesky's facet bytes always cover the link text. Each count is computed here, not in src.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildBlueskyRecord } from "../../src/core/channels/bluesky";
import { countGraphemes, splitGraphemes } from "../../src/core/channels/limits";
import { buildMastodonStatus } from "../../src/core/channels/mastodon";
import { buildTelegramMessage } from "../../src/core/channels/telegram";
import type { ChannelReview } from "../../src/core/channels/types";

const LINK = "https://blog.example/reviews/映画-review?id=7";
const graphemes = (text: string) => [...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)].length;
const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

// Words from many scripts, with characters that are markup in one platform or another.
const word = fc.constantFrom("film", "映画", "영화", "фильм", "👩‍👩‍👧", "🇯🇵", "é", "e\u0301", "<b>", "&amp;", "||", "*", "http://a.co", "https://x.example/p", "\"q\"", "—");
const text = fc.array(word, { minLength: 1, maxLength: 60 }).map((words) => escape(words.join(" ")));
const block = fc.oneof(
  text.map((t) => ({ html: `<p>${t}</p>`, leak: false })),
  text.map((t) => ({ html: `<div data-spoiler="prose-block"><p>LEAK ${t}</p></div>`, leak: true })),
  fc.tuple(text, text).map(([a, b]) => ({ html: `<p>${a} <span data-spoiler="bbcode">LEAK ${b}</span></p>`, leak: true })),
);
const review = fc.record({ blocks: fc.array(block, { minLength: 1, maxLength: 30 }), title: text, withheld: fc.boolean() }).map(
  ({ blocks, title, withheld }): ChannelReview => ({
    title: title.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">"),
    link: LINK,
    html: blocks.map((part) => part.html).join(""),
    withheld,
    film: { title: "Film", year: 2023, rating: 3.5 },
  }),
);

describe("channel payloads, for any review", () => {
  it("Telegram: ≤ 4096 characters after entity parsing; LEAK only inside <tg-spoiler>", () => {
    fc.assert(
      fc.property(review, (input) => {
        const { text: html } = buildTelegramMessage(input, "42", LINK);
        const visible = html.replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
        expect(visible.length).toBeLessThanOrEqual(4096);
        expect(html.replace(/<tg-spoiler>[\s\S]*?<\/tg-spoiler>/g, "")).not.toContain("LEAK");
      }),
      { numRuns: 150 },
    );
  });

  it("Mastodon: ≤ 500 as the validator counts; LEAK only ever behind a content warning", () => {
    fc.assert(
      fc.property(review, (input) => {
        const { body } = buildMastodonStatus(1, input, LINK);
        const counted = graphemes((body.spoiler_text ?? "") + body.status.replace(/https?:\/\/\S+/g, "x".repeat(23)));
        expect(counted).toBeLessThanOrEqual(500);
        if (body.status.includes("LEAK")) expect(body.spoiler_text).toBe("Spoilers for Film");
      }),
      { numRuns: 150 },
    );
  });

  it("Bluesky: ≤ 300 graphemes and 3000 bytes, no LEAK, and the facet's bytes are the link text", () => {
    const utf8 = new TextEncoder();
    fc.assert(
      fc.property(review, (input) => {
        const record = buildBlueskyRecord(input, LINK, "2026-11-20T10:00:00.000Z");
        const bytes = utf8.encode(record.text);
        expect(graphemes(record.text)).toBeLessThanOrEqual(300);
        expect(bytes.length).toBeLessThanOrEqual(3000);
        expect(JSON.stringify(record)).not.toContain("LEAK");
        const [facet] = record.facets;
        const covered = new TextDecoder().decode(bytes.slice(facet?.index.byteStart, facet?.index.byteEnd));
        expect(covered.startsWith("blog.example/reviews/")).toBe(true);
        expect(record.text.endsWith(covered)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe("grapheme counting", () => {
  const pieces = fc.constantFrom("a", " ", "映", "인", "\u1100\u1161", "é", "e\u0301", "👩‍👩‍👧", "👍🏽", "🇯🇵", "❤️", "★", "\r\n", "\u0915\u094D\u0937", "\u0E01\u0E33", "🎬");
  it("matches Intl.Segmenter exactly on text from many scripts, and splits back into the same text", () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join("")), (text) => {
        expect(countGraphemes(text)).toBe(graphemes(text));
        expect(splitGraphemes(text).join("")).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it("never counts fewer graphemes than Intl.Segmenter, on any Unicode text", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (text) => countGraphemes(text) >= graphemes(text)), { numRuns: 300 });
  });
});
