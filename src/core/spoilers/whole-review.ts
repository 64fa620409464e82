// Whole-review flags: the critic (or the platform) marks the entire review as a spoiler, so
// the body is withheld and only the title, film, rating and link are shown.
import { parseDocument } from "htmlparser2";
import type { Review } from "../types";
import { listBlocks, type Block } from "./blocks";
import { WHOLE_REVIEW_LINE } from "./patterns";
import { foldText } from "./text";

const TITLE_FLAGS: RegExp[] = [
  // Letterboxd: "Ballerina, 2023 - ★★★★ (contains spoilers)".
  /\(\s*contains\s+spoilers\s*\)\s*$/i,
  /^\s*[[(]\s*(?:major\s+|full\s+|heavy\s+)?spoilers?\s*[\])]/i,
  /^\s*spoiler(?:s|-filled|-heavy)?\s+review\b/i,
  /^\s*(?:major\s+)?spoilers?\s*[:|]/i,
];

/** The text that flags a whole review as a spoiler: "Ballerina (contains spoilers)" → "(contains spoilers)". */
export function detectWholeReviewFlag(review: Review): string | undefined {
  const title = detectTitleFlag(review);
  if (title !== undefined) return title;
  const line = findWholeReviewLine(review.html, () => listBlocks(parseDocument(review.html), new Set()));
  return detectBodyFlag(review, line);
}

/** The title's own flag, if any: "Spoilers: Ballerina" → "Spoilers:". */
export function detectTitleFlag(review: Review): string | undefined {
  const title = foldText(review.title);
  for (const regex of TITLE_FLAGS) {
    const found = regex.exec(title);
    if (found) return found[0].trim();
  }
  return undefined;
}

/** The flag when the title has none: the body line found by findWholeReviewLine, else the feed's own mark. */
export function detectBodyFlag(review: Review, line: string | undefined): string | undefined {
  if (line) return line;
  return review.containsSpoilers ? "(contains spoilers)" : undefined;
}

/**
 * Letterboxd's "This review may contain spoilers." body line, if the post has one. `blocks`
 * gives the post's listBlocks (nothing opaque): the spoiler pass hands over the ones it lists
 * anyway, so the body is not parsed twice.
 */
export function findWholeReviewLine(html: string, blocks: () => readonly Block[]): string | undefined {
  // A cheap guard on the raw markup: most posts never say "spoilers" at all.
  if (!/spoilers/i.test(html)) return undefined;
  for (const block of blocks()) {
    if (WHOLE_REVIEW_LINE.test(foldText(block.text))) return block.text.trim();
  }
  return undefined;
}
