// Polling: one function behind the cron, POST /admin/poll, the publish webhook and WebSub pushes.
// Fetch → parse → pick new reviews → one edition in one D1 batch → queue its chunks.
// The parser, the spoiler pass and the renderer are evaluated when the isolate starts (see
// src/index.ts); a tick answered 304 calls none of them.
import { FeedError } from "../core/feed-error";
import { readFeed } from "../core/feed";
import { finishReview } from "../core/review-finish";
import type { ReviewDraft } from "../core/types";
import { listUnpublishedEditionIds } from "../db/editions";
import { ensureFeed, recordPoll, type FeedRecord, type PollStatus } from "../db/feeds";
import { findSeenReviews } from "../db/reviews";
import { publicationName, readSettings, type Settings } from "../settings";
import { FEED_MAX_BYTES, FEED_TIMEOUT_MS, fetchFeed, type FeedFetch } from "./fetch-feed";
import { isUnseen, keyReviews, pickLatest, type CandidateReview, type ReviewHead } from "./new-reviews";
import { buildEditions } from "./poll-editions";
import type { FailedItem, NewEdition } from "./poll-editions";
import { publishEdition } from "./publish";
import { storeReviews } from "./store-reviews";

export interface PollOptions {
  /** Poll only these feeds (default: every FEED_URL). */
  feedUrls?: string[];
  /** Feed XML delivered to us (a WebSub push): processed like a poll, without fetching. */
  pushed?: { feedUrl: string; xml: string };
  /** Normalised links to send even on a feed's seeding first poll (POST /hooks/publish "send"). */
  sendLinks?: string[];
  timeoutMs?: number;
  maxBytes?: number;
  /** Whether to queue editions a crash left unpublished afterwards (default true; the cron tick does it in its chores' batch). */
  republish?: boolean;
}

export interface FeedPollResult {
  url: string;
  status: PollStatus;
  newReviews: number;
  seeded: number;
  /** The first of editionIds (a large backlog is split across several emails). */
  editionId?: number;
  editionIds?: number[];
  chunks?: number;
  /** Items left out of this poll's editions (see GET /admin/status itemErrors). */
  itemErrors?: number;
  error?: string;
}

export type PollSummary =
  | { ok: true; polledAt: string; feeds: FeedPollResult[]; editionIds: number[]; republishedEditionIds: number[] }
  | { ok: false; problems: string[] };

/** Polls the feeds at `now`. Invalid settings: nothing is fetched or sent. */
export async function pollFeeds(env: Env, now: Date, options: PollOptions = {}): Promise<PollSummary> {
  const settings = readSettings(env);
  if (!settings.ok) return { ok: false, problems: settings.problems };
  const urls = options.pushed ? [options.pushed.feedUrl] : (options.feedUrls ?? settings.settings.FEED_URL);
  const feeds: FeedPollResult[] = [];
  for (const url of urls) feeds.push(await pollOneFeed(env, settings.settings, url, now, options));
  const editionIds = feeds.flatMap((feed) => feed.editionIds ?? []);
  const republishedEditionIds = options.republish === false ? [] : await republishStranded(env, editionIds, now);
  return { ok: true, polledAt: now.toISOString(), feeds, editionIds, republishedEditionIds };
}

/** Editions a crash left between creation and queueing get queued now. */
export async function republishStranded(env: Env, justPublished: number[], now: Date, listed?: number[]): Promise<number[]> {
  const stranded = (listed ?? (await listUnpublishedEditionIds(env.DB))).filter((id) => !justPublished.includes(id));
  for (const id of stranded) await publishEdition(env, id, now);
  return stranded;
}

async function pollOneFeed(env: Env, settings: Settings, url: string, now: Date, options: PollOptions): Promise<FeedPollResult> {
  const feed = await ensureFeed(env.DB, url, now);
  try {
    const fetched: FeedFetch = options.pushed
      ? { kind: "ok", xml: options.pushed.xml, etag: feed.etag, lastModified: feed.lastModified }
      : await fetchFeed(url, feed.seededAt ? { etag: feed.etag, lastModified: feed.lastModified } : undefined, {
          timeoutMs: options.timeoutMs ?? FEED_TIMEOUT_MS,
          maxBytes: options.maxBytes ?? FEED_MAX_BYTES,
        });
    if (fetched.kind === "not_modified") {
      await recordPoll(env.DB, feed.id, { status: "not_modified" }, now);
      return { url, status: "not_modified", newReviews: 0, seeded: 0 };
    }
    if (fetched.kind === "error") return await recordFailure(env.DB, feed, fetched.message, now);
    return await ingestFeed(env, settings, feed, fetched, now, options.sendLinks ?? []);
  } catch (error) {
    if (!(error instanceof FeedError)) console.error(`review-digest: polling ${url} failed`, error);
    const message = error instanceof FeedError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    return recordFailure(env.DB, feed, message, now);
  }
}

