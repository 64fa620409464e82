// The JSON admin API, each route behind the bearer token: POST /admin/poll, POST /admin/send-latest, GET /admin/status,
// GET /admin/outbox, POST /admin/subscribers (import).
import { Hono } from "hono/tiny";
import { countDeadLetters, listDeadLetters } from "../db/dead-letters";
import { countDeliveriesByStatus } from "../db/deliveries";
import { listEditionDeliveryStatus } from "../db/delivery-status";
import { listItemErrors } from "../db/item-errors";
import { listFeeds } from "../db/feeds";
import { listOutbox } from "../db/outbox";
import { countSubscribersByStatus } from "../db/subscriber-admin";
import { countInstantAudience, importSubscribers } from "../db/subscriber-import";
import { pollFeeds } from "../jobs/poll";
import { sendLatestReviews } from "../jobs/send-latest";
import { describeChannels } from "../jobs/channels";
import { describeWebSub } from "../jobs/websub";
import { readSettings } from "../settings";
import { describeIssues, z } from "../validation";
import { readAdminImport } from "./admin-import-request";
import { readCappedText } from "./body";
import { requireAdminToken } from "./middleware/admin-auth";

export const adminApiRoutes = new Hono<{ Bindings: Env }>();

function settingsProblem(problems: string[]) {
  return { error: "invalid_settings", message: `Invalid settings, nothing is sent: ${problems.join("; ")}`, problems };
}

adminApiRoutes.post("/poll", requireAdminToken, async (c) => {
  const summary = await pollFeeds(c.env, new Date());
  if (!summary.ok) return c.json(settingsProblem(summary.problems), 500);
  return c.json(summary);
});

// Optional body {"feedUrl": "…"}: one configured feed instead of all of them.
const SendLatestRequest = z.object({ feedUrl: z.optional(z.url({ protocol: /^https?$/, error: "feedUrl must be one of the FEED_URL feeds" })) });

adminApiRoutes.post("/send-latest", requireAdminToken, async (c) => {
  const body = await readCappedText(c.req.raw, 4096);
  if (!body.ok) return c.json({ error: "too_large", message: "The body may be at most 4096 bytes." }, 413);
  let json: unknown = {};
  try {
    json = body.text.trim() ? JSON.parse(body.text) : {};
  } catch {
    return c.json({ error: "invalid_body", message: 'The body must be empty or JSON: {"feedUrl":"…"}.' }, 400);
  }
  const parsed = SendLatestRequest.safeParse(json);
  if (!parsed.success) return c.json({ error: "invalid_body", message: describeIssues(parsed.error) }, 400);
  const summary = await sendLatestReviews(c.env, new Date(), parsed.data.feedUrl);
  if (!summary.ok && parsed.data.feedUrl && readSettings(c.env).ok) return c.json({ error: "unknown_feed", message: summary.problems.join("; ") }, 400);
  if (!summary.ok) return c.json(settingsProblem(summary.problems), 500);
  return c.json(summary);
});

adminApiRoutes.get("/status", requireAdminToken, async (c) => {
  const settings = readSettings(c.env);
  if (!settings.ok) return c.json(settingsProblem(settings.problems), 500);
  const db = c.env.DB;
  const [feeds, deadLetterCount, deadLetters, deliveries, subscribers, instantAudience, editions, websub] = await Promise.all([
    listFeeds(db),
    countDeadLetters(db),
    listDeadLetters(db, 20),
    countDeliveriesByStatus(db),
    countSubscribersByStatus(db),
    countInstantAudience(db),
    db.prepare("SELECT COUNT(*) AS count FROM editions").first<{ count: number }>(),
    describeWebSub(db),
  ]);
  // Per edition: delivered, sending, waiting on a rate limit or quota, unknown, failed.
  const [deliveryStatus, itemErrors] = await Promise.all([listEditionDeliveryStatus(db, 20), listItemErrors(db, 50)]);
  return c.json({
    ok: true,
    transport: settings.settings.RESEND_API_KEY ? "resend" : "outbox",
    feeds,
    deadLetters: { count: deadLetterCount, recent: deadLetters },
    websub,
    // Telegram, Mastodon, Bluesky and the webhooks: on or off, deliveries per status, the latest error.
    channels: await describeChannels(db, settings.settings),
    counts: { editions: editions?.count ?? 0, subscribers, instantAudience, deliveries },
    editions: deliveryStatus,
    paused: deliveryStatus.some((edition) => edition.waitingQuota > 0),
    // Feed items left out of their poll (unparsable, or failing the spoiler pass, sanitiser or renderer).
    itemErrors,
  });
});

const OutboxQuery = z.object({
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(500)), 100),
  offset: z._default(z.coerce.number().check(z.int(), z.minimum(0)), 0),
});

adminApiRoutes.get("/outbox", requireAdminToken, async (c) => {
  const query = OutboxQuery.safeParse(c.req.query());
  if (!query.success) return c.json({ error: "invalid_query", message: describeIssues(query.error) }, 400);
  const messages = await listOutbox(c.env.DB, query.data.limit, query.data.offset);
  return c.json({ messages });
});

adminApiRoutes.post("/subscribers", requireAdminToken, async (c) => {
  const read = await readAdminImport(c.req.raw);
  if (!read.ok) return c.json({ error: read.error, message: read.message }, read.status);
  const imported = await importSubscribers(c.env.DB, read.parsed.rows, new Date());
  return c.json({
    imported,
    unchanged: read.parsed.rows.length - imported,
    invalid: read.parsed.invalid,
  });
});
