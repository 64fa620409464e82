// The last step of reading a feed item, taken only for the items that are kept (see readFeed in
// feed.ts): its body made ready to store and render. Its own module, because it is what needs
// htmlparser2, which a poll that sends nothing never loads.
import { removeTrackingPixels } from "./feed-medium";
import type { Review, ReviewDraft } from "./types";

/** A draft's body made ready to store and render: Medium's tracking pixels removed. */
export function finishReview(draft: ReviewDraft): Review {
  const { body, ...fields } = draft;
  return { ...fields, html: draft.source === "medium" ? removeTrackingPixels(body) : body };
}
