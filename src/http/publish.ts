// POST /hooks/publish (mounted at /hooks): a CMS or automation tells us a review is out.
// Checked in this order, and nothing runs unless all pass: signature (401), timestamp within
// 5 minutes (409), body (400), nonce unused (409). The work itself runs after the 202, and
// the pipeline's seen-review dedupe keeps a review from being sent twice whichever way it came.
import type { Context } from "hono";
import { Hono } from "hono/tiny";
import { readSignatureHeader } from "../core/channels/webhook";
import { removeTrackingParams } from "../core/feed-links";
import { hmac, timingSafeEqualText, toHex } from "../crypto";
import { findReviewByLink, prunePublishNonces, PUBLISH_NONCE_SOURCE } from "../db/publish-requests";
import { recordSeenMessage } from "../db/seen-messages";
import { normaliseLink } from "../jobs/new-reviews";
import { pollFeeds } from "../jobs/poll";
import { readSettings } from "../settings";
import { describeIssues, z } from "../validation";
import { readCappedText } from "./body";

export const publishRoutes = new Hono<{ Bindings: Env }>();

export const PublishRequest = z.discriminatedUnion("action", [
  z.object({ action: z.literal("poll") }),
  z.object({ action: z.literal("send"), url: z.url({ protocol: /^https?$/, error: "url must be the review's http(s) link" }) }),
]);
export type PublishRequest = z.infer<typeof PublishRequest>;

export const PUBLISH_WINDOW_SECONDS = 5 * 60;
const MAX_BODY_BYTES = 16 * 1024;

type PublishContext = Context<{ Bindings: Env }>;

/**
 * The HMAC of `t.body` when one of the header's v1 signatures matches it (compared in constant
 * time), else undefined. It doubles as the nonce: it depends only on (t, body), so a replay
 * cannot dodge the nonce check by repeating or reordering v1 entries.
 */
async function verifyPublishSignature(secret: string, signatures: string[], timestamp: number, body: string): Promise<string | undefined> {
  const expected = toHex(await hmac(secret, `${timestamp}.${body}`));
  let valid = false;
  // Every candidate is compared, so the time taken does not depend on which one matched.
  for (const signature of signatures) valid = (await timingSafeEqualText(expected, signature)) || valid;
  return valid ? expected : undefined;
}

function parseRequest(text: string): { ok: true; request: PublishRequest } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The body must be JSON: {"action":"poll"} or {"action":"send","url":"…"}.' };
  }
  const parsed = PublishRequest.safeParse(json);
  return parsed.success ? { ok: true, request: parsed.data } : { ok: false, message: describeIssues(parsed.error) };
}

async function runAccepted(c: PublishContext, request: PublishRequest, now: Date): Promise<Response> {
  if (request.action === "poll") {
    c.executionCtx.waitUntil(pollFeeds(c.env, now));
    return c.json({ ok: true, result: "accepted", action: "poll" }, 202);
  }
  const link = normaliseLink(removeTrackingParams(request.url));
  const known = await findReviewByLink(c.env.DB, link);
  if (known) {
    const result = known.editionId === null ? "already_seen" : "already_sent";
    const message =
      known.editionId === null
        ? "This review was recorded without being sent: it was already in the feed when review-digest first read it (a first poll only records what is there), or a poll held it back. It is not sent automatically; to send a feed's newest review, use the console's \"Send the latest review now\" or POST /admin/send-latest."
        : `This review was already sent in edition ${known.editionId}; nothing was sent again.`;
    return c.json({ ok: true, result, editionId: known.editionId, message }, 200);
  }
  c.executionCtx.waitUntil(pollFeeds(c.env, now, { sendLinks: [link] }));
  return c.json({ ok: true, result: "accepted", action: "send", url: link }, 202);
}

publishRoutes.post("/publish", async (c) => {
  const settings = readSettings(c.env);
  const secret = settings.ok ? settings.settings.PUBLISH_SECRET : undefined;
  if (!secret) return c.json({ error: "not_configured", message: "PUBLISH_SECRET is not set, so publish requests cannot be verified." }, 503);
  const body = await readCappedText(c.req.raw, MAX_BODY_BYTES);
  if (!body.ok) return c.json({ error: "too_large", message: `A publish request may be at most ${MAX_BODY_BYTES} bytes.` }, 413);

  const header = readSignatureHeader(c.req.header("x-signature"));
  const verified = header && (await verifyPublishSignature(secret, header.signatures, header.timestamp, body.text));
  if (!header || !verified) {
    return c.json({ error: "invalid_signature", message: "X-Signature must be t=<unix>,v1=<hex HMAC-SHA256 of t.body>." }, 401);
  }
  const now = new Date();
  if (Math.abs(now.getTime() / 1000 - header.timestamp) > PUBLISH_WINDOW_SECONDS) {
    return c.json({ error: "stale_timestamp", message: "The signature's timestamp is more than 5 minutes from now." }, 409);
  }
  const parsed = parseRequest(body.text);
  if (!parsed.ok) return c.json({ error: "invalid_body", message: parsed.message }, 400);
  if (!(await recordSeenMessage(c.env.DB, PUBLISH_NONCE_SOURCE, verified, now))) {
    return c.json({ error: "replayed", message: "This publish request was already received." }, 409);
  }
  c.executionCtx.waitUntil(prunePublishNonces(c.env.DB, new Date(now.getTime() - 2 * PUBLISH_WINDOW_SECONDS * 1000)));
  return runAccepted(c, parsed.request, now);
});
