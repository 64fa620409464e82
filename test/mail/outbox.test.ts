import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { listOutbox } from "../../src/db/outbox";
import { buildSubscriberLinks } from "../../src/mail/links";
import { createMailer } from "../../src/mail/mailer";
import { readSettings, type Settings } from "../../src/settings";
import { verifyToken } from "../../src/tokens";
import { installNetwork } from "../support/network";

function settings(overrides: Partial<Env> = {}): Settings {
  const result = readSettings({ ...env, ...overrides });
  if (!result.ok) throw new Error(result.problems.join("; "));
  return result.settings;
}

const message = (to: string, subject: string) => ({
  from: "Critic <reviews@example.com>",
  to,
  subject,
  html: "<p>Hello</p>",
  text: "Hello",
  replyTo: "critic@example.com",
  headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
});

describe("the outbox mailer (no RESEND_API_KEY)", () => {
  it("keeps mail in D1, newest first, each message whole, and calls no network", async () => {
    const network = installNetwork({});
    const mailer = createMailer(env, settings({ RESEND_API_KEY: "" }));
    expect(mailer.transport).toBe("outbox");
    const outcome = await mailer.sendBatch([message("a@outbox.test", "First"), message("b@outbox.test", "Second")], { idempotencyKey: "ob-1" });
    expect(outcome).toMatchObject({ ok: true });
    const listed = (await listOutbox(env.DB)).filter((item) => item.to.endsWith("@outbox.test"));
    expect(listed.map((item) => item.subject)).toEqual(["Second", "First"]);
    expect(listed[0]).toMatchObject({ to: "b@outbox.test", html: "<p>Hello</p>", text: "Hello" });
    expect(listed[0]?.headers).toEqual({ "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Reply-To": "critic@example.com" });
    expect(network.requests).toHaveLength(0);
  });

  it("stores nothing again for a repeated idempotency key, and returns the first ids", async () => {
    const mailer = createMailer(env, settings({ RESEND_API_KEY: "" }));
    const first = await mailer.sendBatch([message("x@again.test", "Once")], { idempotencyKey: "ob-again" });
    const second = await mailer.sendBatch([message("x@again.test", "Once")], { idempotencyKey: "ob-again" });
    expect(second.ok && second.ids).toEqual(first.ok && first.ids);
    expect((await listOutbox(env.DB)).filter((item) => item.to === "x@again.test")).toHaveLength(1);
  });
});

describe("buildSubscriberLinks", () => {
  it("signs unsubscribe and preferences links for the subscriber and sets the one-click headers", async () => {
    const current = settings();
    const recipient = { subscriberId: 42, linkKey: "0123456789abcdef0123456789abcdef" };
    const links = await buildSubscriberLinks(current, recipient, 7);
    expect(links.viewInBrowserUrl).toBe("https://digest.test/archive/7");
    expect(links.headers).toEqual({
      "List-Unsubscribe": `<${links.unsubscribeUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    const unsubscribe = new URL(links.unsubscribeUrl);
    expect(unsubscribe.origin + unsubscribe.pathname).toBe("https://digest.test/unsubscribe");
    expect(await verifyToken(current.TOKEN_SECRET, "unsubscribe", unsubscribe.searchParams.get("token") ?? "")).toMatchObject({
      ok: true,
      version: 2,
      claims: { sub: "42", key: recipient.linkKey },
    });
    const preferences = new URL(links.preferencesUrl);
    expect(await verifyToken(current.TOKEN_SECRET, "preferences", preferences.searchParams.get("token") ?? "")).toMatchObject({ ok: true });
    expect(await buildSubscriberLinks(current, recipient, 7)).toEqual(links);
  });
});
