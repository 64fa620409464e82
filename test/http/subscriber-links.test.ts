// GET /confirm, GET|POST /unsubscribe, GET|POST /preferences: what each token can and cannot do.
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { legacyToken, subscriberToken } from "../support/links";
import { createFakeResend } from "../support/fake-resend";
import { installNetwork } from "../support/network";
import { callWorker, confirmLinkIn, seedSubscriber, subscribeJson, subscriberStatus, uniqueEmail } from "../support/subscribers";

const SECRET = env.TOKEN_SECRET;
const HOUR = 60 * 60 * 1000;

async function snapshot(id: number) {
  return env.DB.prepare("SELECT status, cadence, paused, token_version, confirmed_at, unsubscribed_at FROM subscribers WHERE id = ?1").bind(id).first();
}

/** A's payload with B's signature: a token that claims A but was never signed for A. */
function splice(payloadFrom: string, signatureFrom: string): string {
  return `v2.${payloadFrom.split(".")[1]}.${signatureFrom.split(".")[2]}`;
}

/** What a person's press of the Confirm button sends: a POST to the link. */
function pressConfirm(link: string): Request {
  return new Request(link, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "source=page" });
}

async function subscribeAndCapture(email: string) {
  const resend = createFakeResend({ ratePerSecond: 1000 });
  installNetwork({ "resend.test": resend.handle });
  await callWorker(subscribeJson({ email }, { "cf-connecting-ip": `192.0.2.${Math.floor(Math.random() * 250)}` }));
  return confirmLinkIn(resend.sentTo(email).at(-1)?.text);
}

function oneClick(token: string, body = "List-Unsubscribe=One-Click"): Request {
  return new Request(`https://digest.test/unsubscribe?token=${encodeURIComponent(token)}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body,
  });
}

function preferencesPost(fields: Record<string, string>, contentType = "application/x-www-form-urlencoded"): Request {
  return new Request("https://digest.test/preferences", { method: "POST", headers: { "content-type": contentType }, body: new URLSearchParams(fields).toString() });
}

describe("GET /confirm", () => {
  it("refuses forged, expired, malformed, wrong-purpose and cross-subscriber tokens, changing nothing", async () => {
    const pending = await seedSubscriber({ status: "pending" });
    const other = await seedSubscriber({ status: "pending" });
    const now = Date.now();
    const good = await subscriberToken("confirm", pending.id, { exp: now + HOUR, ver: 0 });
    const otherGood = await subscriberToken("confirm", other.id, { exp: now + HOUR, ver: 0 });
    const cases: [string, string, RegExp][] = [
      ["forged", await subscriberToken("confirm", pending.id, { exp: now + HOUR, ver: 0 }, "another-secret-0123456789abcdef"), /not valid/],
      ["expired", await subscriberToken("confirm", pending.id, { exp: now - 1, ver: 0 }), /expired/],
      ["malformed", "not-a-token", /not valid/],
      ["empty", "", /not valid/],
      ["wrong purpose", await subscriberToken("unsubscribe", pending.id), /not valid/],
      ["cross-subscriber", splice(otherGood, good), /not valid/],
    ];
    const before = await snapshot(pending.id);
    for (const [label, token, message] of cases) {
      const url = `https://digest.test/confirm?token=${encodeURIComponent(token)}`;
      for (const request of [new Request(url), pressConfirm(url)]) {
        const response = await callWorker(request);
        expect(response.status, label).toBe(400);
        expect(await response.text(), label).toMatch(message);
      }
    }
    expect(await snapshot(pending.id)).toEqual(before);
    expect(await subscriberStatus(other.email)).toBe("pending");
  });

  it("sends a resubscriber through double opt-in again, and the old confirmation link stays dead", async () => {
    const email = uniqueEmail("again");
    const firstLink = await subscribeAndCapture(email);
    expect((await callWorker(pressConfirm(firstLink))).status).toBe(200);
    const row = await env.DB.prepare("SELECT id FROM subscribers WHERE email = ?1").bind(email).first<{ id: number }>();
    const unsubscribeToken = await subscriberToken("unsubscribe", row?.id ?? 0);
    expect((await callWorker(oneClick(unsubscribeToken))).status).toBe(200);
    expect(await subscriberStatus(email)).toBe("unsubscribed");

    // The old link cannot bring the address back.
    const stale = await callWorker(pressConfirm(firstLink));
    expect(stale.status).toBe(400);
    expect(await subscriberStatus(email)).toBe("unsubscribed");

    // Subscribing again is pending until the new link is followed (after the per-address window).
    const secondLink = await subscribeAndCaptureLater(email);
    expect(await subscriberStatus(email)).toBe("pending");
    expect((await callWorker(pressConfirm(firstLink))).status).toBe(400);
    expect(await subscriberStatus(email)).toBe("pending");
    expect((await callWorker(pressConfirm(secondLink))).status).toBe(200);
    expect(await subscriberStatus(email)).toBe("active");
  });
});

/** Subscribes again once the per-address window has passed (its row is cleared, as time would). */
async function subscribeAndCaptureLater(email: string): Promise<string> {
  await env.DB.prepare("DELETE FROM rate_limits WHERE key = ?1").bind(`subscribe:address:${email}`).run();
  return subscribeAndCapture(email);
}

