// feed.xml: RSS 2.0 of the spoiler-free editions, so readers can follow in any feed reader.
// Every text goes through escapeXml (never CDATA, whose "]]>" would need splitting), after
// dropping the characters XML 1.0 forbids.
import { safeFeedUrl } from "../feed-links";
import type { SpoilerFreeReview } from "../types";

export interface FeedEdition {
  id: number;
  subject: string;
  /** The archive page of the edition. */
  url: string;
  /** ISO-8601. */
  createdAt: string;
  reviews: SpoilerFreeReview[];
  /** Plain text, used when an edition kept no reviews. */
  text: string;
}

export interface EditionsFeed {
  title: string;
  description: string;
  /** The archive index. */
  siteUrl: string;
  /** This feed's own URL (atom:link rel="self"). */
  feedUrl: string;
  editions: FeedEdition[];
}

// Control characters other than tab, newline and carriage return, lone surrogates, U+FFFE/F.
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for XML (and HTML) element content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(XML_FORBIDDEN, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** "2026-11-20T10:00:00.000Z" → "Fri, 20 Nov 2026 10:00:00 GMT" (RFC 822, as RSS 2.0 wants). */
function toRfc822(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? new Date(0).toUTCString() : date.toUTCString();
}

/** The item body: each review's title (linking to the original) and its spoiler-free HTML. */
function renderItemHtml(edition: FeedEdition): string {
  if (edition.reviews.length === 0) return `<p>${escapeXml(edition.text)}</p>`;
  return edition.reviews
    .map((review) => `<h2><a href="${escapeXml(safeFeedUrl(review.link) ?? edition.url)}">${escapeXml(review.title)}</a></h2>${review.html}`)
    .join("\n");
}

function renderItem(edition: FeedEdition): string {
  return [
    "<item>",
    `<title>${escapeXml(edition.subject)}</title>`,
    `<link>${escapeXml(edition.url)}</link>`,
    `<guid isPermaLink="true">${escapeXml(edition.url)}</guid>`,
    `<pubDate>${toRfc822(edition.createdAt)}</pubDate>`,
    `<description>${escapeXml(renderItemHtml(edition))}</description>`,
    "</item>",
  ].join("");
}

/** Editions (newest first) → an RSS 2.0 document. */
export function buildEditionsFeed(feed: EditionsFeed): string {
  const newest = feed.editions[0]?.createdAt;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "<channel>",
    `<title>${escapeXml(feed.title)}</title>`,
    `<link>${escapeXml(feed.siteUrl)}</link>`,
    `<description>${escapeXml(feed.description)}</description>`,
    `<atom:link href="${escapeXml(feed.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    "<generator>review-digest</generator>",
    newest ? `<lastBuildDate>${toRfc822(newest)}</lastBuildDate>` : "",
    ...feed.editions.map(renderItem),
    "</channel>",
    "</rss>",
    "",
  ].join("\n");
}
