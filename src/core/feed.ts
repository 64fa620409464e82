// Feed ingest: RSS 2.0 or Atom text in, normalised reviews out. The Worker fetches the feed and
// hands over the text; feed-xml.ts reads it, and this module turns its fields into reviews.
import { isMarkedSpoiler, readFilm, removeSpoilerSuffix } from "./feed-letterboxd";
import { cleanHeaderText, cleanSubject } from "./header-text";
import { quoteDroppedLink, safeFeedUrl } from "./feed-links";
import { FeedError } from "./feed-error";
import { hideTitleSpoilers } from "./spoilers/title";
import { findLink, RawFeed, RawItem, readCategories } from "./feed-raw";
import { readFeedXml } from "./feed-xml";
import { finishReview } from "./review-finish";
import type { Feed, FeedDraft, ReviewDraft, SourceKind } from "./types";

export { FeedError };

function parseXml(xml: string): unknown {
  if (xml.trim() === "") throw new FeedError("Not a feed: the document is empty.");
  return readFeedXml(xml);
}

function hostOf(link: string | undefined): string {
  try {
    return link ? new URL(link).hostname : "";
  } catch {
    return "";
  }
}

function detectSource(raw: RawFeed, items: RawItem[]): SourceKind {
  const host = hostOf(raw.link ?? findLink(raw.links, "alternate"));
  const generator = (raw.generator ?? "").trim().toLowerCase();
  if (host.endsWith("letterboxd.com") || items.some((item) => item.filmTitle)) return "letterboxd";
  if (generator === "medium" || host === "medium.com" || host.endsWith(".medium.com")) return "medium";
  if (generator.startsWith("ghost")) return "ghost";
  return "generic";
}

/** Where relative item links resolve, and what an item whose link is not http(s) links to instead. */
interface LinkContext {
  base?: string;
  fallback: string;
  dropped: string[];
}

// A 150 KB title is an attack or an accident, never a title: cut, with an ellipsis.
export const TITLE_MAX_CHARACTERS = 300;
export const AUTHOR_MAX_CHARACTERS = 100;

/** One item, or undefined when it cannot be read: one bad item never fails the feed. */
function readItem(item: RawItem, source: SourceKind, links: LinkContext): ReviewDraft | undefined {
  try {
    return normaliseItem(item, source, links);
  } catch (error) {
    console.error("review-digest: skipping a feed item that could not be read", error);
    return undefined;
  }
}

/** A post without a title (Mastodon's RSS has none) is "Untitled" until prepareReview names it. */
const UNTITLED = "Untitled";

function normaliseItem(item: RawItem, source: SourceKind, links: LinkContext): ReviewDraft | undefined {
  const id = (item.guid ?? item.id ?? item.link)?.trim();
  // Without a guid or a link an item cannot be told apart from the next poll's copy of it.
  if (!id) return undefined;
  const link = safeFeedUrl(item.link ?? id, links.base);
  if (!link) links.dropped.push(item.link ?? id);
  // A spoiler marked inside the title ("||…||") never reaches a subject or a channel.
  // Before the cut, which could part a pair and leave its spoiler behind an opener.
  const rawTitle = cleanSubject(hideTitleSpoilers(item.title ?? ""), TITLE_MAX_CHARACTERS) || UNTITLED;
  const review: ReviewDraft = {
    id,
    link: link ?? links.fallback,
    title: rawTitle,
    categories: readCategories(item.rawCategories),
    body: item["content:encoded"] ?? item.content ?? item.summary ?? "",
    source,
    containsSpoilers: false,
  };
  if (!link) review.linkReplaced = true;
  if (rawTitle === UNTITLED) review.untitled = true;
  const author = cleanSubject(item.creator ?? item.author ?? "", AUTHOR_MAX_CHARACTERS);
  if (author) review.author = author;
  if (item.isoDate) review.published = item.isoDate;
  if (source === "letterboxd") decorateLetterboxd(review, item);
  return review;
}

function decorateLetterboxd(review: ReviewDraft, item: RawItem): void {
  const film = readFilm(item);
  if (film) review.film = film;
  review.containsSpoilers = isMarkedSpoiler(review.title, review.body);
  review.title = removeSpoilerSuffix(review.title);
}

function keepIfSafe(url: string | undefined): string | undefined {
  return url && safeFeedUrl(url) ? url.trim() : undefined;
}

function describeDroppedLinks(dropped: string[]): string {
  const count = dropped.length === 1 ? "1 item's link was" : `${dropped.length} items' links were`;
  return `${count} not an http(s) URL (${dropped.slice(0, 3).map(quoteDroppedLink).join(", ")}); they link to the feed's site instead`;
}

/**
 * Parses RSS 2.0 or Atom text into a Feed of normalised reviews, in feed order. `feedUrl`, when
 * known, resolves relative links. An item link that is not http(s) is replaced by the feed's
 * site, and `warning` says so. Throws FeedError for anything that is not a feed.
 */
export async function parseFeed(xml: string, feedUrl?: string): Promise<Feed> {
  const draft = await readFeed(xml, feedUrl);
  return { ...draft, reviews: draft.reviews.map(finishReview) };
}

/**
 * parseFeed, leaving each item's body to finishReview (review-finish.ts): the poll finishes only
 * what it sends, and a poll that sends nothing never tokenizes a body.
 */
export async function readFeed(xml: string, feedUrl?: string): Promise<FeedDraft> {
  const parsed = RawFeed.safeParse(parseXml(xml));
  if (!parsed.success) throw new FeedError("Not an RSS or Atom feed: it has no items list.");
  const raw = parsed.data;
  const items = raw.items.flatMap((item) => {
    const result = RawItem.safeParse(item);
    return result.success ? [result.data] : [];
  });
  const source = detectSource(raw, items);
  const base = safeFeedUrl(feedUrl);
  const site = safeFeedUrl(raw.link ?? findLink(raw.links, "alternate"), base);
  const links: LinkContext = { fallback: site ?? base ?? "", dropped: [], ...((base ?? site) ? { base: base ?? site } : {}) };
  const reviews = items.map((item) => readItem(item, source, links)).filter((review) => review !== undefined);
  const feed: FeedDraft = { title: cleanHeaderText(raw.title ?? "") || "Untitled feed", source, reviews };
  if (site) feed.link = site;
  if (links.dropped.length) feed.warning = describeDroppedLinks(links.dropped);
  // Kept as written (the stored hub URL is compared on every renewal), but only when it is an absolute http(s) URL.
  const hubUrl = keepIfSafe(findLink(raw.atomLinks, "hub") ?? findLink(raw.links, "hub"));
  const selfUrl = keepIfSafe(findLink(raw.atomLinks, "self") ?? findLink(raw.links, "self"));
  if (hubUrl) feed.hubUrl = hubUrl;
  if (selfUrl) feed.selfUrl = selfUrl;
  return feed;
}
