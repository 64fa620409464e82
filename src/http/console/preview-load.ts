// What the next edition of a feed would be: fetched by the worker (with the poll's timeout and
// a tighter size cap), parsed, and run through the same prepareDigest as the pipeline. Nothing
// is stored: the reviews are not marked seen and no edition is created.
//
// The URL is the operator's, typed into a form: a deployed worker refuses loopback, private,
// link-local and metadata addresses, at every redirect (followed here one by one), so the
// console cannot be used to reach what sits next to the worker. Only the URL's host is checked:
// workerd has no DNS API, so a public name that resolves to a private address cannot be caught
// here (Cloudflare's own network does not route Workers' fetches to private addresses).
// A worker run locally (LOCAL_DEV, set by npm start and the tests) may fetch anything.
import { readCappedText } from "../../capped-body";
import { prepareDigest } from "../../core/digest";
import { FeedError, parseFeed } from "../../core/feed";
import { describeForbiddenHost } from "../../core/private-address";
import { removeSpoilers } from "../../core/spoilers";
import type { Digest, SpoilerFreeReview } from "../../core/types";
import { listFeeds } from "../../db/feeds";
import { findSeenReviews } from "../../db/reviews";
import { FEED_TIMEOUT_MS, USER_AGENT } from "../../jobs/fetch-feed";
import { isUnseen, keyReviews, pickLatest, type CandidateReview } from "../../jobs/new-reviews";

export const PREVIEW_MAX_BYTES = 2 * 1024 * 1024;
const MAX_REDIRECTS = 5;
// An edition of more than this many reviews is unusual; the preview stays one readable page.
const MAX_PREVIEW_REVIEWS = 10;

export interface PreviewItem {
  /** The review as the feed has it, each spoiler wrapped in data-spoiler, for the left-hand column. */
  originalHtml: string;
  /** The same review after the spoiler pass and sanitiser. */
  review: SpoilerFreeReview;
}

export type Preview =
  | { ok: false; message: string; refused?: true }
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

/** Why the preview will not fetch `target` from a deployed worker, or undefined. */
export function explainRefusal(target: string): string | undefined {
  const url = URL.canParse(target) ? new URL(target) : undefined;
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) return `The preview fetches only http(s) URLs, not ${target.slice(0, 100)}.`;
  const kind = describeForbiddenHost(url);
  if (!kind) return undefined;
  return (
    `The preview does not fetch ${url.hostname}: it is ${kind}. A deployed worker refuses loopback, private, ` +
    "link-local and cloud metadata addresses, so the console cannot reach what sits next to it. " +
    "To preview a feed served on your own machine, run the worker locally (npm start)."
  );
}

type Fetched = { ok: true; xml: string } | { ok: false; message: string; refused?: true };

async function fetchOnce(url: string): Promise<Response | string> {
  try {
    const headers = { "User-Agent": USER_AGENT, Accept: "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5" };
    return await fetch(url, { headers, redirect: "manual", signal: AbortSignal.timeout(FEED_TIMEOUT_MS) });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    return timedOut ? `timed out after ${FEED_TIMEOUT_MS / 1000} s` : `network error: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** GETs the feed, following redirects itself so that each hop is checked like the first. */
async function fetchGuarded(url: string, allowPrivate: boolean): Promise<Fetched> {
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const refusal = allowPrivate ? undefined : explainRefusal(current);
    if (refusal) return { ok: false, refused: true, message: hop === 0 ? refusal : `${url} redirects to ${current}. ${refusal}` };
    const response = await fetchOnce(current);
    if (typeof response === "string") return { ok: false, message: `Could not fetch ${current}: ${response}` };
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      current = new URL(location, current).toString();
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      return { ok: false, message: `Could not fetch ${current}: HTTP ${response.status} ${response.statusText}`.trim() };
    }
    const body = await readCappedText(response, PREVIEW_MAX_BYTES);
    return body.ok ? { ok: true, xml: body.text } : { ok: false, message: `Could not fetch ${current}: the feed is larger than ${PREVIEW_MAX_BYTES} bytes` };
  }
  return { ok: false, message: `Could not fetch ${url}: more than ${MAX_REDIRECTS} redirects` };
}

/**
 * Fetches and prepares the next edition of the feed at `url`, or says why it cannot.
 * `allowPrivate` only when the worker runs locally.
 */
export async function loadPreview(db: D1Database, url: string, options: { allowPrivate: boolean; publication?: string }): Promise<Preview> {
  const fetched = await fetchGuarded(url, options.allowPrivate);
  if (!fetched.ok) return fetched;
  let feed;
  try {
    feed = await parseFeed(fetched.xml, url);
  } catch (error) {
    if (error instanceof FeedError) return { ok: false, message: error.message };
    throw error;
  }
  const candidates = keyReviews(feed.reviews);
  if (candidates.length === 0) return { ok: false, message: "The feed has no reviews." };
  const { chosen, note } = await chooseReviews(db, url, candidates);
  const reviews = chosen.map((candidate) => candidate.review);
  // The real email's name (FROM's display name) when the settings give one.
  const prepared = prepareDigest(reviews, { publication: options.publication ?? feed.title });
  const items = prepared.reviews.map((review, index) => ({ originalHtml: markOriginal(reviews[index]?.html ?? "", review), review }));
  return { ok: true, feedTitle: feed.title, note, items, digest: prepared.digest };
}
