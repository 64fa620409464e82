// Whole-review flags: the critic (or the platform) marks the entire review as a spoiler, so
// the body is withheld and only the title, film, rating and link are shown. Flags are read from
// the title and the post's first block only, never from boilerplate that repeats the title.
import type { ChildNode, Document } from "domhandler";
import { parseDocument } from "htmlparser2";
import type { Review } from "../types";
import { listBlocks, type Block } from "./blocks";
import { findTitleTag, isWholePostLine } from "./patterns";
import { isWordChar } from "./stream";

/** The text that flags a whole review as a spoiler: "Ballerina (contains spoilers)" → "(contains spoilers)". */
export function detectWholeReviewFlag(review: Review): string | undefined {
  const title = detectTitleFlag(review);
  if (title !== undefined) return title;
  const line = findWholeReviewLine(review.html, () => listBlocks(parseDocument(review.html), new Set()));
  return detectBodyFlag(review, line);
}

/** The title's own flag, if any: "Spoilers: Ballerina" → "Spoilers:", "[스포] 기생충 리뷰" → "[스포]". */
export function detectTitleFlag(review: Review): string | undefined {
  return findTitleTag(review.title);
}

/** The flag when the title has none: the body line found by findWholeReviewLine, else the feed's own mark. */
export function detectBodyFlag(review: Review, line: string | undefined): string | undefined {
  if (line) return line;
  return review.containsSpoilers ? "(contains spoilers)" : undefined;
}

/**
 * The first block's whole-post flag ("This review may contain spoilers.", a content warning
 * naming spoilers), if the post has one. `blocks` gives the post's listBlocks (nothing opaque):
 * the spoiler pass hands over the ones it lists anyway, so the body is not parsed twice.
 */
export function findWholeReviewLine(html: string, blocks: () => readonly Block[]): string | undefined {
  if (html.length === 0) return undefined;
  // The first block with words: Letterboxd (and many blogs) put the poster image before the notice.
  const first = blocks().find((block) => hasWord(block.text));
  return first && isWholePostLine(first.text) ? first.text.trim() : undefined;
}

/** Whether text holds a letter or digit of any script (by block: a \p{L} regex costs a cold isolate to compile). */
function hasWord(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isWordChar(text.charCodeAt(i))) return true;
  return false;
}

/** Whether a body, after the spoiler pass, still holds a word outside the notices it left. */
export function hasWordsLeft(document: Document): boolean {
  const stack: ChildNode[] = [...document.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === "text" && hasWord(node.data)) return true;
    if (node.type === "tag" && !("data-notice" in node.attribs)) stack.push(...node.children);
  }
  return false;
}

/** Whether a post has words after its first block with words. */
export function hasLaterWords(blocks: readonly Block[]): boolean {
  return blocks.filter((block) => hasWord(block.text)).length > 1;
}

/** Whether a marker stands in a post's first block with words ("Critique avec spoilers, ne lisez pas si…"). */
export function isInFirstBlock(blocks: readonly Block[], trigger: string): boolean {
  return blocks.find((block) => hasWord(block.text))?.text.includes(trigger) === true;
}
