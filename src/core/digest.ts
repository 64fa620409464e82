// The one path from feed reviews to an email: spoiler pass → sanitiser → renderer. The Worker
// pipeline and the preview CLI both call prepareDigest, so they cannot drift apart.
import { renderDigest, type RenderOptions } from "./render";
import { sanitizeHtml } from "./sanitize";
import { stripSpoilers } from "./spoilers";
import type { Digest, Review, SpoilerFreeReview } from "./types";

export type { RenderOptions } from "./render";

export interface PreparedDigest {
  digest: Digest;
  /** The reviews as they appear in the email: spoilers replaced by notices, HTML sanitised. */
  reviews: SpoilerFreeReview[];
}

/**
 * Reviews from parseFeed → one email. The spoiler pass runs on the feed's own markup (its
 * markers may live in attributes the sanitiser drops); the sanitiser then keeps its notices.
 */
export function prepareDigest(reviews: Review[], options: RenderOptions = {}): PreparedDigest {
  const spoilerFree = stripSpoilers(reviews).map((review) => ({
    ...review,
    html: sanitizeHtml(review.html, review.link),
  }));
  return { digest: renderDigest(spoilerFree, options), reviews: spoilerFree };
}
