// The operator's levers on an edition's deliveries (console forms), each idempotent:
// - retry failed: failed rows are queued again under a new round of their chunk (a new
//   Idempotency-Key: a failure is a refusal, nothing was sent under the old one);
// - resend unknown: the operator accepts the risk of a duplicate for rows whose outcome is unknown;
// - mark unknown as sent: the operator saw them in Resend's log.
import { requeueRows, markUnknownSent } from "../db/delivery-status";
import { readSettings } from "../settings";
import { queueChunks } from "./sweep";

export type DeliveryAction = "retry_failed" | "resend_unknown" | "mark_sent";

export interface DeliveryActionResult {
  /** Rows re-queued, or marked sent. */
  rows: number;
  chunks: number;
}

async function requeue(env: Env, editionId: number, from: "failed" | "unknown", now: Date): Promise<DeliveryActionResult> {
  const settings = readSettings(env);
  const leaseSeconds = settings.ok ? settings.settings.DELIVERY_LEASE_SECONDS : 600;
  const leaseUntil = new Date(now.getTime() + leaseSeconds * 1000);
  const { rows, chunks } = await requeueRows(env.DB, editionId, from, now, leaseUntil);
  await queueChunks(env, chunks, now, leaseUntil);
  return { rows, chunks: chunks.length };
}

/** Runs one operator action on the edition's deliveries. */
export async function runDeliveryAction(env: Env, editionId: number, action: DeliveryAction, now: Date): Promise<DeliveryActionResult> {
  switch (action) {
    case "retry_failed":
      return requeue(env, editionId, "failed", now);
    case "resend_unknown":
      return requeue(env, editionId, "unknown", now);
    case "mark_sent":
      return { rows: await markUnknownSent(env.DB, editionId, now), chunks: 0 };
  }
}
