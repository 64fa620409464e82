import { env } from "cloudflare:test";
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { callWorker, deliveryStatus, seedDelivery, seedEdition, seedSubscriber, subscriberStatus } from "../support/subscribers";

const SECRET = "whsec_dGVzdC13ZWJob29rLXNlY3JldC0wMTIzNDU2Nzg5";

function signedRequest(body: string, options: { id?: string; at?: Date; secret?: string } = {}): Request {
  const id = options.id ?? `msg_${crypto.randomUUID()}`;
  const at = options.at ?? new Date();
  const signature = new Webhook(options.secret ?? SECRET).sign(id, at, body);
  return new Request("https://digest.test/webhooks/resend", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "svix-id": id,
      "svix-timestamp": String(Math.floor(at.getTime() / 1000)),
      "svix-signature": signature,
    },
    body,
  });
}

function emailEvent(type: string, emailId: string, to: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    type,
    created_at: new Date().toISOString(),
    data: { email_id: emailId, to: [to], from: "Reviews <reviews@example.com>", subject: "New review", created_at: new Date().toISOString(), ...extra },
  });
}

async function seenCount(): Promise<number> {
  const row = await env.DB.prepare("SELECT COUNT(*) AS n FROM seen_messages WHERE source = 'resend'").first<{ n: number }>();
  return row?.n ?? 0;
}

describe("POST /webhooks/resend", () => {
  it("suppresses the subscriber on a permanent bounce, and a replay is a no-op", async () => {
    const subscriber = await seedSubscriber();
    const edition = await seedEdition();
    const messageId = crypto.randomUUID();
    await seedDelivery(edition, subscriber.id, messageId);
    const body = emailEvent("email.bounced", messageId, subscriber.email, { bounce: { type: "Permanent", subType: "General", message: "no such user" } });
    const id = `msg_${crypto.randomUUID()}`;

    const first = await callWorker(signedRequest(body, { id }));
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ ok: true, effect: "suppressed" });
    expect(await subscriberStatus(subscriber.email)).toBe("bounced");
    expect(await deliveryStatus(messageId)).toBe("bounced");

    // Someone re-activates by hand; a replay of the same svix-id must not suppress again.
    await env.DB.prepare("UPDATE subscribers SET status = 'active' WHERE id = ?1").bind(subscriber.id).run();
    const replay = await callWorker(signedRequest(body, { id }));
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual({ ok: true, duplicate: true });
    expect(await subscriberStatus(subscriber.email)).toBe("active");
  });

  it("suppresses by recipient address when no delivery row exists (a confirmation email)", async () => {
    const subscriber = await seedSubscriber({ status: "pending" });
    const response = await callWorker(signedRequest(emailEvent("email.complained", crypto.randomUUID(), `Reader <${subscriber.email.toUpperCase()}>`)));
    expect(response.status).toBe(200);
    expect(await subscriberStatus(subscriber.email)).toBe("complained");
  });

  it("marks email.suppressed as bounced, leaving other subscribers alone", async () => {
    const target = await seedSubscriber();
    const bystander = await seedSubscriber();
    await callWorker(signedRequest(emailEvent("email.suppressed", crypto.randomUUID(), target.email, { suppressed: { type: "OnAccountSuppressionList", message: "x" } })));
    expect(await subscriberStatus(target.email)).toBe("bounced");
    expect(await subscriberStatus(bystander.email)).toBe("active");
  });

  it("does not suppress on a transient bounce", async () => {
    const subscriber = await seedSubscriber();
    const response = await callWorker(signedRequest(emailEvent("email.bounced", crypto.randomUUID(), subscriber.email, { bounce: { type: "Transient", subType: "MailboxFull", message: "full" } })));
    expect(await response.json()).toEqual({ ok: true, effect: "transient_bounce" });
    expect(await subscriberStatus(subscriber.email)).toBe("active");
  });

  it("updates the delivery row on delivered and delayed, never moving backwards", async () => {
    const subscriber = await seedSubscriber();
    const edition = await seedEdition();
    const messageId = crypto.randomUUID();
    await seedDelivery(edition, subscriber.id, messageId);
    await callWorker(signedRequest(emailEvent("email.delivery_delayed", messageId, subscriber.email)));
    expect(await deliveryStatus(messageId)).toBe("delayed");
    await callWorker(signedRequest(emailEvent("email.delivered", messageId, subscriber.email)));
    expect(await deliveryStatus(messageId)).toBe("delivered");
    await callWorker(signedRequest(emailEvent("email.delivery_delayed", messageId, subscriber.email)));
    expect(await deliveryStatus(messageId)).toBe("delivered");
    expect(await subscriberStatus(subscriber.email)).toBe("active");
  });

  it("acknowledges event types it does not act on", async () => {
    const response = await callWorker(signedRequest(JSON.stringify({ type: "email.opened", created_at: "x", data: {} })));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, effect: "ignored" });
  });

  it.each([
    ["a signature made with another secret", { secret: "whsec_b3RoZXItc2VjcmV0LW90aGVyLXNlY3JldA==" }],
    ["a timestamp 10 minutes old", { at: new Date(Date.now() - 10 * 60_000) }],
    ["a timestamp 10 minutes ahead", { at: new Date(Date.now() + 10 * 60_000) }],
  ])("answers 401 for %s, and changes nothing", async (_label, options) => {
    const subscriber = await seedSubscriber();
    const before = await seenCount();
    const response = await callWorker(signedRequest(emailEvent("email.complained", crypto.randomUUID(), subscriber.email), options));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: "invalid_signature" });
    expect(await subscriberStatus(subscriber.email)).toBe("active");
    expect(await seenCount()).toBe(before);
  });

  it("answers 401 when the body was changed after signing", async () => {
    const subscriber = await seedSubscriber();
    const signed = signedRequest(emailEvent("email.delivered", "x", subscriber.email));
    const tampered = new Request(signed, { body: emailEvent("email.complained", "x", subscriber.email) });
    expect((await callWorker(tampered)).status).toBe(401);
    expect(await subscriberStatus(subscriber.email)).toBe("active");
  });

  it("answers 401 without signature headers", async () => {
    const response = await callWorker(
      new Request("https://digest.test/webhooks/resend", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }),
    );
    expect(response.status).toBe(401);
  });

  it("answers 400 with a message for a signed but malformed event, and records nothing", async () => {
    const before = await seenCount();
    const notJson = await callWorker(signedRequest("not json"));
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toEqual({ error: "invalid_event", message: "The body is not JSON." });
    const missingId = await callWorker(signedRequest(JSON.stringify({ type: "email.bounced", data: { to: ["a@b.example"] } })));
    expect(missingId.status).toBe(400);
    expect((await missingId.json<{ message: string }>()).message).toMatch(/email_id/);
    expect(await seenCount()).toBe(before);
  });

  it("answers 413 for a huge body", async () => {
    const response = await callWorker(signedRequest(JSON.stringify({ type: "email.opened", data: { pad: "x".repeat(300 * 1024) } })));
    expect(response.status).toBe(413);
  });
});
