import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { hmac, toHex } from "../../src/crypto";
import { buildMediumFeed, uniqueItem } from "../support/fake-feed";
import { installNetwork } from "../support/network";
import { addSubscribers } from "../support/pipeline";
import { setupWebSub } from "../support/websub";

const DAY = 24 * 60 * 60 * 1000;

function verificationUrl(callback: string, params: Record<string, string>): Request {
  const url = new URL(callback);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return new Request(url);
}

async function push(callback: string, xml: string, signature: string): Promise<Request> {
  return new Request(callback, { method: "POST", headers: { "content-type": "application/rss+xml", "x-hub-signature": signature }, body: xml });
}

async function status(call: (request: Request) => Promise<Response>, topic: string) {
  const response = await call(new Request("https://digest.test/admin/status", { headers: { authorization: `Bearer ${env.ADMIN_TOKEN}` } }));
  const body = (await response.json()) as { websub: { topic: string; state: string; secret?: string }[] };
  return body.websub.find((subscription) => subscription.topic === topic);
}

/** The cron subscribes (the feed names Medium's hub), and the hub verifies. */
async function subscribeAndVerify(context: ReturnType<typeof setupWebSub>) {
  await context.cron();
  const request = context.hubRequests[0];
  if (!request) throw new Error("no subscription request reached the hub");
  const callback = request.get("hub.callback") ?? "";
  const response = await context.call(
    verificationUrl(callback, { "hub.mode": "subscribe", "hub.topic": context.runEnv.FEED_URL, "hub.challenge": "c-123", "hub.lease_seconds": "864000" }),
  );
  return { request, callback, secret: request.get("hub.secret") ?? "", response };
}

describe("WebSub", () => {
  it("subscribes over https with a callback and secret, then answers the hub's verification", async () => {
    const context = setupWebSub();
    const { request, callback, secret, response } = await subscribeAndVerify(context);
    expect(Object.fromEntries(request)).toMatchObject({ "hub.mode": "subscribe", "hub.topic": context.runEnv.FEED_URL, "hub.lease_seconds": "864000" });
    expect(callback).toMatch(/^https:\/\/digest\.test\/websub\/callback\/\d+\/[A-Za-z0-9_-]{32}$/);
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("c-123");
    const shown = await status(context.call, context.runEnv.FEED_URL);
    expect(shown).toMatchObject({ state: "verified", hubUrl: "http://medium.superfeedr.com" });
    expect(shown).not.toHaveProperty("secret");
  });

  it("answers 404 to verifications of topics or modes it never asked for", async () => {
    const context = setupWebSub();
    const { callback } = await subscribeAndVerify(context);
    const ask = (params: Record<string, string>) => context.call(verificationUrl(callback, { "hub.challenge": "x", ...params }));
    expect((await ask({ "hub.mode": "subscribe", "hub.topic": "https://feeds.test/other.xml" })).status).toBe(404);
    expect((await ask({ "hub.mode": "unsubscribe", "hub.topic": context.runEnv.FEED_URL })).status).toBe(404);
    const stranger = verificationUrl("https://digest.test/websub/callback/999999", { "hub.mode": "subscribe", "hub.topic": context.runEnv.FEED_URL, "hub.challenge": "x" });
    expect((await context.call(stranger)).status).toBe(404);
    expect((await ask({ "hub.mode": "subscribe" })).status).toBe(400);
  });

  it("processes a signed content push like a poll: a new review leads to one edition", async () => {
    const context = setupWebSub();
    await addSubscribers(1);
    const { callback, secret } = await subscribeAndVerify(context);
    const xml = buildMediumFeed([uniqueItem("pushed"), ...context.items]);
    const signature = `sha256=${toHex(await hmac(secret, xml))}`;
    expect((await context.call(await push(callback, xml, signature))).status).toBe(202);
    expect(await context.editionCount()).toBe(1);
    expect(context.recorded.bodies).toEqual([expect.objectContaining({ kind: "deliver" })]);
    // The hub delivering the same content again sends nothing more.
    expect((await context.call(await push(callback, xml, signature))).status).toBe(202);
    expect(await context.editionCount()).toBe(1);
    expect(await status(context.call, context.runEnv.FEED_URL)).toMatchObject({ lastDeliveryAt: expect.any(String) });
  });

  it("accepts sha1 signatures too", async () => {
    const context = setupWebSub();
    const { callback, secret } = await subscribeAndVerify(context);
    const xml = buildMediumFeed([uniqueItem("sha1"), ...context.items]);
    await context.call(await push(callback, xml, `sha1=${toHex(await hmac(secret, xml, "SHA-1"))}`));
    expect(await context.editionCount()).toBe(1);
  });

  it("ignores a push with a bad or missing X-Hub-Signature: 202, and nothing runs", async () => {
    const context = setupWebSub();
    const { callback, secret } = await subscribeAndVerify(context);
    const xml = buildMediumFeed([uniqueItem("forged"), ...context.items]);
    for (const signature of [`sha256=${toHex(await hmac("wrong-secret", xml))}`, `sha256=${toHex(await hmac(secret, `${xml} `))}`, "", `md5=abc`]) {
      expect((await context.call(await push(callback, xml, signature))).status).toBe(202);
    }
    expect(await context.editionCount()).toBe(0);
    expect(context.recorded.bodies).toEqual([]);
  });

  it("renews before the lease ends, keeping its secret, and only once per retry period", async () => {
    const context = setupWebSub();
    const { secret } = await subscribeAndVerify(context);
    await context.cron(Date.now() + DAY);
    expect(context.hubRequests).toHaveLength(1);
    await context.cron(Date.now() + 9.5 * DAY);
    expect(context.hubRequests).toHaveLength(2);
    expect(context.hubRequests[1]?.get("hub.secret")).toBe(secret);
    await context.cron(Date.now() + 9.5 * DAY + 15 * 60 * 1000);
    expect(context.hubRequests).toHaveLength(2);
  });

  it("a hub that never verifies changes nothing: the cron still polls and sends", async () => {
    const context = setupWebSub();
    await context.cron();
    expect(await status(context.call, context.runEnv.FEED_URL)).toMatchObject({ state: "requested" });
    context.feed.publish(buildMediumFeed([uniqueItem("polled"), ...context.items]));
    await context.cron();
    expect(await context.editionCount()).toBe(1);
    expect(context.hubRequests).toHaveLength(1);
  });

  it("does not subscribe while PUBLIC_URL is localhost: no hub could call back", async () => {
    const context = setupWebSub();
    context.runEnv.PUBLIC_URL = "http://localhost:8787";
    await context.cron();
    expect(context.hubRequests).toHaveLength(0);
  });

  it("records a denial", async () => {
    const context = setupWebSub();
    await context.cron();
    const callback = context.hubRequests[0]?.get("hub.callback") ?? "";
    const response = await context.call(verificationUrl(callback, { "hub.mode": "denied", "hub.topic": context.runEnv.FEED_URL, "hub.reason": "no" }));
    expect(response.status).toBe(200);
    expect(await status(context.call, context.runEnv.FEED_URL)).toMatchObject({ state: "denied", lastError: expect.stringContaining("no") });
  });
});

