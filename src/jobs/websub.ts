// WebSub subscriber: when a feed names a hub, ask the hub to push changes to us, and renew
// before the lease ends. Everything here is best effort: a hub that never verifies or never
// delivers changes nothing, because the cron poll keeps running regardless.
import { describeForbiddenHost } from "../core/private-address";
import { randomToken } from "../crypto";
import type { FeedRecord } from "../db/feeds";
import type { BatchedRead } from "../db/batched-read";
import {
  feedSubscriptionsRead,
  listFeedSubscriptions,
  listSubscriptions,
  readSubscription,
  recordExpired,
  recordHubError,
  recordSubscriptionRequest,
  type FeedSubscription,
  type WebSubSubscription,
} from "../db/websub";
import { readSettings, type Settings } from "../settings";

/** The lease we ask for; hubs may grant another (Superfeedr's default is 10 days too). */
export const LEASE_SECONDS = 10 * 24 * 60 * 60;
/** A granted lease is kept within these bounds: a huge one (1e14) would overflow a Date. */
export const MAX_LEASE_SECONDS = LEASE_SECONDS;
export const MIN_LEASE_SECONDS = 5 * 60;
// Renew when less than this is left of the lease, which leaves many cron ticks to get it right.
const RENEW_BEFORE_MS = 24 * 60 * 60 * 1000;
// A request the hub never verified (or denied) is asked again after this long.
const RETRY_AFTER_MS = 6 * 60 * 60 * 1000;
const HUB_TIMEOUT_MS = 10_000;

/** The callback we give the hub: the feed id, and a secret key only that hub learns. */
export function callbackUrl(settings: Settings, feedId: number, callbackKey: string): string {
  return `${settings.PUBLIC_URL}/websub/callback/${feedId}/${callbackKey}`;
}

/** The lease the hub granted, clamped; none given means the one we asked for. 1e14 → 864000 */
export function clampLease(leaseSeconds: number | undefined): number {
  if (leaseSeconds === undefined || Number.isNaN(leaseSeconds)) return LEASE_SECONDS;
  return Math.min(MAX_LEASE_SECONDS, Math.max(MIN_LEASE_SECONDS, Math.round(leaseSeconds)));
}

/**
 * The hub URL to talk to. hub.secret must only travel over HTTPS (WebSub §5.1), and Medium's
 * feed names its hub as http://medium.superfeedr.com, which also answers on https.
 */
export function secureHubUrl(hubUrl: string): string {
  return hubUrl.replace(/^http:\/\//i, "https://");
}

/** Whether this feed's subscription should be (re)requested at `now`. */
export function isSubscriptionDue(subscription: WebSubSubscription | undefined, hubUrl: string, now: Date): boolean {
  if (!subscription || subscription.hubUrl !== hubUrl) return true;
  const sinceRequest = now.getTime() - Date.parse(subscription.requestedAt);
  if (subscription.state === "verified") {
    if (!subscription.expiresAt) return false;
    const left = Date.parse(subscription.expiresAt) - now.getTime();
    const renewalPending = Date.parse(subscription.requestedAt) > Date.parse(subscription.verifiedAt ?? "");
    // A pending renewal is sent again only after the retry delay, not on every tick.
    return left < RENEW_BEFORE_MS && (!renewalPending || sinceRequest >= RETRY_AFTER_MS);
  }
  return sinceRequest >= RETRY_AFTER_MS;
}

/** Sends hub.mode=subscribe for one feed; the hub then verifies at our callback. */
export async function requestSubscription(db: D1Database, settings: Settings, feed: FeedRecord, hubUrl: string, now: Date): Promise<void> {
  const existing = await readSubscription(db, feed.url);
  // A renewal keeps its secret and callback: pushes signed with it may still be in flight, and
  // a new callback URL would be a second subscription at the hub.
  const renewal = existing && existing.hubUrl === hubUrl;
  const secret = renewal ? existing.secret : randomToken(32);
  const callbackKey = renewal && existing.callbackKey ? existing.callbackKey : randomToken(24);
  await recordSubscriptionRequest(db, feed.url, { hubUrl, secret, callbackKey }, now);
  const form = new URLSearchParams({
    "hub.mode": "subscribe",
    "hub.topic": feed.url,
    "hub.callback": callbackUrl(settings, feed.id, callbackKey),
    "hub.secret": secret,
    "hub.lease_seconds": String(LEASE_SECONDS),
  });
  try {
    const response = await fetch(secureHubUrl(hubUrl), { method: "POST", body: form, signal: AbortSignal.timeout(HUB_TIMEOUT_MS) });
    // 202 Accepted is the spec's answer; some hubs verify synchronously and answer 204.
    if (!response.ok) await recordHubError(db, feed.url, `hub answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
  } catch (error) {
    await recordHubError(db, feed.url, `hub unreachable: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** False for a PUBLIC_URL no hub can call back (wrangler dev on localhost). */
export function isReachableFromHubs(publicUrl: string): boolean {
  const host = new URL(publicUrl).hostname;
  return !(host === "localhost" || host.endsWith(".localhost") || host === "[::1]" || host.startsWith("127.") || host.endsWith(".local"));
}

/** The WebSub step's read, for the tick to join to its other chores' (undefined: nothing to renew from here). */
export function webSubRead(env: Env): BatchedRead<FeedSubscription[]> | undefined {
  const read = readSettings(env);
  return read.ok && isReachableFromHubs(read.settings.PUBLIC_URL) ? feedSubscriptionsRead(env.DB) : undefined;
}

/**
 * The cron's WebSub step: subscribe to new hubs, renew leases ending soon, mark lapsed ones;
 * `listed`: what webSubRead found, if the tick read it already.
 */
export async function renewWebSubSubscriptions(env: Env, now: Date, listed?: FeedSubscription[]): Promise<void> {
  const read = readSettings(env);
  if (!read.ok || !isReachableFromHubs(read.settings.PUBLIC_URL)) return;
  const configured = new Set(read.settings.FEED_URL);
  const feeds = (listed ?? (await listFeedSubscriptions(env.DB))).filter(({ feed }) => feed.hubUrl && configured.has(feed.url));
  for (const { feed, subscription } of feeds) {
    const hubUrl = feed.hubUrl ?? "";
    if (subscription?.state === "verified" && subscription.expiresAt && Date.parse(subscription.expiresAt) <= now.getTime()) {
      await recordExpired(env.DB, feed.url);
    }
    if (!isSubscriptionDue(subscription, hubUrl, now)) continue;
    // The hub URL comes from the feed: one naming a private or metadata address is not contacted.
    const refusal = describeForbiddenHost(new URL(secureHubUrl(hubUrl)));
    if (refusal) console.warn(`review-digest: ${feed.url} names a WebSub hub at ${refusal}; not subscribing`);
    else await requestSubscription(env.DB, read.settings, feed, hubUrl, now);
  }
}

export type WebSubStatus = Omit<WebSubSubscription, "secret" | "callbackKey">;

/** The subscriptions as GET /admin/status shows them (without their secrets). */
export async function describeWebSub(db: D1Database): Promise<WebSubStatus[]> {
  return (await listSubscriptions(db)).map(({ secret: _secret, callbackKey: _callbackKey, ...status }) => status);
}
