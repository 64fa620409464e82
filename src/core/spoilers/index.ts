// The spoiler engine's public face. TEMPORARY: the engine (issue 4) replaces this body.
import type { Review, SpoilerFreeReview } from "../types";

/** Reviews in; reviews with every marked spoiler replaced by a notice, plus what was removed, out. */
export function stripSpoilers(reviews: Review[]): SpoilerFreeReview[] {
  return reviews.map((review) => ({ ...review, removed: [], withheld: false }));
}
