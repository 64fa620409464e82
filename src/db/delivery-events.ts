// What Resend's webhooks tell us about one delivery, written onto its row by message id.

export type DeliveryEventStatus = "delivered" | "delayed" | "bounced" | "complained";

// Webhooks arrive out of order and are retried: a late "delayed" must not undo
// "delivered", and nothing but a complaint follows a bounce.
const OVERWRITABLE: Record<DeliveryEventStatus, string> = {
  delayed: "('queued', 'sent', 'delayed')",
  delivered: "('queued', 'sent', 'delayed')",
  bounced: "('queued', 'sent', 'delayed', 'delivered')",
  complained: "('queued', 'sent', 'delayed', 'delivered', 'bounced')",
};

/** Moves the delivery that Resend knows as `providerMessageId` forward to `status`. Returns rows changed. */
export async function recordDeliveryEvent(
  db: D1Database,
  providerMessageId: string,
  status: DeliveryEventStatus,
  now: Date,
): Promise<number> {
  const result = await db
    .prepare(
      `UPDATE deliveries SET status = ?2, updated_at = ?3
       WHERE provider_message_id = ?1 AND status IN ${OVERWRITABLE[status]}`,
    )
    .bind(providerMessageId, status, now.toISOString())
    .run();
  return result.meta.changes;
}
