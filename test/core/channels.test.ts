import { describe, expect, it } from "vitest";
import { buildDiscordPayload, DISCORD_LIMITS } from "../../src/core/channels/discord";
import { truncate } from "../../src/core/channels/limits";
import { discordFlavour, renderBlocks, slackFlavour } from "../../src/core/channels/markdown";
import { buildSlackPayload, SLACK_LIMITS } from "../../src/core/channels/slack";
import type { ChannelEdition, ChannelReview } from "../../src/core/channels/types";
import { buildWebhookPayload, readSignatureHeader, signWebhookBody } from "../../src/core/channels/webhook";
import { classifyChannelResponse } from "../../src/core/channels/responses";
import { buildEditionsFeed, escapeXml } from "../../src/core/channels/rss";

// The spoiler engine's "mark" output: spoiler regions wrapped, nothing removed.
const MARKED = [
  "<p>Nolan's <strong>Oppenheimer</strong> is long, and <a href=\"https://example.test/imax\">shot for IMAX</a>.</p>",
  '<div data-spoiler="prose-block"><p>The bomb works and Strauss betrays him.</p><p>Einstein walks away.</p></div>',
  '<p>Also: <span data-spoiler="inline-warning">Kitty testifies</span>, which is great.</p>',
].join("");

function review(overrides: Partial<ChannelReview> = {}): ChannelReview {
  return { title: "Oppenheimer", link: "https://medium.test/p/oppenheimer", author: "Jeff", html: MARKED, withheld: false, ...overrides };
}

function edition(reviews: ChannelReview[]): ChannelEdition {
  return { id: 7, subject: "New review: Oppenheimer", archiveUrl: "https://digest.test/archive/7", createdAt: "2026-11-20T10:00:00.000Z", reviews };
}

/** Text outside every ||…|| pair, i.e. what a Discord reader sees without clicking. */
function visibleDiscordText(markdown: string): string {
  return markdown.replace(/\|\|[\s\S]*?\|\|/g, "");
}

describe("renderBlocks", () => {
  it("renders blocks, inline markup and links for Discord", () => {
    expect(renderBlocks("<p>Hi <b>there</b> <a href='https://x.test/a'>link</a></p><ul><li>One</li></ul>", discordFlavour)).toEqual([
      "Hi **there** [link](https://x.test/a)",
      "• One",
    ]);
  });

  it("escapes markup characters in prose so a stray || cannot unhide anything", () => {
    const [block] = renderBlocks("<p>a || b *c*</p>", discordFlavour);
    expect(block).toBe("a \\|\\| b \\*c\\*");
  });

  it("drops spoiler regions for Slack and escapes its control characters", () => {
    const blocks = renderBlocks(MARKED + "<p>1 < 2 & 3</p>", slackFlavour);
    expect(blocks.join("\n")).not.toMatch(/bomb|Strauss|Einstein|Kitty/);
    expect(blocks).toContain("1 &lt; 2 &amp; 3");
  });

  it("ignores scripts, images and non-http links", () => {
    expect(renderBlocks("<p><script>alert(1)</script><img src=x><a href='javascript:x'>t</a></p>", discordFlavour)).toEqual(["t"]);
  });
});

describe("truncate", () => {
  it("cuts at a word boundary", () => {
    expect(truncate("one two three", 9)).toBe("one two…");
  });

  it("closes a spoiler it cuts into", () => {
    const cut = truncate("||the butler did it in the library||", 20);
    expect(cut.length).toBeLessThanOrEqual(20);
    expect(cut.startsWith("||")).toBe(true);
    expect(cut.endsWith("||")).toBe(true);
  });
});

describe("buildDiscordPayload", () => {
  it("keeps spoilers but hides every one of them behind ||", () => {
    const payload = buildDiscordPayload(edition([review()]));
    const description = payload.embeds[0]?.description ?? "";
    expect(description).toContain("||The bomb works and Strauss betrays him.||");
    expect(description).toContain("||Kitty testifies||");
    expect(visibleDiscordText(description)).not.toMatch(/bomb|Strauss|Einstein|Kitty/);
    expect(visibleDiscordText(description)).toContain("**Oppenheimer**");
    expect(payload.allowed_mentions).toEqual({ parse: [] });
  });

  it("hides a withheld review whole, one spoiler per paragraph", () => {
    const payload = buildDiscordPayload(edition([review({ withheld: true, html: "<p>LEAK one</p><p>LEAK <b>two</b></p>" })]));
    expect(payload.embeds[0]?.description).toBe("||LEAK one||\n\n||LEAK **two**||");
  });

  it("stays within every Discord limit and never leaves a spoiler open", () => {
    const long = `<div data-spoiler="x"><p>${"secret ".repeat(2000)}</p></div>`;
    const many = Array.from({ length: 12 }, (_, i) => review({ title: "T".repeat(300), html: long, link: `https://m.test/${i}` }));
    const payload = buildDiscordPayload(edition(many));
    expect(payload.embeds).toHaveLength(DISCORD_LIMITS.embeds);
    expect(payload.content).toContain("+2 more");
    let total = 0;
    for (const embed of payload.embeds) {
      expect(embed.title.length).toBeLessThanOrEqual(DISCORD_LIMITS.title);
      expect(embed.description.length).toBeLessThanOrEqual(DISCORD_LIMITS.description);
      expect(visibleDiscordText(embed.description)).not.toContain("secret");
      total += embed.title.length + embed.description.length + (embed.footer?.text.length ?? 0);
    }
    expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.total);
  });
});

