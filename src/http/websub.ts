// The WebSub callback (mounted at /websub): /websub/callback/<feed id>/<callback key>.
// GET: the hub verifies our intent. We echo hub.challenge only for the request we made and still
// wait on: the right secret key in the path, the same topic and the mode we asked for. Anything
// else is 404 and changes nothing, so nobody else can mark the subscription verified or denied.
// POST: the hub pushes the feed; it is processed like a poll only when X-Hub-Signature
// matches our secret. A bad or missing signature gets the same 202 as a good one, as WebSub
// §8 allows: the hub needs no retry, and the answer tells a forger nothing. Nothing runs.
// (Subscriptions made before callback keys existed push to /websub/callback/<feed id>: those
// pushes are still taken, on their signature alone, until the renewed subscription takes over.)
import type { Context } from "hono";
import { Hono } from "hono/tiny";
import { timingSafeEqualText, verifyHmacHex } from "../crypto";
import { readFeedTopic, readSubscription, recordContentDelivery, recordDenied, recordVerified } from "../db/websub";
import { FEED_MAX_BYTES } from "../jobs/fetch-feed";
import { pollFeeds } from "../jobs/poll";
import { clampLease } from "../jobs/websub";
import { readSettings } from "../settings";
import { describeIssues, z } from "../validation";
import { readCappedText } from "./body";

export const websubRoutes = new Hono<{ Bindings: Env }>();

const FeedId = z.coerce.number().check(z.int(), z.positive());

export const Verification = z.discriminatedUnion("hub.mode", [
  z.object({
    "hub.mode": z.enum(["subscribe", "unsubscribe"]),
    "hub.topic": z.string(),
    "hub.challenge": z.string().check(z.minLength(1), z.maxLength(1024)),
    // Any number: clampLease keeps it within bounds (a huge one used to overflow a Date: 500).
    "hub.lease_seconds": z.optional(z.coerce.number()),
  }),
  z.object({ "hub.mode": z.literal("denied"), "hub.topic": z.string(), "hub.reason": z._default(z.string(), "no reason given") }),
]);
export type Verification = z.infer<typeof Verification>;

const SIGNATURE_HASHES = { sha1: "SHA-1", sha256: "SHA-256" } as const;

/** Checks "sha256=<hex>" (or sha1=) over the raw body; other methods are not accepted. */
async function verifyHubSignature(secret: string, header: string | undefined, body: string): Promise<boolean> {
  const match = /^(sha1|sha256)=([0-9a-f]+)$/i.exec(header?.trim() ?? "");
  const method = match?.[1]?.toLowerCase() as keyof typeof SIGNATURE_HASHES | undefined;
  if (!match || !method || !match[2]) return false;
  return verifyHmacHex(secret, body, match[2], SIGNATURE_HASHES[method]);
}

/** The feed and subscription a callback URL names; with a key, only when it is that subscription's key. */
async function findSubscription(db: D1Database, feedIdText: string, key: string | undefined) {
  const feedId = FeedId.safeParse(feedIdText);
  const feed = feedId.success ? await readFeedTopic(db, feedId.data) : undefined;
  const subscription = feed ? await readSubscription(db, feed.url) : undefined;
  if (!feed || !subscription) return undefined;
  if (key !== undefined && !(subscription.callbackKey && (await timingSafeEqualText(key, subscription.callbackKey)))) return undefined;
  return { feed, subscription };
}

websubRoutes.get("/callback/:feedId/:key", async (c) => {
  const query = Verification.safeParse(c.req.query());
  if (!query.success) return c.text(`Not a WebSub verification request: ${describeIssues(query.error)}`, 400);
  const found = await findSubscription(c.env.DB, c.req.param("feedId"), c.req.param("key"));
  const verification = query.data;
  if (!found || found.subscription.topic !== verification["hub.topic"]) return c.text("Unknown subscription", 404);
  const topic = found.subscription.topic;
  if (verification["hub.mode"] === "denied") {
    return (await recordDenied(c.env.DB, topic, verification["hub.reason"])) ? c.text("ok") : c.text("Not requested", 404);
  }
  const lease = clampLease(verification["hub.lease_seconds"]);
  if (!(await recordVerified(c.env.DB, topic, verification["hub.mode"], lease, new Date()))) return c.text("Not requested", 404);
  c.header("x-content-type-options", "nosniff");
  return c.text(verification["hub.challenge"]);
});

// A callback without its key verifies nothing.
websubRoutes.get("/callback/:feedId", (c) => c.text("Unknown subscription", 404));

async function receivePush(c: Context<{ Bindings: Env }>, key: string | undefined) {
  const found = await findSubscription(c.env.DB, c.req.param("feedId") ?? "", key);
  // 410 Gone tells a hub to drop a subscription we do not have (WebSub §7).
  if (!found) return c.text("No such subscription", 410);
  const body = await readCappedText(c.req.raw, FEED_MAX_BYTES);
  if (!body.ok) return c.text("Too large", 413);
  if (!(await verifyHubSignature(found.subscription.secret, c.req.header("x-hub-signature"), body.text))) {
    console.warn(`review-digest: ignored a WebSub push for ${found.feed.url} with a missing or wrong X-Hub-Signature`);
    return c.body(null, 202);
  }
  const settings = readSettings(c.env);
  if (!settings.ok || !settings.settings.FEED_URL.includes(found.feed.url)) {
    // Broken settings send nothing; a feed dropped from FEED_URL just lets its lease run out.
    return c.body(null, 202);
  }
  const now = new Date();
  await recordContentDelivery(c.env.DB, found.subscription.topic, now);
  c.executionCtx.waitUntil(pollFeeds(c.env, now, { pushed: { feedUrl: found.feed.url, xml: body.text } }));
  return c.body(null, 202);
}

websubRoutes.post("/callback/:feedId/:key", (c) => receivePush(c, c.req.param("key")));
websubRoutes.post("/callback/:feedId", (c) => receivePush(c, undefined));
