// "Send the latest review now" (console button, POST /admin/send-latest): the first poll of a
// feed only records what is already there, so a new operator would wait for the critic's next
// post to see a real email. This sends each feed's newest review as a normal edition, through
// the usual publish path to active subscribers, once: a repeat finds it sent and sends nothing.
import { prepareDigest } from "../core/digest";
import { FeedError, parseFeed } from "../core/feed";
import { ensureFeed } from "../db/feeds";
import { claimSeededReview, findStoredReview } from "../db/seeded-reviews";
import { publicationName, readSettings, type Settings } from "../settings";
import { FEED_MAX_BYTES, FEED_TIMEOUT_MS, fetchFeed } from "./fetch-feed";
import { keyReviews, pickLatest, type CandidateReview } from "./new-reviews";
import { pollFeeds } from "./poll";
import { publishEdition } from "./publish";

export type SendLatestResult =
  | { feedUrl: string; result: "sent"; editionId: number; chunks: number; title: string; link: string }
  | { feedUrl: string; result: "already_sent"; editionId: number; title: string; link: string }
  | { feedUrl: string; result: "error"; message: string };

export type SendLatestSummary = { ok: true; feeds: SendLatestResult[] } | { ok: false; problems: string[] };

/** The newest review of the feed, fetched now (unconditionally: a 304 would tell us nothing). */
export async function fetchLatest(url: string): Promise<{ xml: string; latest: CandidateReview } | { message: string }> {
  const fetched = await fetchFeed(url, undefined, { timeoutMs: FEED_TIMEOUT_MS, maxBytes: FEED_MAX_BYTES });
  if (fetched.kind !== "ok") return { message: `could not fetch the feed: ${fetched.kind === "error" ? fetched.message : "not modified"}` };
  try {
    const [latest] = pickLatest(keyReviews((await parseFeed(fetched.xml, url)).reviews), 1);
    return latest ? { xml: fetched.xml, latest } : { message: "the feed has no reviews" };
  } catch (error) {
    if (error instanceof FeedError) return { message: error.message };
    throw error;
  }
}

async function sendLatestOfFeed(env: Env, settings: Settings, url: string, now: Date): Promise<SendLatestResult> {
  const loaded = await fetchLatest(url);
  if ("message" in loaded) return { feedUrl: url, result: "error", message: loaded.message };
  const { review, key } = loaded.latest;
  const about = { feedUrl: url, title: review.title, link: review.link };
  const feed = await ensureFeed(env.DB, url, now);
  const stored = await findStoredReview(env.DB, feed.id, key);
  if (stored?.editionId != null) return { ...about, result: "already_sent", editionId: stored.editionId };
  if (!stored) {
    // Never recorded: the ordinary poll path, fed what we fetched, sends it (and seeds the rest
    // on a first poll).
    const summary = await pollFeeds(env, now, { pushed: { feedUrl: url, xml: loaded.xml }, sendLinks: [key.link] });
    const polled = summary.ok ? summary.feeds[0] : undefined;
    if (polled?.editionId === undefined) return { feedUrl: url, result: "error", message: polled?.error ?? "the poll sent nothing" };
    return { ...about, result: "sent", editionId: polled.editionId, chunks: polled.chunks ?? 0 };
  }
  const prepared = prepareDigest([review], { publication: publicationName(settings) });
  const editionId = await claimSeededReview(env.DB, stored.id, prepared.digest, prepared.reviews, now);
  if (editionId === undefined) {
    // Another request claimed it between our read and our batch.
    const again = await findStoredReview(env.DB, feed.id, key);
    return { ...about, result: "already_sent", editionId: again?.editionId ?? 0 };
  }
  const published = await publishEdition(env, editionId, now, [review]);
  return { ...about, result: "sent", editionId, chunks: published.chunks };
}

/** Sends the newest review of each feed (or of `feedUrl`, which must be a configured feed). */
export async function sendLatestReviews(env: Env, now: Date, feedUrl?: string): Promise<SendLatestSummary> {
  const settings = readSettings(env);
  if (!settings.ok) return { ok: false, problems: settings.problems };
  const urls = feedUrl ? settings.settings.FEED_URL.filter((url) => url === feedUrl) : settings.settings.FEED_URL;
  if (feedUrl && urls.length === 0) return { ok: false, problems: [`${feedUrl} is not one of the configured feeds (FEED_URL)`] };
  const feeds: SendLatestResult[] = [];
  for (const url of urls) feeds.push(await sendLatestOfFeed(env, settings.settings, url, now));
  return { ok: true, feeds };
}