describe("buildSlackPayload", () => {
  it("has blocks with no spoiler text", () => {
    const payload = buildSlackPayload(edition([review()]));
    const json = JSON.stringify(payload);
    expect(json).not.toMatch(/bomb|Strauss|Einstein|Kitty/);
    expect(json).toContain("shot for IMAX");
    expect(payload.blocks[0]).toMatchObject({ type: "header" });
    expect(payload.text).toContain("https://digest.test/archive/7");
  });

  it("keeps section text within 3000 and at most 50 blocks", () => {
    const long = `<p>${"word ".repeat(3000)}</p><p>${"more ".repeat(3000)}</p>`;
    const payload = buildSlackPayload(edition(Array.from({ length: 30 }, (_, i) => review({ html: long, link: `https://m.test/${i}` }))));
    expect(payload.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    for (const block of payload.blocks) {
      if (block.type === "section") expect(block.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    }
  });
});

describe("the JSON webhook", () => {
  it("carries html and plain text and signs like /hooks/publish", async () => {
    const payload = buildWebhookPayload(edition([review({ html: "<p>Fine <b>film</b>.</p>" })]));
    expect(payload.reviews[0]).toMatchObject({ text: "Fine film.", html: "<p>Fine <b>film</b>.</p>" });
    const header = await signWebhookBody("secret", JSON.stringify(payload), 1_700_000_000);
    expect(readSignatureHeader(header)).toEqual({ timestamp: 1_700_000_000, signatures: [expect.stringMatching(/^[0-9a-f]{64}$/)] });
  });

  it("rejects malformed signature headers", () => {
    for (const header of [undefined, "", "t=abc,v1=00", "v1=" + "a".repeat(64), "t=1,v1=xyz"]) {
      expect(readSignatureHeader(header)).toBeUndefined();
    }
  });
});

describe("classifyChannelResponse", () => {
  it("reads Discord's retry_after from the body, else Retry-After, else backs off", () => {
    expect(classifyChannelResponse("discord", 429, "9", '{"retry_after":0.2}', 1)).toMatchObject({ kind: "retry", delaySeconds: 1 });
    expect(classifyChannelResponse("discord", 429, "9", "<html>", 1)).toMatchObject({ kind: "retry", delaySeconds: 9 });
    expect(classifyChannelResponse("slack", 429, null, "rate_limited", 2)).toMatchObject({ kind: "retry", delaySeconds: 60 });
    expect(classifyChannelResponse("slack", 429, "999999", "", 1)).toMatchObject({ delaySeconds: 43_200 });
  });

  it("treats 2xx as sent, 5xx as temporary and other 4xx as final", () => {
    expect(classifyChannelResponse("webhook", 204, null, "", 1)).toEqual({ kind: "sent" });
    expect(classifyChannelResponse("webhook", 503, null, "", 1)).toMatchObject({ kind: "retry" });
    expect(classifyChannelResponse("slack", 403, null, "invalid_token", 1)).toMatchObject({ kind: "failed", error: expect.stringContaining("invalid_token") });
  });
});

describe("buildEditionsFeed", () => {
  it("escapes every text and drops characters XML forbids", () => {
    expect(escapeXml("a & <b> \"c\" 'd' \u0001\uD800")).toBe("a &amp; &lt;b&gt; &quot;c&quot; &apos;d&apos; ");
    const xml = buildEditionsFeed({
      title: "Reviews & more",
      description: "d",
      siteUrl: "https://digest.test/archive",
      feedUrl: "https://digest.test/feed.xml",
      editions: [{ id: 1, subject: "A ]]> B", url: "https://digest.test/archive/1", createdAt: "2026-11-20T10:00:00.000Z", reviews: [], text: "x < y" }],
    });
    expect(xml).toContain("<title>Reviews &amp; more</title>");
    expect(xml).toContain("<title>A ]]&gt; B</title>");
    expect(xml).toContain("<pubDate>Fri, 20 Nov 2026 10:00:00 GMT</pubDate>");
    expect(xml).toContain("<description>&lt;p&gt;x &amp;lt; y&lt;/p&gt;</description>");
  });
});
