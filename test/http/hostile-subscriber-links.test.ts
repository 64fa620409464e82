// Issue 13, subscriber identity: an erased person's old links must never act on the next
// subscriber, and every link is bound to the subscription it was sent for.
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createFakeResend } from "../support/fake-resend";
import { legacyToken, subscriberToken } from "../support/links";
import { installNetwork } from "../support/network";
import { callWorker, subscriberStatus, uniqueEmail } from "../support/subscribers";

const AUTH = { authorization: "Bearer test-admin-token-0123456789" };

async function importOne(email: string): Promise<number> {
  const answer = await callWorker(
    new Request("https://digest.test/admin/subscribers", { method: "POST", headers: { ...AUTH, "content-type": "application/json" }, body: JSON.stringify([{ email }]) }),
  );
  expect(answer.status).toBe(200);
  const row = await env.DB.prepare("SELECT id FROM subscribers WHERE email = ?1").bind(email).first<{ id: number }>();
  return row?.id ?? 0;
}

async function erase(email: string): Promise<void> {
  const answer = await callWorker(new Request(`https://digest.test/admin/subscribers/${encodeURIComponent(email)}`, { method: "DELETE", headers: AUTH }));
  expect(answer.status).toBe(200);
}

function oneClick(token: string): Request {
  return new Request(`https://digest.test/unsubscribe?token=${encodeURIComponent(token)}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: "List-Unsubscribe=One-Click",
  });
}

/** Subscribing sends a confirmation in the background: Resend is faked at the network boundary. */
function subscribeRequest(email: string, ip: string): Request {
  installNetwork({ "resend.test": createFakeResend({ ratePerSecond: 1000 }).handle });
  return new Request("https://digest.test/subscribe", { method: "POST", headers: { "content-type": "application/json", "cf-connecting-ip": ip }, body: JSON.stringify({ email }) });
}

const page = (path: string, token: string) => callWorker(new Request(`https://digest.test${path}?token=${encodeURIComponent(token)}`));

describe("links after an erase", () => {
  it("repro: erase a, import b: b gets a new id, and a's one-click unsubscribe leaves b subscribed", async () => {
    const a = uniqueEmail("erased");
    const aId = await importOne(a);
    const aUnsubscribe = await subscriberToken("unsubscribe", aId);
    const aPreferences = await subscriberToken("preferences", aId);
    await erase(a);
    const b = uniqueEmail("next");
    const bId = await importOne(b);
    expect(bId).toBeGreaterThan(aId);

    const oneClickAnswer = await callWorker(oneClick(aUnsubscribe));
    expect(oneClickAnswer.status).toBe(400);
    expect(await oneClickAnswer.text()).toBe("This link is no longer valid.");
    for (const [path, token] of [["/unsubscribe", aUnsubscribe], ["/preferences", aPreferences]] as const) {
      const answer = await page(path, token);
      expect(answer.status).toBe(400);
      expect(await answer.text()).toContain("This link is no longer valid");
    }
    expect(await subscriberStatus(b)).toBe("active");
  });

  it("ids are never reused, even for the newest row (SQLite's plain INTEGER PRIMARY KEY would)", async () => {
    const first = await importOne(uniqueEmail("newest"));
    await env.DB.prepare("DELETE FROM subscribers WHERE id = ?1").bind(first).run();
    expect(await importOne(uniqueEmail("after-newest"))).toBeGreaterThan(first);
  });
});

describe("links after subscribing again", () => {
  it("an unsubscribed address that subscribes again gets a new link key: links sent before no longer act", async () => {
    const email = uniqueEmail("again");
    const id = await importOne(email);
    const oldUnsubscribe = await subscriberToken("unsubscribe", id);
    const oldPreferences = await subscriberToken("preferences", id);
    expect((await callWorker(oneClick(oldUnsubscribe))).status).toBe(200);
    expect(await subscriberStatus(email)).toBe("unsubscribed");
    // Repeating the one-click on an unsubscribed subscription is still harmless.
    expect((await callWorker(oneClick(oldUnsubscribe))).status).toBe(200);

    await callWorker(subscribeRequest(email, "192.0.2.77"));
    expect(await subscriberStatus(email)).toBe("pending");
    await env.DB.prepare("UPDATE subscribers SET status = 'active' WHERE id = ?1").bind(id).run();

    expect((await callWorker(oneClick(oldUnsubscribe))).status).toBe(400);
    expect(await (await page("/preferences", oldPreferences)).text()).toContain("This link is no longer valid");
    expect(await subscriberStatus(email)).toBe("active");
    expect((await callWorker(oneClick(await subscriberToken("unsubscribe", id)))).status).toBe(200);
    expect(await subscriberStatus(email)).toBe("unsubscribed");
  });
});

describe("links sent before migration 0007 (v1 tokens, bound to the id alone)", () => {
  it("keep working for the row they were sent to, while it is that row", async () => {
    const email = uniqueEmail("legacy");
    const id = await importOne(email);
    await env.DB.prepare("UPDATE subscribers SET legacy_links = 1 WHERE id = ?1").bind(id).run();
    const v1Preferences = await legacyToken("preferences", { sub: String(id) });
    const shown = await page("/preferences", v1Preferences);
    expect(shown.status).toBe(200);
    expect(await shown.text()).toContain("Unsubscribe");
    expect((await callWorker(oneClick(await legacyToken("unsubscribe", { sub: String(id) })))).status).toBe(200);
    expect(await subscriberStatus(email)).toBe("unsubscribed");
  });

  it("are refused for rows created since, and once the address subscribes again", async () => {
    const fresh = uniqueEmail("fresh");
    const freshId = await importOne(fresh);
    expect((await callWorker(oneClick(await legacyToken("unsubscribe", { sub: String(freshId) })))).status).toBe(400);
    expect(await subscriberStatus(fresh)).toBe("active");

    const email = uniqueEmail("legacy-again");
    const id = await importOne(email);
    await env.DB.prepare("UPDATE subscribers SET legacy_links = 1, status = 'unsubscribed' WHERE id = ?1").bind(id).run();
    await callWorker(subscribeRequest(email, "192.0.2.78"));
    expect(await env.DB.prepare("SELECT legacy_links FROM subscribers WHERE id = ?1").bind(id).first("legacy_links")).toBe(0);
    expect((await page("/preferences", await legacyToken("preferences", { sub: String(id) }))).status).toBe(400);
  });

  it("a forged v1 token is still forged", async () => {
    const id = await importOne(uniqueEmail("legacy-forged"));
    await env.DB.prepare("UPDATE subscribers SET legacy_links = 1 WHERE id = ?1").bind(id).run();
    const answer = await callWorker(oneClick(await legacyToken("unsubscribe", { sub: String(id) }, "another-secret-0123456789abcdef")));
    expect(answer.status).toBe(400);
    expect(await answer.text()).toMatch(/not valid/);
  });
});
