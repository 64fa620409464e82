import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createFakeResend } from "../support/fake-resend";
import { installNetwork } from "../support/network";
import { callWorker, confirmLinkIn, countRows, seedSubscriber, subscribeForm, subscribeJson, subscriberStatus, uniqueEmail } from "../support/subscribers";

function withResend() {
  const resend = createFakeResend({ ratePerSecond: 1000 });
  installNetwork({ "resend.test": resend.handle });
  return resend;
}

describe("GET /", () => {
  it("serves a subscribe form that works without JavaScript", async () => {
    const response = await callWorker(new Request("https://digest.test/"));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<form method="post" action="/subscribe">');
    expect(html).toContain('<label for="email">');
    expect(html).not.toContain("<script");
  });

  it("ships its stylesheet unescaped: a style element does not decode entities", async () => {
    const html = await (await callWorker(new Request("https://digest.test/"))).text();
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? "";
    expect(css).toContain('"Segoe UI"');
    expect(css).not.toMatch(/&(?:quot|#34|amp|lt|gt);/);
  });
});

describe("POST /subscribe", () => {
  it("runs the whole double opt-in: pending, confirmation captured, link followed, active", async () => {
    const resend = withResend();
    const email = uniqueEmail("optin");
    const response = await callWorker(subscribeForm(email.toUpperCase()));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Check your inbox");
    expect(await subscriberStatus(email)).toBe("pending");

    const [confirmation, ...others] = resend.sentTo(email);
    expect(others).toHaveLength(0);
    expect(confirmation?.to).toEqual([email]);
    expect(confirmation?.subject).toBe("Confirm your subscription to Jeff Light Reviews");
    expect(confirmation?.html).toContain(confirmLinkIn(confirmation?.text).replace(/&/g, "&#38;"));

    // The link is signed for this subscriber and expires 48 hours after the request.
    const token = new URL(confirmLinkIn(confirmation?.text)).searchParams.get("token") ?? "";
    expect(token.startsWith("v2.")).toBe(true);
    const claims = JSON.parse(atob((token.split(".")[1] ?? "").replace(/-/g, "+").replace(/_/g, "/"))) as { exp: number };
    expect(claims.exp - Date.now()).toBeGreaterThan(47.9 * 60 * 60 * 1000);
    expect(claims.exp - Date.now()).toBeLessThanOrEqual(48 * 60 * 60 * 1000);

    // Following the link (as a mail scanner would) only shows the Confirm button.
    const link = confirmLinkIn(confirmation?.text);
    const shown = await callWorker(new Request(link));
    expect(shown.status).toBe(200);
    expect(await shown.text()).toContain(`<form method="post" action="/confirm?token=${encodeURIComponent(token)}">`);
    expect(await subscriberStatus(email)).toBe("pending");

    // The person presses it: a plain form POST, no JavaScript.
    const press = () => new Request(link, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "source=page" });
    const confirmed = await callWorker(press());
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain("You are subscribed");
    expect(await subscriberStatus(email)).toBe("active");

    // Following the link or pressing again changes nothing and still says so.
    for (const request of [new Request(link), press()]) {
      const again = await callWorker(request);
      expect(again.status).toBe(200);
      expect(await again.text()).toContain("You are subscribed");
    }
    expect(await subscriberStatus(email)).toBe("active");
  });

  it("gives one row and one confirmation email for the same request sent 20 times", async () => {
    const resend = withResend();
    const email = uniqueEmail("repeat");
    const answers = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const response = await callWorker(subscribeJson({ email }));
      expect(response.status).toBe(202);
      answers.add(await response.text());
    }
    expect(answers.size).toBe(1);
    const rows = await env.DB.prepare("SELECT COUNT(*) AS n FROM subscribers WHERE email = ?1").bind(email).first<{ n: number }>();
    expect(rows?.n).toBe(1);
    expect(resend.sentTo(email)).toHaveLength(1);
  });

  it("answers identically for new, pending, active, unsubscribed and bounced addresses", async () => {
    const resend = withResend();
    const active = await seedSubscriber({ status: "active" });
    const bounced = await seedSubscriber({ status: "bounced" });
    const complained = await seedSubscriber({ status: "complained" });
    const answers = new Set<string>();
    for (const email of [uniqueEmail("new"), active.email, bounced.email, complained.email]) {
      const response = await callWorker(subscribeJson({ email }));
      answers.add(`${response.status} ${await response.text()}`);
    }
    expect(answers.size).toBe(1);
    // Active and suppressed addresses are never mailed from the subscribe form.
    expect(resend.sentTo(active.email)).toHaveLength(0);
    expect(resend.sentTo(bounced.email)).toHaveLength(0);
    expect(resend.sentTo(complained.email)).toHaveLength(0);
    expect(await subscriberStatus(bounced.email)).toBe("bounced");
    expect(await subscriberStatus(active.email)).toBe("active");
  });

  it("turns a filled honeypot away silently: same answer, nothing stored or sent", async () => {
    const resend = withResend();
    const email = uniqueEmail("bot");
    const response = await callWorker(subscribeForm(email, { website: "https://spam.example" }));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Check your inbox");
    expect(await subscriberStatus(email)).toBeUndefined();
    expect(resend.sent).toHaveLength(0);
  });

  it("answers a fetch from an allowed origin with CORS headers, and a preflight", async () => {
    withResend();
    const origin = "https://jefflight.example";
    const scoped = { ...env, CORS_ORIGINS: `${origin}, https://other.example` };
    const preflight = await callWorker(new Request("https://digest.test/subscribe", {
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
    }), scoped);
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe(origin);
    const response = await callWorker(subscribeJson({ email: uniqueEmail("cors") }, { origin }), scoped);
    expect(response.status).toBe(202);
    expect(response.headers.get("access-control-allow-origin")).toBe(origin);
    const stranger = await callWorker(subscribeJson({ email: uniqueEmail("cors") }, { origin: "https://evil.example" }), scoped);
    expect(stranger.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("redirects a form post back to the author's site, never to another site", async () => {
    withResend();
    const scoped = { ...env, CORS_ORIGINS: "https://jefflight.example" };
    const back = await callWorker(subscribeForm(uniqueEmail("form"), {}, { referer: "https://jefflight.example/about" }), scoped);
    expect(back.status).toBe(303);
    expect(back.headers.get("location")).toBe("https://jefflight.example/about?subscribed=1");
    const elsewhere = await callWorker(subscribeForm(uniqueEmail("form"), {}, { referer: "https://evil.example/" }), scoped);
    expect(elsewhere.status).toBe(200);
  });

  it("limits subscribe requests per IP address with a 429", async () => {
    withResend();
    const ip = { "cf-connecting-ip": "203.0.113.99" };
    for (let i = 0; i < 30; i++) expect((await callWorker(subscribeJson({ email: uniqueEmail("ip") }, ip))).status).toBe(202);
    const limited = await callWorker(subscribeJson({ email: uniqueEmail("ip") }, ip));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ error: "rate_limited" });
  });

  describe("malformed input: 400/413/415 with a clear message, nothing stored", () => {
    it.each([
      ["a bad email (JSON)", () => subscribeJson({ email: "not-an-email" }), 400, /valid email address/],
      ["a missing email (JSON)", () => subscribeJson({}), 400, /email is required/],
      ["a number for an email", () => subscribeJson({ email: 42 }), 400, /email is required/],
      ["JSON that is not an object", () => subscribeJson("[1,2]"), 400, /not a JSON object/],
      ["broken JSON", () => subscribeJson("{\"email\":"), 400, /not a JSON object/],
      ["an overlong address", () => subscribeJson({ email: `${"a".repeat(250)}@example.org` }), 400, /at most 254/],
      ["a huge body", () => subscribeJson({ email: uniqueEmail(), pad: "x".repeat(100_000) }), 413, /at most 4096 bytes/],
      ["the wrong content type", () => new Request("https://digest.test/subscribe", { method: "POST", headers: { "content-type": "text/plain" }, body: "email=a@b.example" }), 415, /application\/json/],
      ["no content type", () => new Request("https://digest.test/subscribe", { method: "POST", body: "x" }), 415, /application\/json/],
    ])("%s", async (_label, makeRequest, status, message) => {
      const resend = withResend();
      const before = { subscribers: await countRows("subscribers"), limits: await countRows("rate_limits") };
      const response = await callWorker(makeRequest());
      expect(response.status).toBe(status);
      expect((await response.json<{ message: string }>()).message).toMatch(message);
      expect(await countRows("subscribers")).toBe(before.subscribers);
      expect(await countRows("rate_limits")).toBe(before.limits);
      expect(resend.sent).toHaveLength(0);
    });

    it("re-renders the form with the message for a bad email from the form", async () => {
      withResend();
      const before = await countRows("subscribers");
      const response = await callWorker(subscribeForm("nope@"));
      expect(response.status).toBe(400);
      const html = await response.text();
      expect(html).toContain('role="alert"');
      expect(html).toContain("Enter a valid email address");
      expect(html).toContain('value="nope@"');
      expect(await countRows("subscribers")).toBe(before);
    });

    it("caps a chunked body with no content-length", async () => {
      withResend();
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode("x".repeat(1000)));
          controller.close();
        },
      });
      const response = await callWorker(new Request("https://digest.test/subscribe", { method: "POST", headers: { "content-type": "application/json" }, body: stream }));
      expect(response.status).toBe(413);
    });
  });
});
