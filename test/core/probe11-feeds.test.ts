// Probe 11 (blind): the whole path from feed XML to what a reader sees. Every secret sits only
// inside a passage its author marked as a spoiler; every keeper sits in unmarked text.
// Surfaces: the email's subject, preheader, HTML and plain text; the editions RSS feed; Slack and
// the JSON webhook (spoiler-free edition); Discord, Telegram, Mastodon and Bluesky (the "mark"
// edition, as src/jobs/channels.ts builds it), where only what a reader sees without clicking a
// platform's own spoiler control counts (Discord ||…||, Telegram <tg-spoiler>, a Mastodon CW).
import { describe, expect, it } from "vitest";
import { buildBlueskyPosts } from "../../src/core/channels/bluesky";
import { buildDiscordPayload } from "../../src/core/channels/discord";
import { toChannelEdition, toMarkedChannelEdition } from "../../src/core/channels/edition";
import { buildMastodonStatuses } from "../../src/core/channels/mastodon";
import { buildEditionsFeed } from "../../src/core/channels/rss";
import { buildSlackPayload } from "../../src/core/channels/slack";
import { buildTelegramMessages } from "../../src/core/channels/telegram";
import { buildWebhookPayload } from "../../src/core/channels/webhook";
import { prepareDigest } from "../../src/core/digest";
import { parseFeed } from "../../src/core/feed";
import { safeFeedUrl } from "../../src/core/feed-links";
import { detectWholeReviewFlag, removeSpoilers } from "../../src/core/spoilers";
import type { Review } from "../../src/core/types";
import { probe11Cases, type Probe11Case } from "../fixtures/spoiler-probe11";

const PUBLIC_URL = "https://digest.test";
const CREATED_AT = "2026-11-20T10:00:00.000Z";
const vetLink = (url: string) => safeFeedUrl(url);

/** As src/jobs/channels.ts does it (not exported there). */
function markSpoilers(review: Review): string {
  if (detectWholeReviewFlag(review) !== undefined) return review.html;
  return removeSpoilers(review.html, { link: review.link, mode: "mark" }).html;
}

const visibleDiscord = (markdown: string) => markdown.replace(/\|\|[\s\S]*?\|\|/g, "");
const visibleTelegram = (html: string) => html.replace(/<tg-spoiler>[\s\S]*?<\/tg-spoiler>/g, "");

/** Every surface a reader sees, by name. */
async function surfaces(probe: Probe11Case): Promise<{ shown: Record<string, string>; withheld: boolean[] }> {
  const feed = await parseFeed(probe.xml);
  const { digest, reviews } = prepareDigest(feed.reviews);
  const source = { id: 11, subject: digest.subject, createdAt: CREATED_AT, reviews };
  const plain = toChannelEdition(source, PUBLIC_URL);
  const marked = toMarkedChannelEdition(source, PUBLIC_URL, feed.reviews, markSpoilers);
  const discord = buildDiscordPayload(marked);
  const mastodon = buildMastodonStatuses(marked, vetLink);
  const shown: Record<string, string> = {
    subject: digest.subject,
    preheader: digest.preheader,
    html: digest.html,
    text: digest.text,
    slack: JSON.stringify(buildSlackPayload(plain)),
    webhook: JSON.stringify(buildWebhookPayload(plain)),
    rss: buildEditionsFeed({
      title: "Probe",
      description: "d",
      siteUrl: `${PUBLIC_URL}/archive`,
      feedUrl: `${PUBLIC_URL}/feed.xml`,
      editions: [{ id: 11, subject: digest.subject, url: `${PUBLIC_URL}/archive/11`, createdAt: CREATED_AT, reviews, text: digest.text }],
    }),
    discord: [
      discord.content,
      ...discord.embeds.map((embed) => [embed.title, embed.footer?.text ?? "", visibleDiscord(embed.description)].join("\n")),
    ].join("\n"),
    telegram: buildTelegramMessages(marked, "42", vetLink)
      .map((message) => visibleTelegram(message.text))
      .join("\n"),
    // Behind a content warning only the warning itself is seen without a click.
    mastodon: mastodon.map(({ body }) => (body.spoiler_text !== undefined ? body.spoiler_text : body.status)).join("\n"),
    bluesky: JSON.stringify(buildBlueskyPosts(marked, vetLink)),
  };
  return { shown, withheld: reviews.map((review) => review.withheld) };
}

describe("probe 11: feed XML → email and channels", () => {
  it("has enough cases, languages and traps", () => {
    expect(probe11Cases.length).toBeGreaterThanOrEqual(45);
    expect(new Set(probe11Cases.map((probe) => probe.id)).size).toBe(probe11Cases.length);
    expect(new Set(probe11Cases.map((probe) => probe.lang)).size).toBeGreaterThanOrEqual(10);
    for (const probe of probe11Cases) {
      for (const token of [...probe.secrets, ...probe.keepers]) expect(probe.xml, `${probe.id}: ${token}`).toContain(token);
    }
  });

  for (const probe of probe11Cases) {
    it(`${probe.id} [${probe.lang}/${probe.platform}/${probe.conv}]`, async () => {
      const { shown, withheld } = await surfaces(probe);
      const problems: string[] = [];
      for (const [surface, value] of Object.entries(shown)) {
        const lower = value.toLowerCase();
        for (const secret of probe.secrets) if (lower.includes(secret.toLowerCase())) problems.push(`LEAK ${secret} in ${surface}`);
      }
      for (const keeper of probe.keepers) if (!shown.text!.includes(keeper)) problems.push(`LOST ${keeper} from text`);
      if (probe.withheld && !withheld.some(Boolean)) problems.push("NOT WITHHELD");
      if (!probe.withheld && withheld.some(Boolean)) problems.push("WITHHELD unexpectedly");
      expect(problems).toEqual([]);
    });
  }
});
