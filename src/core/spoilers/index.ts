// The spoiler engine's public face. The digest path calls stripReviewBody, so the sanitiser can
// take over the engine's DOM instead of parsing its output again; others call stripSpoilers.
import render from "dom-serializer";
import { Document } from "domhandler";
import { appendChild, textContent } from "domutils";
import { parseDocument } from "htmlparser2";
import type { Review, SpoilerFreeReview } from "../types";
import { listBlocks } from "./blocks";
import { removeFromBlocks } from "./engine";
import { createWithheldNotice } from "./notice";
import { countWords, tidyText } from "./text";
import { TreeEditor } from "./tree-editor";
import { detectBodyFlag, detectTitleFlag, findWholeReviewLine, hasLaterWords, hasWordsLeft, isInFirstBlock } from "./whole-review";

export { removeSpoilers, type RemoveOptions, type RemoveResult } from "./engine";
export { detectWholeReviewFlag } from "./whole-review";

/** One review after the pass, with its body still a DOM. */
export interface StrippedBody {
  document: Document;
  /** The HTML stripSpoilers returns: the feed's own markup when nothing was taken out. */
  serialize: () => string;
  /** The spoiler-free review, with `html` as its body. */
  toReview: (html: string) => SpoilerFreeReview;
}

/** Reviews in; reviews with every marked spoiler replaced by a notice, plus what was removed, out. */
export function stripSpoilers(reviews: Review[]): SpoilerFreeReview[] {
  return reviews.map((review) => {
    const body = stripReviewBody(review);
    return body.toReview(body.serialize());
  });
}

/**
 * The pass for one review, its body left as a DOM the caller may go on editing (serialize reads
 * that DOM, so call it first if both are needed). Same checks, in the same order, as detectWholeReviewFlag, but
 * the body is parsed and split into blocks once for both the flag and the spoiler pass; and a
 * body the pass leaves without a word is withheld too (detectWholeReviewFlag runs no pass).
 */
export function stripReviewBody(review: Review): StrippedBody {
  const titleFlag = detectTitleFlag(review);
  const document = parseDocument(review.html);
  if (titleFlag !== undefined) return withholdReview(review, titleFlag, document);
  const blocks = listBlocks(document, new Set());
  const flag = detectBodyFlag(review, findWholeReviewLine(review.html, () => blocks));
  if (flag !== undefined) return withholdReview(review, flag, document);
  const removed = removeFromBlocks(blocks, { link: review.link, mode: "remove", editor: new TreeEditor() });
  // A warning in the first block ("ATENÇÃO: esse review contém spoilers!", "Critique avec spoilers,
  // ne lisez pas si…") whose span runs to the post's end leaves no words: the review is withheld,
  // not sent as an empty body. A post of one block ("《ネタバレ》 犯人は…") keeps its notice.
  const warning = removed?.[0]?.trigger;
  if (warning !== undefined && isInFirstBlock(blocks, warning) && hasLaterWords(blocks) && !hasWordsLeft(document)) return withholdReview(review, warning, parseDocument(review.html));
  // Nothing taken out: the feed's markup is kept byte for byte, as removeSpoilers does.
  const serialize = () => (removed === undefined ? review.html : render(document, { encodeEntities: "utf8" }));
  return { document, serialize, toReview: (html) => ({ ...review, html, removed: removed ?? [], withheld: false }) };
}

/** A review flagged as a spoiler as a whole: the body becomes one notice; the rest is kept. */
function withholdReview(review: Review, trigger: string, body: Document): StrippedBody {
  const text = tidyText(textContent(body));
  const notice = createWithheldNotice(review.link);
  const html = render(notice, { encodeEntities: "utf8" });
  const document = new Document([]);
  appendChild(document, notice);
  const removed = [{ marker: "whole-review" as const, trigger, text, words: countWords(text) }];
  return { document, serialize: () => html, toReview: (body) => ({ ...review, html: body, withheld: true, removed }) };
}
