// Resend webhook events: the schema at the edge, and what each event does to D1.
import { recordDeliveryEvent } from "../db/delivery-events";
import { suppressSubscribers } from "../db/subscribers";
import { describeIssues, z } from "../validation";

const EmailData = z.object({
  email_id: z.string().check(z.minLength(1, "data.email_id is required")),
  to: z.array(z.string()),
});

// Only the email events we act on are checked closely; any other event type (opened,
// clicked, contact.*, domain.*) is acknowledged and ignored, whatever its data.
export const ResendEvent = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("email.bounced"),
    data: z.extend(EmailData, { bounce: z.object({ type: z.string() }) }),
  }),
  z.object({
    type: z.literal("email.suppressed"),
    data: z.extend(EmailData, { suppressed: z.optional(z.object({ type: z.optional(z.string()) })) }),
  }),
  z.object({
    type: z.enum(["email.complained", "email.delivered", "email.delivery_delayed"]),
    data: EmailData,
  }),
]);
export type ResendEvent = z.infer<typeof ResendEvent>;

const Envelope = z.object({ type: z.string() });
const HANDLED: ReadonlySet<string> = new Set(["email.bounced", "email.suppressed", "email.complained", "email.delivered", "email.delivery_delayed"]);

export type ParsedEvent = { ok: true; event: ResendEvent | { type: "ignored"; original: string } } | { ok: false; message: string };

/** Parses a verified body: a handled event, an ignored one, or a readable reason it is malformed. */
export function parseResendEvent(text: string): ParsedEvent {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: "The body is not JSON." };
  }
  const envelope = Envelope.safeParse(json);
  if (!envelope.success) return { ok: false, message: describeIssues(envelope.error) };
  if (!HANDLED.has(envelope.data.type)) return { ok: true, event: { type: "ignored", original: envelope.data.type } };
  const parsed = ResendEvent.safeParse(json);
  return parsed.success ? { ok: true, event: parsed.data } : { ok: false, message: describeIssues(parsed.error) };
}

/** "Name <a@b.example>" → "a@b.example"; a bare address is returned trimmed. */
function addressOf(recipient: string): string {
  return (/<([^<>]+)>\s*$/.exec(recipient)?.[1] ?? recipient).trim();
}

/** Applies one verified event. Returns a short word for the answer and the logs. */
export async function applyResendEvent(db: D1Database, event: ResendEvent | { type: "ignored" }, now: Date): Promise<string> {
  if (event.type === "ignored") return "ignored";
  const target = { providerMessageId: event.data.email_id, emails: event.data.to.map(addressOf) };
  switch (event.type) {
    case "email.bounced":
      // Transient and undetermined bounces (full mailbox, greylisting) may clear; only a
      // permanent one means the address is dead.
      if (event.data.bounce.type.toLowerCase() !== "permanent") return "transient_bounce";
      await recordDeliveryEvent(db, target.providerMessageId, "bounced", now);
      await suppressSubscribers(db, "bounced", target, now);
      return "suppressed";
    case "email.suppressed": {
      const reason = event.data.suppressed?.type?.toLowerCase().includes("complain") ? "complained" : "bounced";
      await recordDeliveryEvent(db, target.providerMessageId, reason, now);
      await suppressSubscribers(db, reason, target, now);
      return "suppressed";
    }
    case "email.complained":
      await recordDeliveryEvent(db, target.providerMessageId, "complained", now);
      await suppressSubscribers(db, "complained", target, now);
      return "suppressed";
    case "email.delivered":
      await recordDeliveryEvent(db, target.providerMessageId, "delivered", now);
      return "delivery_updated";
    case "email.delivery_delayed":
      await recordDeliveryEvent(db, target.providerMessageId, "delayed", now);
      return "delivery_updated";
  }
}
