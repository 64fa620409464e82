// Bluesky app.bsky.feed.post records, one per review. Bluesky has no spoiler markup, so the
// text is spoiler-free: title, film, an excerpt with every marked spoiler dropped, and a short
// form of the link made clickable by a facet. Facet offsets count UTF-8 bytes, not JavaScript
// string indices. An external embed card carries the full link, title and description.
import { describeFilm } from "./edition";
import { fitExcerpt, renderExcerptBlocks } from "./excerpt";
import { BLUESKY_LIMITS, countGraphemes, countUtf8Bytes, truncateGraphemes } from "./limits";
import type { ChannelEdition, ChannelReview } from "./types";

export interface LinkFacet {
  index: { byteStart: number; byteEnd: number };
  features: [{ $type: "app.bsky.richtext.facet#link"; uri: string }];
}

export interface BlueskyRecord {
  $type: "app.bsky.feed.post";
  text: string;
  facets: LinkFacet[];
  embed: { $type: "app.bsky.embed.external"; external: { uri: string; title: string; description: string } };
  createdAt: string;
}

export interface BlueskyPost {
  /** A TID derived from the edition and review: a retry writes the same record key. */
  rkey: string;
  record: BlueskyRecord;
}

const WITHHELD_NOTICE = "This whole review is a spoiler, so it is not quoted here.";
const LINK_TEXT_MAX = 32;
const TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz";

/** "https://www.medium.com/@jeff/a-long-slug?x=1" → "medium.com/@jeff/a-long-slug?x=1", cut to 32 graphemes. */
export function shortenLink(link: string): string {
  const url = new URL(link);
  const shown = `${url.host.replace(/^www\./, "")}${url.pathname === "/" ? "" : url.pathname}${url.search}`;
  return truncateGraphemes(shown, LINK_TEXT_MAX);
}

/**
 * A record key in TID form (13 base32-sortable characters: 53 bits of microseconds, 10 bits
 * of clock id), fixed by the edition's creation time, the review's place and the edition id.
 */
export function deriveRecordKey(editionId: number, createdAt: string, index: number): string {
  const micros = BigInt(Date.parse(createdAt)) * 1000n + BigInt(index);
  let value = (micros << 10n) | BigInt(editionId % 1024);
  let key = "";
  for (let i = 0; i < 13; i++) {
    key = TID_ALPHABET[Number(value & 31n)] + key;
    value >>= 5n;
  }
  return key;
}

/** The link facet for `shown`, which must occur in `text` after `from` (a UTF-16 index). */
export function linkFacet(text: string, shown: string, from: number, uri: string): LinkFacet {
  const at = text.indexOf(shown, from);
  const byteStart = countUtf8Bytes(text.slice(0, at));
  return {
    index: { byteStart, byteEnd: byteStart + countUtf8Bytes(shown) },
    features: [{ $type: "app.bsky.richtext.facet#link", uri }],
  };
}

/** One review → one post record of at most 300 graphemes, spoiler-free. */
export function buildBlueskyRecord(review: ChannelReview, link: string, createdAt: string): BlueskyRecord {
  const title = truncateGraphemes(review.title.trim() || link, 120);
  const head = [title, describeFilm(review)].filter(Boolean).join("\n");
  const shown = shortenLink(link);
  const blocks = review.withheld ? [WITHHELD_NOTICE] : renderExcerptBlocks(review.html);
  let room = BLUESKY_LIMITS.graphemes - countGraphemes(`${head}\n\n\n\n${shown}`);
  let excerpt = fitExcerpt(blocks, Math.max(room, 0));
  let text = [head, excerpt, shown].filter(Boolean).join("\n\n");
  // 300 graphemes of long emoji sequences can pass the 3000-byte cap: shrink until both hold.
  while (countUtf8Bytes(text) > BLUESKY_LIMITS.bytes && room > 0) {
    room -= 20;
    excerpt = fitExcerpt(blocks, Math.max(room, 0));
    text = [head, excerpt, shown].filter(Boolean).join("\n\n");
  }
  const linkFrom = text.length - shown.length;
  return {
    $type: "app.bsky.feed.post",
    text,
    facets: [linkFacet(text, shown, linkFrom, link)],
    embed: {
      $type: "app.bsky.embed.external",
      external: {
        uri: link,
        title: truncateGraphemes(review.title.trim() || link, BLUESKY_LIMITS.embedTitle),
        description: truncateGraphemes(excerpt.replace(/\s+/g, " "), BLUESKY_LIMITS.embedDescription),
      },
    },
    createdAt,
  };
}

/** An edition → one post per review whose link passes `safeLink`. */
export function buildBlueskyPosts(edition: ChannelEdition, safeLink: (url: string) => string | undefined): BlueskyPost[] {
  return edition.reviews.flatMap((review, index) => {
    const link = safeLink(review.link);
    if (!link) return [];
    const createdAt = new Date(Date.parse(edition.createdAt) + index).toISOString();
    return [{ rkey: deriveRecordKey(edition.id, edition.createdAt, index), record: buildBlueskyRecord(review, link, createdAt) }];
  });
}
