import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import { signWebhookBody } from "../../src/core/channels/webhook";
import { buildMediumFeed, createFakeFeed, uniqueFeedUrl, uniqueItem } from "../support/fake-feed";
import { createFakeResend } from "../support/fake-resend";
import { installNetwork } from "../support/network";
import { addSubscribers } from "../support/pipeline";
import { consume, recordQueue } from "../support/channels";

const now = () => Math.floor(Date.now() / 1000);

async function signedRequest(body: string, t = now(), secret = env.PUBLISH_SECRET): Promise<Request> {
  return new Request("https://digest.test/hooks/publish", {
    method: "POST",
    headers: { "content-type": "application/json", "x-signature": await signWebhookBody(secret, body, t) },
    body,
  });
}

function setup() {
  const items = [uniqueItem(), uniqueItem()];
  const feed = createFakeFeed(buildMediumFeed(items));
  const resend = createFakeResend();
  const network = installNetwork({ "feeds.test": feed.handle, "resend.test": resend.handle });
  const recorded = recordQueue();
  const runEnv: Env = { ...env, FEED_URL: uniqueFeedUrl(), DELIVERY_QUEUE: recorded.queue };
  const send = async (request: Request) => {
    const ctx = createExecutionContext();
    const response = await worker.fetch(request, runEnv, ctx);
    await waitOnExecutionContext(ctx);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const feedRequests = () => network.requests.filter((request) => new URL(request.url).host === "feeds.test").length;
  return { items, feed, resend, runEnv, recorded, send, feedRequests };
}

describe("POST /hooks/publish", () => {
  it("a signed poll sends a new review once; the same request replayed sends nothing", async () => {
    const { items, feed, resend, runEnv, recorded, send } = setup();
    const [reader] = await addSubscribers(1);
    expect((await send(await signedRequest('{"action":"poll"}'))).status).toBe(202);
    expect(recorded.bodies).toEqual([]);

    feed.publish(buildMediumFeed([uniqueItem("fresh"), ...items]));
    const body = JSON.stringify({ action: "poll" });
    const t = now() + 1;
    expect(await send(await signedRequest(body, t))).toMatchObject({ status: 202, body: { result: "accepted" } });
    expect(recorded.bodies).toHaveLength(1);
    await consume(runEnv, recorded.bodies);
    expect(resend.sentTo(reader?.email ?? "")).toHaveLength(1);

    expect(await send(await signedRequest(body, t))).toMatchObject({ status: 409, body: { error: "replayed" } });
    expect(recorded.bodies).toHaveLength(1);
    expect(resend.sentTo(reader?.email ?? "")).toHaveLength(1);
  });

  it("'send' sends that review even on a feed's first poll, and answers 'already_sent' after", async () => {
    const { items, runEnv, recorded, send } = setup();
    const wanted = items[1]?.link ?? "";
    expect(await send(await signedRequest(JSON.stringify({ action: "send", url: `${wanted}?source=rss-abc------2` })))).toMatchObject({
      status: 202,
      body: { result: "accepted", action: "send" },
    });
    const edition = await env.DB.prepare("SELECT reviews_json FROM editions ORDER BY id DESC LIMIT 1").first<{ reviews_json: string }>();
    expect((JSON.parse(edition?.reviews_json ?? "[]") as { link: string }[]).map((review) => review.link)).toEqual([wanted]);
    expect(recorded.bodies).toHaveLength(1);

    const again = await send(await signedRequest(JSON.stringify({ action: "send", url: wanted })));
    expect(again).toMatchObject({ status: 200, body: { result: "already_sent" } });
    expect(recorded.bodies).toHaveLength(1);
    expect(runEnv.FEED_URL).toContain("feeds.test");
  });

  it("'send' of a review a first poll only recorded answers 'already_seen', says why and how to send it, and sends nothing", async () => {
    const { items, recorded, send } = setup();
    await addSubscribers(1);
    // Its own body bytes: another test's identical poll request signed in the same second is a replay.
    expect((await send(await signedRequest('{ "action": "poll" }'))).status).toBe(202);
    expect(recorded.bodies).toEqual([]);

    const answer = await send(await signedRequest(JSON.stringify({ action: "send", url: items[0]?.link ?? "" })));
    expect(answer).toMatchObject({ status: 200, body: { result: "already_seen", editionId: null } });
    expect(answer.body.message).toMatch(/first poll only records/);
    expect(answer.body.message).toMatch(/Send the latest review now|send-latest/);
    expect(answer.body.message).not.toMatch(/before subscribers/);
    expect(recorded.bodies).toEqual([]);
  });

  it("rejects a bad or missing signature with 401, and runs nothing", async () => {
    const { send, feedRequests } = setup();
    const body = '{"action":"poll"}';
    const forged = await signedRequest(body, now(), "not-the-publish-secret-000");
    expect(await send(forged)).toMatchObject({ status: 401, body: { error: "invalid_signature" } });
    const tampered = await signedRequest(body);
    const altered = new Request(tampered, { body: '{"action":"poll" }' });
    expect((await send(altered)).status).toBe(401);
    expect((await send(new Request("https://digest.test/hooks/publish", { method: "POST", body }))).status).toBe(401);
    const garbage = new Request("https://digest.test/hooks/publish", { method: "POST", body, headers: { "x-signature": "t=abc,v1=zz" } });
    expect((await send(garbage)).status).toBe(401);
    expect(feedRequests()).toBe(0);
  });

  it("rejects a timestamp more than 5 minutes off with 409, and runs nothing", async () => {
    const { send, feedRequests } = setup();
    expect(await send(await signedRequest('{"action":"poll"}', now() - 301))).toMatchObject({ status: 409, body: { error: "stale_timestamp" } });
    expect((await send(await signedRequest('{"action":"poll"}', now() + 400))).status).toBe(409);
    expect(feedRequests()).toBe(0);
  });

  it("rejects a malformed body with 400 and a clear message, and runs nothing", async () => {
    const { send, feedRequests } = setup();
    for (const body of ["not json", '{"action":"delete"}', '{"action":"send"}', '{"action":"send","url":"ftp://x.test/a"}', "[]"]) {
      const answer = await send(await signedRequest(body));
      expect(answer.status, body).toBe(400);
      expect(answer.body.message).toEqual(expect.any(String));
    }
    expect(feedRequests()).toBe(0);
    // Nothing was claimed by the 400s: a valid request (unique to this test) still goes through.
    expect((await send(await signedRequest('{ "action": "poll", "test": "malformed" }'))).status).toBe(202);
  });

  it("refuses an oversized body with 413", async () => {
    const { send } = setup();
    expect((await send(await signedRequest(JSON.stringify({ action: "poll", pad: "x".repeat(20_000) })))).status).toBe(413);
  });
});
