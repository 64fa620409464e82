// Builds what the channel formatters read from an edition's spoiler-free reviews.
import type { Review, SpoilerFreeReview } from "../types";
import type { ChannelEdition, ChannelReview } from "./types";

export interface EditionSource {
  id: number;
  subject: string;
  createdAt: string;
  reviews: SpoilerFreeReview[];
}

function toChannelReview(review: SpoilerFreeReview, html: string): ChannelReview {
  return {
    title: review.title,
    link: review.link,
    ...(review.author ? { author: review.author } : {}),
    ...(review.published ? { published: review.published } : {}),
    ...(review.film ? { film: review.film } : {}),
    html,
    withheld: review.withheld,
  };
}

/** The spoiler-free edition, for Slack, the JSON webhook and the archive. `publicUrl` has no trailing slash. */
export function toChannelEdition(edition: EditionSource, publicUrl: string): ChannelEdition {
  return {
    id: edition.id,
    subject: edition.subject,
    archiveUrl: `${publicUrl}/archive/${edition.id}`,
    createdAt: edition.createdAt,
    reviews: edition.reviews.map((review) => toChannelReview(review, review.html)),
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
    return toChannelReview(review, original ? markSpoilers(original) : review.html);
  });
  return plain;
}