describe("GET and POST /unsubscribe", () => {
  it("shows a page with a button on GET, changing nothing (link scanners)", async () => {
    const subscriber = await seedSubscriber();
    const token = await subscriberToken("unsubscribe", subscriber.id);
    const response = await callWorker(new Request(`https://digest.test/unsubscribe?token=${encodeURIComponent(token)}`));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(`action="/unsubscribe?token=${encodeURIComponent(token)}"`);
    expect(html).toContain('<button type="submit"');
    expect(await subscriberStatus(subscriber.email)).toBe("active");
  });

  it("unsubscribes at once on the RFC 8058 one-click POST, with a blank 200", async () => {
    const subscriber = await seedSubscriber();
    const token = await subscriberToken("unsubscribe", subscriber.id);
    const response = await callWorker(oneClick(token));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
    expect(await subscriberStatus(subscriber.email)).toBe("unsubscribed");
    // Repeating it is harmless.
    expect((await callWorker(oneClick(token))).status).toBe(200);
  });

  it("answers the page's button with a page", async () => {
    const subscriber = await seedSubscriber();
    const token = await subscriberToken("unsubscribe", subscriber.id);
    const response = await callWorker(oneClick(token, "source=page"));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("You are unsubscribed");
    expect(await subscriberStatus(subscriber.email)).toBe("unsubscribed");
  });

  it("keeps a bounced subscriber bounced", async () => {
    const subscriber = await seedSubscriber({ status: "bounced" });
    await callWorker(oneClick(await subscriberToken("unsubscribe", subscriber.id)));
    expect(await subscriberStatus(subscriber.email)).toBe("bounced");
  });

  it("answers 400 to forged, malformed, wrong-purpose and cross-subscriber tokens, changing nothing", async () => {
    const victim = await seedSubscriber();
    const attacker = await seedSubscriber();
    const attackerToken = await subscriberToken("unsubscribe", attacker.id);
    const victimPreferences = await subscriberToken("preferences", victim.id);
    const victimClaims = await subscriberToken("unsubscribe", victim.id, {}, "another-secret-0123456789abcdef");
    for (const token of [victimClaims, "x.y", "", victimPreferences, splice(victimClaims, attackerToken)]) {
      expect((await callWorker(oneClick(token))).status).toBe(400);
      expect((await callWorker(new Request(`https://digest.test/unsubscribe?token=${encodeURIComponent(token)}`))).status).toBe(400);
    }
    expect(await subscriberStatus(victim.email)).toBe("active");
    expect(await subscriberStatus(attacker.email)).toBe("active");
  });

  it("answers 413 to a huge one-click body", async () => {
    const subscriber = await seedSubscriber();
    const token = await subscriberToken("unsubscribe", subscriber.id);
    expect((await callWorker(oneClick(token, `List-Unsubscribe=One-Click&pad=${"x".repeat(10_000)}`))).status).toBe(413);
    expect(await subscriberStatus(subscriber.email)).toBe("active");
  });
});

describe("GET and POST /preferences", () => {
  it("shows the current choices and saves cadence and pause", async () => {
    const subscriber = await seedSubscriber();
    const token = await subscriberToken("preferences", subscriber.id);
    const page = await callWorker(new Request(`https://digest.test/preferences?token=${encodeURIComponent(token)}`));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toMatch(/value="instant" checked=""/);
    expect(html).toContain(`name="token" value="${token}"`);

    const saved = await callWorker(preferencesPost({ token, cadence: "weekly", paused: "yes" }));
    expect(saved.status).toBe(200);
    expect(await saved.text()).toMatch(/value="weekly" checked=""/);
    expect(await snapshot(subscriber.id)).toMatchObject({ cadence: "weekly", paused: 1 });

    await callWorker(preferencesPost({ token, cadence: "daily" }));
    expect(await snapshot(subscriber.id)).toMatchObject({ cadence: "daily", paused: 0 });
  });

  it("refuses bad tokens and bad input with 400/413/415, changing nothing", async () => {
    const subscriber = await seedSubscriber();
    const token = await subscriberToken("preferences", subscriber.id);
    const other = await subscriberToken("preferences", subscriber.id + 100_000);
    const cases: [Request, number, RegExp][] = [
      [preferencesPost({ token: await subscriberToken("unsubscribe", subscriber.id), cadence: "weekly" }), 400, /not valid/],
      [preferencesPost({ token: splice(token, other), cadence: "weekly" }), 400, /not valid/],
      [preferencesPost({ token, cadence: "hourly" }), 400, /Choose how often/],
      [preferencesPost({ cadence: "weekly" }), 400, /token is required/],
      [preferencesPost({ token, cadence: "weekly", paused: "maybe" }), 400, /paused/],
      [preferencesPost({ token, cadence: "weekly" }, "application/json"), 415, /x-www-form-urlencoded/],
      [preferencesPost({ token, cadence: "weekly", pad: "x".repeat(10_000) }), 413, /at most 4096 bytes/],
      [new Request(`https://digest.test/preferences?token=${encodeURIComponent(splice(token, other))}`), 400, /not valid/],
    ];
    for (const [request, status, message] of cases) {
      const response = await callWorker(request);
      expect(response.status).toBe(status);
      expect(await response.text()).toMatch(message);
    }
    expect(await snapshot(subscriber.id)).toMatchObject({ cadence: "instant", paused: 0, status: "active" });
  });

  it("changes nothing for a subscriber who is no longer active", async () => {
    const subscriber = await seedSubscriber({ status: "unsubscribed" });
    const token = await subscriberToken("preferences", subscriber.id);
    const response = await callWorker(preferencesPost({ token, cadence: "daily" }));
    expect(response.status).toBe(409);
    expect(await snapshot(subscriber.id)).toMatchObject({ cadence: "instant", status: "unsubscribed" });
  });
});