describe("WebSub verifications nobody asked for (issue 13)", () => {
  const keyless = (callback: string) => callback.replace(/\/[^/]+$/, "");

  it("repro: a stranger's verification at the feed's callback, without our key, is 404 and changes nothing", async () => {
    const context = setupWebSub();
    await context.cron();
    const callback = context.hubRequests[0]?.get("hub.callback") ?? "";
    const forged = { "hub.mode": "subscribe", "hub.topic": context.runEnv.FEED_URL, "hub.challenge": "evil", "hub.lease_seconds": "864000" };
    for (const url of [keyless(callback), `${keyless(callback)}/wrong-key-0123456789abcdefghijklmn`]) {
      expect((await context.call(verificationUrl(url, forged))).status).toBe(404);
      expect((await context.call(verificationUrl(url, { "hub.mode": "denied", "hub.topic": context.runEnv.FEED_URL }))).status).toBe(404);
    }
    expect(await status(context.call, context.runEnv.FEED_URL)).toMatchObject({ state: "requested", leaseSeconds: null, pendingMode: "subscribe" });
  });

  it("a verification replayed once nothing is pending is 404: the lease stays as the hub granted it", async () => {
    const context = setupWebSub();
    const { callback, response } = await subscribeAndVerify(context);
    expect(response.status).toBe(200);
    const before = await status(context.call, context.runEnv.FEED_URL);
    expect(before).toMatchObject({ state: "verified", leaseSeconds: 864000, pendingMode: null });
    const replay = verificationUrl(callback, { "hub.mode": "subscribe", "hub.topic": context.runEnv.FEED_URL, "hub.challenge": "again", "hub.lease_seconds": "300" });
    expect((await context.call(replay)).status).toBe(404);
    const unsubscribe = verificationUrl(callback, { "hub.mode": "unsubscribe", "hub.topic": context.runEnv.FEED_URL, "hub.challenge": "bye" });
    expect((await context.call(unsubscribe)).status).toBe(404);
    expect(await status(context.call, context.runEnv.FEED_URL)).toEqual(before);
  });

  it.each([
    ["1e14", 864000],
    ["99999999999999999999", 864000],
    ["0", 300],
    ["-5", 300],
    ["3600.7", 3601],
  ])("clamps hub.lease_seconds=%s to %i (1e14 used to answer 500)", async (lease, expected) => {
    const context = setupWebSub();
    await context.cron();
    const callback = context.hubRequests[0]?.get("hub.callback") ?? "";
    const answer = await context.call(verificationUrl(callback, { "hub.mode": "subscribe", "hub.topic": context.runEnv.FEED_URL, "hub.challenge": "c", "hub.lease_seconds": lease }));
    expect(answer.status).toBe(200);
    expect(await status(context.call, context.runEnv.FEED_URL)).toMatchObject({ state: "verified", leaseSeconds: expected });
  });

  it("never shows the callback key on the admin status", async () => {
    const context = setupWebSub();
    await context.cron();
    const key = (context.hubRequests[0]?.get("hub.callback") ?? "").split("/").pop() ?? "";
    const body = await (await context.call(new Request("https://digest.test/admin/status", { headers: { authorization: `Bearer ${env.ADMIN_TOKEN}` } }))).text();
    expect(key.length).toBe(32);
    expect(body).not.toContain(key);
  });

  it("never contacts a hub the feed names at a private or metadata address", async () => {
    const context = setupWebSub();
    const metadataHub = buildMediumFeed(context.items).replace("http://medium.superfeedr.com", "http://169.254.169.254/hub");
    context.feed.publish(metadataHub);
    const network = installNetwork({ "feeds.test": context.feed.handle, "169.254.169.254": () => new Response(null, { status: 202 }) });
    await context.cron();
    expect(network.requests.map((request) => new URL(request.url).host)).toEqual(["feeds.test"]);
  });
});
