// Builds what the channel formatters read from an edition's spoiler-free reviews.
import { safeFeedUrl } from "../feed-links";
import type { Review, SpoilerFreeReview } from "../types";
import type { ChannelEdition, ChannelReview } from "./types";

export interface EditionSource {
  id: number;
  subject: string;
  createdAt: string;
  reviews: SpoilerFreeReview[];
}

/** Every channel's review links go through safeFeedUrl; one stored before that rule falls back to the archive page. */
function toChannelReview(review: SpoilerFreeReview, html: string, archiveUrl: string): ChannelReview {
  return {
    title: review.title,
    link: safeFeedUrl(review.link) ?? archiveUrl,
    ...(review.author ? { author: review.author } : {}),
    ...(review.published ? { published: review.published } : {}),
    ...(review.film ? { film: review.film } : {}),
    html,
    withheld: review.withheld,
  };
}

/** The spoiler-free edition, for Slack, the JSON webhook and the archive. `publicUrl` has no trailing slash. */
export function toChannelEdition(edition: EditionSource, publicUrl: string): ChannelEdition {
  const archiveUrl = `${publicUrl}/archive/${edition.id}`;
  return {
    id: edition.id,
    subject: edition.subject,
    archiveUrl,
    createdAt: edition.createdAt,
    reviews: edition.reviews.map((review) => toChannelReview(review, review.html, archiveUrl)),
  };
}

/**
 * The edition for Discord: each review whose original is known gets `markSpoilers(original)`
 * (spoilers wrapped, not removed); any other keeps its spoiler-free HTML, so nothing leaks.
 */
export function toMarkedChannelEdition(
  edition: EditionSource,
  publicUrl: string,
  originals: Review[],
  markSpoilers: (review: Review) => string,
): ChannelEdition {
  const byLink = new Map(originals.map((review) => [review.link, review]));
  const byId = new Map(originals.map((review) => [review.id, review]));
  const plain = toChannelEdition(edition, publicUrl);
  plain.reviews = edition.reviews.map((review) => {
    const original = byId.get(review.id) ?? byLink.get(review.link);
    return toChannelReview(review, original ? markSpoilers(original) : review.html, plain.archiveUrl);
  });
  return plain;
}

/** 4.5 → "★★★★½" */
export function formatStars(rating: number): string {
  return "★".repeat(Math.floor(rating)) + (rating % 1 >= 0.5 ? "½" : "");
}

/**
 * "Oppenheimer (2023) · ★★★★½", from Letterboxd's film data; undefined without it, or when the
 * title already says it (Letterboxd titles read "Oppenheimer, 2023 - ★★★★½").
 */
export function describeFilm(review: ChannelReview): string | undefined {
  const film = review.film;
  if (!film?.title.trim()) return undefined;
  if (review.title.includes(film.title.trim()) && (!film.year || review.title.includes(String(film.year)))) return undefined;
  const year = film.year ? ` (${film.year})` : "";
  const stars = film.rating ? ` · ${formatStars(film.rating)}` : "";
  return `${film.title.trim()}${year}${stars}`;
}