async function recordFailure(db: D1Database, feed: FeedRecord, message: string, now: Date): Promise<FeedPollResult> {
  await recordPoll(db, feed.id, { status: "error", error: message }, now);
  return { url: feed.url, status: "error", newReviews: 0, seeded: 0, error: message };
}

/**
 * Which new reviews are sent and which only recorded as seen: the first poll seeds (sending the
 * latest SEND_LATEST_ON_FIRST_POLL); later ones send all, or the newest MAX_REVIEWS_PER_POLL.
 * Links named by POST /hooks/publish "send" are sent either way.
 */
function chooseReviews<T extends ReviewHead>(fresh: CandidateReview<T>[], firstPoll: boolean, settings: Settings, sendLinks: string[]) {
  const limit = firstPoll ? settings.SEND_LATEST_ON_FIRST_POLL : settings.MAX_REVIEWS_PER_POLL;
  const chosen = new Set(firstPoll || limit > 0 ? pickLatest(fresh, limit) : fresh);
  for (const candidate of fresh) if (sendLinks.includes(candidate.key.link)) chosen.add(candidate);
  const toSend = fresh.filter((candidate) => chosen.has(candidate));
  const seedOnly = fresh.filter((candidate) => !chosen.has(candidate)).map((candidate) => candidate.key);
  return { toSend, seedOnly };
}

/**
 * The editions for the reviews to send (none: nothing to load or render). Only these items are
 * finished: a feed repeats its last ten posts on every change, and tokenizing each body for
 * Medium's pixels was most of a poll's parsing CPU.
 */
async function buildNewEditions(toSend: CandidateReview<ReviewDraft>[], publication: string): Promise<{ editions: NewEdition[]; failed: FailedItem[] }> {
  if (toSend.length === 0) return { editions: [], failed: [] };
  return buildEditions(toSend.map(({ review, key }) => ({ review: finishReview(review), key })), publication);
}

async function ingestFeed(
  env: Env,
  settings: Settings,
  feed: FeedRecord,
  fetched: Extract<FeedFetch, { kind: "ok" }>,
  now: Date,
  sendLinks: string[] = [],
): Promise<FeedPollResult> {
  const parsed = await readFeed(fetched.xml, feed.url);
  const candidates = keyReviews(parsed.reviews);
  const seen = await findSeenReviews(env.DB, feed.id, candidates.map((candidate) => candidate.key));
  const fresh = candidates.filter((candidate) => isUnseen(candidate.key, seen));
  const firstPoll = feed.seededAt === null;
  const { toSend, seedOnly } = chooseReviews(fresh, firstPoll, settings, sendLinks);
  const built = await buildNewEditions(toSend, publicationName(settings));
  const status: PollStatus = firstPoll ? "seeded" : "ok";
  const poll = { status, etag: fetched.etag, lastModified: fetched.lastModified, title: parsed.title, hubUrl: parsed.hubUrl ?? null, seeded: firstPoll, warning: parsed.warning ?? null };
  const itemErrors = built.failed.map(({ key, error }) => ({ guid: key.guid, link: key.link, title: key.title, error }));
  const stored = await storeReviews(env.DB, { feedId: feed.id, editions: built.editions, seedOnly, itemErrors, poll }, now);
  const result: FeedPollResult = { url: feed.url, status, newReviews: 0, seeded: seedOnly.length };
  if (!stored.stored) return { ...result, seeded: 0, error: "an overlapping poll recorded these reviews first" };
  result.newReviews = built.editions.reduce((sum, edition) => sum + edition.keys.length, 0);
  if (built.failed.length) result.itemErrors = built.failed.length;
  if (stored.editionIds.length === 0) return result;
  result.editionIds = stored.editionIds;
  result.editionId = stored.editionIds[0];
  result.chunks = 0;
  for (const [index, editionId] of stored.editionIds.entries()) {
    result.chunks += (await publishEdition(env, editionId, now, built.editions[index]?.originals ?? [])).chunks;
  }
  return result;
}
