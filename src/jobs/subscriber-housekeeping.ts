// Keeps the subscriber tables small: rate-limit windows that ended, and webhook ids whose
// retries are long over. Runs on the cron tick.
import { runRead, type BatchedRead } from "../db/batched-read";
import { pruneRateLimitsStatement } from "../db/rate-limits";
import { pruneSeenMessagesStatement } from "../db/seen-messages";

const DAY_MS = 24 * 60 * 60 * 1000;
// Resend (Svix) retries a webhook for about a day and a half; a week leaves room to spare.
const RESEND_ID_RETENTION_MS = 7 * DAY_MS;
// Longer than any rate-limit window in use (the longest is an hour).
const RATE_LIMIT_RETENTION_MS = DAY_MS;

export interface Pruned {
  rateLimits: number;
  webhookIds: number;
}

/** Both prunes as statements of one D1 batch, so both happen or neither (the tick joins them to its other chores'). */
export function subscriberPruneRead(db: D1Database, now: Date): BatchedRead<Pruned> {
  return {
    statements: [
      pruneRateLimitsStatement(db, new Date(now.getTime() - RATE_LIMIT_RETENTION_MS)),
      pruneSeenMessagesStatement(db, "resend", new Date(now.getTime() - RESEND_ID_RETENTION_MS)),
    ],
    read: ([rateLimits, webhookIds]) => ({ rateLimits: rateLimits?.meta.changes ?? 0, webhookIds: webhookIds?.meta.changes ?? 0 }),
  };
}

export function pruneSubscriberState(env: Env, now: Date): Promise<Pruned> {
  return runRead(env.DB, subscriberPruneRead(env.DB, now));
}
