// Keeps the subscriber tables small: rate-limit windows that ended, and webhook ids whose
// retries are long over. Runs on the cron tick.
import { pruneRateLimitsStatement } from "../db/rate-limits";
import { pruneSeenMessagesStatement } from "../db/seen-messages";

const DAY_MS = 24 * 60 * 60 * 1000;
// Resend (Svix) retries a webhook for about a day and a half; a week leaves room to spare.
const RESEND_ID_RETENTION_MS = 7 * DAY_MS;
// Longer than any rate-limit window in use (the longest is an hour).
const RATE_LIMIT_RETENTION_MS = DAY_MS;

/** One D1 batch (one round trip: each D1 call costs the tick CPU), so both prunes happen or neither. */
export async function pruneSubscriberState(env: Env, now: Date): Promise<{ rateLimits: number; webhookIds: number }> {
  const [rateLimits, webhookIds] = await env.DB.batch([
    pruneRateLimitsStatement(env.DB, new Date(now.getTime() - RATE_LIMIT_RETENTION_MS)),
    pruneSeenMessagesStatement(env.DB, "resend", new Date(now.getTime() - RESEND_ID_RETENTION_MS)),
  ]);
  return { rateLimits: rateLimits?.meta.changes ?? 0, webhookIds: webhookIds?.meta.changes ?? 0 };
}
