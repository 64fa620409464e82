// What the next edition of a feed would be: fetched by the worker (with the poll's timeout and
// a tighter size cap), parsed, and run through the same prepareDigest as the pipeline. Nothing
// is stored: the reviews are not marked seen and no edition is created.
import { prepareDigest } from "../../core/digest";
import { FeedError, parseFeed } from "../../core/feed";
import { removeSpoilers } from "../../core/spoilers";
import type { Digest, SpoilerFreeReview } from "../../core/types";
import { listFeeds } from "../../db/feeds";
import { findSeenReviews } from "../../db/reviews";
import { fetchFeed, FEED_TIMEOUT_MS } from "../../jobs/fetch-feed";
import { isUnseen, keyReviews, pickLatest, type CandidateReview } from "../../jobs/new-reviews";

export const PREVIEW_MAX_BYTES = 2 * 1024 * 1024;
// An edition of more than this many reviews is unusual; the preview stays one readable page.
const MAX_PREVIEW_REVIEWS = 10;

export interface PreviewItem {
  /** The review as the feed has it, each spoiler wrapped in data-spoiler, for the left-hand column. */
  originalHtml: string;
  /** The same review after the spoiler pass and sanitiser. */
  review: SpoilerFreeReview;
}

export type Preview =
  | { ok: false; message: string }
  | { ok: true; feedTitle: string; note: string; items: PreviewItem[]; digest: Digest };

async function chooseReviews(db: D1Database, url: string, candidates: CandidateReview[]): Promise<{ chosen: CandidateReview[]; note: string }> {
  const known = (await listFeeds(db)).find((feed) => feed.url === url);
  if (known?.seededAt || known?.lastPolledAt) {
    const seen = await findSeenReviews(db, known.id, candidates.map((candidate) => candidate.key));
    const unseen = candidates.filter((candidate) => isUnseen(candidate.key, seen));
    if (unseen.length) {
      return { chosen: pickLatest(unseen, MAX_PREVIEW_REVIEWS), note: `The next edition: ${unseen.length} review(s) not sent yet.` };
    }
    return { chosen: pickLatest(candidates, 1), note: "Every review in the feed has been seen; showing the latest for a look." };
  }
  return { chosen: pickLatest(candidates, 1), note: "This feed has not been polled yet; showing its latest review." };
}

// Not sanitised: the marks live in attributes the sanitiser drops. The console shows it only in a
// frame with an empty sandbox under a CSP without scripts, where markup can do no harm.
function markOriginal(html: string, review: SpoilerFreeReview): string {
  if (review.withheld) return `<div data-spoiler="whole-review">${html}</div>`;
  return removeSpoilers(html, { link: review.link, mode: "mark" }).html;
}

/** Fetches and prepares the next edition of the feed at `url`, or says why it cannot. */
export async function loadPreview(db: D1Database, url: string): Promise<Preview> {
  const fetched = await fetchFeed(url, undefined, { timeoutMs: FEED_TIMEOUT_MS, maxBytes: PREVIEW_MAX_BYTES });
  if (fetched.kind !== "ok") return { ok: false, message: `Could not fetch ${url}: ${fetched.kind === "error" ? fetched.message : "not modified"}` };
  let feed;
  try {
    feed = await parseFeed(fetched.xml);
  } catch (error) {
    if (error instanceof FeedError) return { ok: false, message: error.message };
    throw error;
  }
  const candidates = keyReviews(feed.reviews);
  if (candidates.length === 0) return { ok: false, message: "The feed has no reviews." };
  const { chosen, note } = await chooseReviews(db, url, candidates);
  const reviews = chosen.map((candidate) => candidate.review);
  const prepared = prepareDigest(reviews, { publication: feed.title });
  const items = prepared.reviews.map((review, index) => ({ originalHtml: markOriginal(reviews[index]?.html ?? "", review), review }));
  return { ok: true, feedTitle: feed.title, note, items, digest: prepared.digest };
}
