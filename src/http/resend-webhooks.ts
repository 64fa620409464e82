// POST /webhooks/resend (mounted at /webhooks): bounces, complaints and delivery updates.
// The signature is checked on the raw bytes before anything is parsed; each svix-id is
// processed once (Resend retries reuse it).
import { Hono } from "hono/tiny";
import { verifyStandardWebhook } from "../crypto";
import { forgetSeenMessage, recordSeenMessage } from "../db/seen-messages";
import { readSettings } from "../settings";
import { applyResendEvent, parseResendEvent } from "./resend-events";
import { readCappedText } from "./body";

export const resendWebhooksRoutes = new Hono<{ Bindings: Env }>();

// Resend's email events are a few KB; anything far bigger is not one of them.
const MAX_WEBHOOK_BYTES = 256 * 1024;

resendWebhooksRoutes.post("/resend", async (c) => {
  const settings = readSettings(c.env);
  const secret = settings.ok ? settings.settings.RESEND_WEBHOOK_SECRET : undefined;
  if (!secret) {
    return c.json({ error: "not_configured", message: "RESEND_WEBHOOK_SECRET is not set, so webhooks cannot be verified." }, 503);
  }
  const body = await readCappedText(c.req.raw, MAX_WEBHOOK_BYTES);
  if (!body.ok) return c.json({ error: "too_large", message: `A webhook body may be at most ${MAX_WEBHOOK_BYTES} bytes.` }, 413);

  const messageId = c.req.header("svix-id") ?? "";
  const headers = c.req.raw.headers;
  const signed = { id: messageId, timestamp: headers.get("svix-timestamp") ?? "", signature: headers.get("svix-signature") ?? "" };
  if (!(await verifyStandardWebhook(secret, body.text, signed))) {
    return c.json({ error: "invalid_signature", message: "The svix-signature does not match this body, or its timestamp is more than 5 minutes off." }, 401);
  }
  const parsed = parseResendEvent(body.text);
  if (!parsed.ok) return c.json({ error: "invalid_event", message: parsed.message }, 400);

  const now = new Date();
  if (!(await recordSeenMessage(c.env.DB, "resend", messageId, now))) {
    return c.json({ ok: true, duplicate: true });
  }
  try {
    const effect = await applyResendEvent(c.env.DB, parsed.event, now);
    return c.json({ ok: true, effect });
  } catch (error) {
    // Release the claim so Resend's retry of this svix-id is processed, not skipped.
    await forgetSeenMessage(c.env.DB, "resend", messageId);
    throw error;
  }
});
