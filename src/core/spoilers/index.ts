// The spoiler engine's public face. The digest path calls only stripSpoilers.
import render from "dom-serializer";
import { parseDocument } from "htmlparser2";
import { textContent } from "domutils";
import type { Review, SpoilerFreeReview } from "../types";
import { removeSpoilers } from "./engine";
import { createWithheldNotice } from "./notice";
import { countWords, tidyText } from "./text";
import { detectWholeReviewFlag } from "./whole-review";

export { removeSpoilers, type RemoveOptions, type RemoveResult } from "./engine";
export { detectWholeReviewFlag } from "./whole-review";

/** Reviews in; reviews with every marked spoiler replaced by a notice, plus what was removed, out. */
export function stripSpoilers(reviews: Review[]): SpoilerFreeReview[] {
  return reviews.map(stripReview);
}

function stripReview(review: Review): SpoilerFreeReview {
  const flag = detectWholeReviewFlag(review);
  if (flag !== undefined) return withholdReview(review, flag);
  const { html, removed } = removeSpoilers(review.html, { link: review.link });
  return { ...review, html, removed, withheld: false };
}

/** A review flagged as a spoiler as a whole: the body becomes one notice; the rest is kept. */
function withholdReview(review: Review, trigger: string): SpoilerFreeReview {
  const text = tidyText(textContent(parseDocument(review.html)));
  const html = render(createWithheldNotice(review.link), { encodeEntities: "utf8" });
  return { ...review, html, withheld: true, removed: [{ marker: "whole-review", trigger, text, words: countWords(text) }] };
}
