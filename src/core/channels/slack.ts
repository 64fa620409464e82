// Slack incoming-webhook payload in Block Kit. Slack gets the spoiler-free HTML; any
// `data-spoiler` region left in it is dropped by the renderer too. Limits (Block Kit
// reference): section text 3000, header text 150, 50 blocks per message.
import { joinWithin, truncate } from "./limits";
import { renderBlocks, slackFlavour } from "./markdown";
import type { ChannelEdition, ChannelReview } from "./types";

export const SLACK_LIMITS = { sectionText: 3000, headerText: 150, blocks: 50, text: 3000 };

type TextObject = { type: "mrkdwn" | "plain_text"; text: string };
export type SlackBlock =
  | { type: "header"; text: TextObject }
  | { type: "section"; text: TextObject }
  | { type: "context"; elements: TextObject[] }
  | { type: "divider" };

export interface SlackPayload {
  /** The notification and screen-reader fallback. */
  text: string;
  blocks: SlackBlock[];
  unfurl_links: boolean;
}

// A section per this many characters of one review; a longer review ends with a "read on" link.
const SECTIONS_PER_REVIEW = 2;

function section(text: string): SlackBlock {
  return { type: "section", text: { type: "mrkdwn", text } };
}

/** Splits blocks into section texts of at most `max` characters, at paragraph boundaries. */
function packSections(blocks: string[], max: number, count: number, more: string): string[] {
  const sections: string[] = [];
  let rest = blocks;
  while (rest.length && sections.length < count) {
    const last = sections.length === count - 1;
    const packed: string[] = [];
    let used = 0;
    for (const block of rest) {
      if (packed.length && used + 2 + block.length > max) break;
      packed.push(block);
      used += (packed.length > 1 ? 2 : 0) + block.length;
    }
    rest = rest.slice(packed.length);
    sections.push(last && rest.length ? joinWithin([...packed, ...rest], max, more) : joinWithin(packed, max, more));
  }
  return sections;
}

function renderReview(review: ChannelReview): SlackBlock[] {
  const title = slackFlavour.escape(review.title.trim() || review.link);
  const heading = slackFlavour.bold(slackFlavour.link(title, review.link));
  const byline = [review.author, review.film?.title].filter(Boolean).map((part) => slackFlavour.escape(String(part)));
  const more = slackFlavour.link("Read the whole review", review.link);
  const body = packSections(renderBlocks(review.html, slackFlavour), SLACK_LIMITS.sectionText, SECTIONS_PER_REVIEW, more);
  return [
    section(truncate(heading, SLACK_LIMITS.sectionText)),
    ...(byline.length ? [{ type: "context" as const, elements: [{ type: "mrkdwn" as const, text: byline.join(" · ") }] }] : []),
    ...body.map(section),
  ];
}

/** An edition → a Slack Block Kit message: a header, then each review's title, byline and text. */
export function buildSlackPayload(edition: ChannelEdition): SlackPayload {
  const blocks: SlackBlock[] = [{ type: "header", text: { type: "plain_text", text: truncate(edition.subject, SLACK_LIMITS.headerText) } }];
  const footer: SlackBlock = {
    type: "context",
    elements: [{ type: "mrkdwn", text: slackFlavour.link("View this edition in a browser", edition.archiveUrl) }],
  };
  for (const review of edition.reviews) {
    const next = [{ type: "divider" as const }, ...renderReview(review)];
    // Keep room for the footer; reviews that do not fit are still one click away in the archive.
    if (blocks.length + next.length + 1 > SLACK_LIMITS.blocks) break;
    blocks.push(...next);
  }
  blocks.push(footer);
  const text = truncate(`${edition.subject}: ${edition.archiveUrl}`, SLACK_LIMITS.text);
  return { text, blocks, unfurl_links: false };
}
