// Mastodon POST /api/v1/statuses bodies, one per review. A status is plain text: the title,
// the film, a spoiler-free excerpt and the link. Only when the spoiler-free text is too thin to
// say anything (a review that is mostly one marked spoiler) does the excerpt keep the marked
// text, and then the status goes behind a content warning, "Spoilers for <film>", if and only
// if the cut excerpt still holds any of it.
import { describeFilm } from "./edition";
import { fitExcerpt, holdsSpoiler, removeSentinels, renderExcerptBlocks } from "./excerpt";
import { MASTODON_LIMITS, splitGraphemes, truncateGraphemes } from "./limits";
import type { ChannelEdition, ChannelReview } from "./types";

export interface MastodonStatus {
  /** Sent as the Idempotency-Key header, not in the body. */
  idempotencyKey: string;
  /** The review's link, which the status ends with: how a retry recognises a status already made. */
  link: string;
  body: { status: string; spoiler_text?: string; visibility: "public" };
}

const WITHHELD_NOTICE = "This whole review is a spoiler, so it is not quoted here.";
// Below this many characters of spoiler-free text, the excerpt may keep marked spoilers (behind a warning).
const THIN_EXCERPT = 80;
const URL_PATTERN = /https?:\/\/\S+/gi;

/**
 * Characters as Mastodon's StatusLengthValidator counts them: grapheme clusters, with every
 * URL counted as 23. A URL shorter than 23 counts as 23 too (it is replaced, not capped).
 */
export function countMastodonCharacters(text: string): number {
  let urls = 0;
  const rest = text.replace(URL_PATTERN, () => {
    urls += 1;
    return "";
  });
  return splitGraphemes(rest).length + urls * MASTODON_LIMITS.charactersPerUrl;
}

/** "review-digest-e12-1a2b3c4d": the same edition and review always give the same key. */
export function deriveIdempotencyKey(editionId: number, review: ChannelReview): string {
  // FNV-1a, 32 bits: short, ASCII, and stable across runs; the edition id keeps it unique.
  let hash = 0x811c9dc5;
  for (const char of review.link) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `review-digest-e${editionId}-${hash.toString(16).padStart(8, "0")}`;
}

function chooseExcerpt(review: ChannelReview, room: number): { text: string; warned: boolean } {
  if (review.withheld) return { text: WITHHELD_NOTICE, warned: false };
  const spoilerFree = fitExcerpt(renderExcerptBlocks(review.html), room);
  const hasMarked = review.html.includes("data-spoiler");
  if (spoilerFree.length >= THIN_EXCERPT || !hasMarked) return { text: spoilerFree, warned: false };
  const marked = fitExcerpt(renderExcerptBlocks(review.html, true), room);
  return holdsSpoiler(marked) ? { text: removeSentinels(marked), warned: true } : { text: spoilerFree, warned: false };
}

function assemble(head: string, excerpt: string, link: string): string {
  return [head, excerpt, link].filter(Boolean).join("\n\n");
}

/** One review → one status of at most 500 characters (Mastodon's count), warning included. */
export function buildMastodonStatus(editionId: number, review: ChannelReview, link: string): MastodonStatus {
  const title = truncateGraphemes(review.title.trim() || link, 200);
  const film = describeFilm(review);
  const head = [title, film].filter(Boolean).join("\n");
  const warning = `Spoilers for ${review.film?.title.trim() || title}`;
  const fixed = countMastodonCharacters(assemble(head, "", link)) + 4;
  // The warning's length is reserved up front, so adding it never pushes the status over.
  let room = MASTODON_LIMITS.characters - fixed - countMastodonCharacters(warning);
  let excerpt = chooseExcerpt(review, Math.max(room, 0));
  let status = assemble(head, excerpt.text, link);
  // Short URLs inside the excerpt count as 23: shrink until Mastodon's own count fits.
  while (countMastodonCharacters(status) + countMastodonCharacters(warning) > MASTODON_LIMITS.characters && room > 0) {
    room -= 20;
    excerpt = chooseExcerpt(review, Math.max(room, 0));
    status = assemble(head, excerpt.text, link);
  }
  return {
    idempotencyKey: deriveIdempotencyKey(editionId, review),
    link,
    body: { status, ...(excerpt.warned ? { spoiler_text: warning } : {}), visibility: "public" },
  };
}

/** An edition → one status per review whose link passes `safeLink`. */
export function buildMastodonStatuses(edition: ChannelEdition, safeLink: (url: string) => string | undefined): MastodonStatus[] {
  return edition.reviews.flatMap((review) => {
    const link = safeLink(review.link);
    return link ? [buildMastodonStatus(edition.id, review, link)] : [];
  });
}
