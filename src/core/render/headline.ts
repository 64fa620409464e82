// Subject line and preheader: what a subscriber sees in the inbox list before opening.
import { textContent } from "domutils";
import { Parser, parseDocument } from "htmlparser2";
import type { SpoilerFreeReview } from "../types";

const SUBJECT_TITLES = 3;
const SUBJECT_MAX = 140;
const PREHEADER_MAX = 140;

/** ["A"] → "A"; ["A", "B"] → "A and B"; ["A", "B", "C"] → "A, B and C" */
function joinTitles(titles: string[]): string {
  if (titles.length <= 1) return titles.join("");
  return `${titles.slice(0, -1).join(", ")} and ${titles[titles.length - 1]}`;
}

/**
 * One review: its title. Several: "3 new reviews: A, B and C"; past three titles (or a long
 * line) the rest are counted: "5 new reviews: A, B and 3 more".
 */
export function writeSubject(reviews: SpoilerFreeReview[]): string {
  const titles = reviews.map((review) => review.title);
  if (titles.length === 1) return titles[0] ?? "";
  const prefix = `${titles.length} new reviews: `;
  const full = prefix + joinTitles(titles);
  if (titles.length <= SUBJECT_TITLES && full.length <= SUBJECT_MAX) return full;
  for (let shown = Math.min(SUBJECT_TITLES - 1, titles.length - 1); shown >= 1; shown--) {
    const line = `${prefix}${titles.slice(0, shown).join(", ")} and ${titles.length - shown} more`;
    if (line.length <= SUBJECT_MAX || shown === 1) return line;
  }
  return full;
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/**
 * Text of the first non-empty <p>. A streaming pass that stops there: the preheader needs a
 * sentence, not a DOM of the whole review.
 */
function readFirstParagraph(html: string): string {
  let depth = 0;
  let text = "";
  let found = "";
  const parser = new Parser({
    onopentag(name) {
      if (name === "p") depth++;
    },
    ontext(chunk) {
      if (depth > 0 && !found) text += chunk;
    },
    onclosetag(name) {
      if (name !== "p" || depth === 0) return;
      depth--;
      if (depth === 0 && !found && text.trim()) {
        found = text;
        parser.pause();
      }
      if (depth === 0) text = "";
    },
  });
  parser.end(html);
  return found;
}

/** The opening paragraph of the first review that has a body, whitespace collapsed, about 140 characters. */
export function writePreheader(reviews: SpoilerFreeReview[]): string {
  const shown = reviews.find((review) => !review.withheld);
  if (!shown) return "A new review, marked as containing spoilers.";
  // A figure caption before the first paragraph would otherwise run into it.
  const opening = readFirstParagraph(shown.html) || textContent(parseDocument(shown.html).children);
  const excerpt = opening.replace(/\s+/g, " ").trim() || shown.title;
  return shorten(reviews.length > 1 ? `${shown.title}: ${excerpt}` : excerpt, PREHEADER_MAX);
}
