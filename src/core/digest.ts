// The one path from feed reviews to an email: spoiler pass → sanitiser → renderer. The Worker
// pipeline and the preview CLI both call prepareDigest, so they cannot drift apart.
import { capNestingDepth } from "./html-depth";
import { renderDigest, type RenderOptions } from "./render";
import { titleFromBody } from "./render/headline";
import { sanitizeDocument } from "./sanitize";
import { stripReviewBody } from "./spoilers";
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
  const spoilerFree = reviews.map(prepareReview);
  return { digest: renderDigest(spoilerFree, options), reviews: spoilerFree };
}

/**
 * One review through the spoiler pass and the sanitiser, on its own (the poll isolates a bad
 * item this way). Hostile nesting is flattened first, so no walk below overflows the stack.
 */
export function prepareReview(review: Review): SpoilerFreeReview {
  const html = capNestingDepth(review.html);
  // The sanitiser takes over the spoiler pass's DOM: same result as sanitizeHtml on its
  // serialised output, without a second parse.
  const body = stripReviewBody(html === review.html ? review : { ...review, html });
  const prepared = body.toReview(sanitizeDocument(body.document, review.link));
  // Named after the pass, from what is left: a title is shown before anyone opens the email.
  if (!prepared.untitled) return prepared;
  const named = prepared.withheld ? undefined : titleFromBody(prepared.html, UNTITLED_TITLE_MAX);
  const marked = prepared.withheld || prepared.removed.length > 0;
  return { ...prepared, title: named ?? (marked ? "A post marked as containing spoilers" : prepared.title) };
}

/** A title made from a post's first sentence: short enough for a subject line beside others. */
const UNTITLED_TITLE_MAX = 80;
