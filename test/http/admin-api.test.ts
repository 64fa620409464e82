import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import { createOutboxMailer } from "../../src/mail/outbox";
import { buildMediumFeed, createFakeFeed, uniqueFeedUrl, uniqueItem } from "../support/fake-feed";
import { installNetwork } from "../support/network";
import { uniqueAddress } from "../support/pipeline";

const TOKEN = "test-admin-token-0123456789";

async function call(path: string, init: RequestInit = {}, runEnv: Env = env, token: string | null = TOKEN) {
  const headers = new Headers(init.headers);
  if (token) headers.set("authorization", `Bearer ${token}`);
  const ctx = createExecutionContext();
  const response = await worker.fetch(new Request(`https://digest.test${path}`, { ...init, headers }), runEnv, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

const json = (body: unknown) => ({ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("the admin API", () => {
  it("refuses every route without the bearer token", async () => {
    for (const [path, method] of [["/admin/poll", "POST"], ["/admin/status", "GET"], ["/admin/outbox", "GET"], ["/admin/subscribers", "POST"]] as const) {
      expect((await call(path, { method }, env, null)).status).toBe(401);
      expect((await call(path, { method }, env, "wrong-token-0123456789")).status).toBe(401);
    }
  });

  it("polls on POST /admin/poll and answers with a JSON summary; /admin/status shows the feed", async () => {
    const url = uniqueFeedUrl();
    const feed = createFakeFeed(buildMediumFeed([uniqueItem()]));
    installNetwork({ "feeds.test": feed.handle });
    const response = await call("/admin/poll", { method: "POST" }, { ...env, FEED_URL: url });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, feeds: [{ url, status: "seeded", seeded: 1, newReviews: 0 }], editionIds: [] });

    feed.respondWith(() => new Response("nope", { status: 500, statusText: "Internal Server Error" }));
    await call("/admin/poll", { method: "POST" }, { ...env, FEED_URL: url });
    const status = await call("/admin/status");
    expect(status.status).toBe(200);
    const body = await status.json<{ feeds: { url: string; lastStatus: string; lastError: string; lastPolledAt: string }[]; deadLetters: { count: number }; counts: object; transport: string }>();
    expect(body.transport).toBe("resend");
    expect(body.feeds.find((item) => item.url === url)).toMatchObject({ lastStatus: "error", lastError: "HTTP 500 Internal Server Error" });
    expect(body.deadLetters.count).toBeTypeOf("number");
    expect(body.counts).toMatchObject({ editions: expect.any(Number), subscribers: expect.any(Object), deliveries: expect.any(Object) });
  });

  it("answers 500 naming a missing or invalid setting, and polls nothing", async () => {
    const network = installNetwork({});
    const broken = { ...env, PUBLIC_URL: "", FEED_URL: uniqueFeedUrl() };
    const status = await call("/admin/status", {}, broken);
    expect(status.status).toBe(500);
    expect(await status.json()).toMatchObject({ error: "invalid_settings", message: expect.stringContaining("PUBLIC_URL") });
    const poll = await call("/admin/poll", { method: "POST" }, broken);
    expect(poll.status).toBe(500);
    expect(await poll.text()).toContain("PUBLIC_URL");
    expect(network.requests).toHaveLength(0);
  });

  it("lists the outbox newest first, each message whole", async () => {
    const to = uniqueAddress("outbox");
    const mailer = createOutboxMailer(env.DB);
    const base = { from: "Critic <reviews@example.com>", to, html: "<p>body</p>", text: "body", headers: { "List-Unsubscribe": "<https://digest.test/u>" } };
    await mailer.send({ ...base, subject: "older" });
    await mailer.send({ ...base, subject: "newer" });
    const response = await call("/admin/outbox?limit=500");
    expect(response.status).toBe(200);
    const { messages } = await response.json<{ messages: { to: string; subject: string; html: string; text: string; headers: object }[] }>();
    const mine = messages.filter((message) => message.to === to);
    expect(mine.map((message) => message.subject)).toEqual(["newer", "older"]);
    expect(mine[0]).toMatchObject({ html: "<p>body</p>", text: "body", headers: { "List-Unsubscribe": "<https://digest.test/u>" } });
    expect((await call("/admin/outbox?limit=0")).status).toBe(400);
  });
});

describe("POST /admin/subscribers (import)", () => {
  it("imports a JSON array as active subscribers, lists invalid rows, and changes nothing the second time", async () => {
    const [a, b] = [uniqueAddress("import"), uniqueAddress("import")];
    const rows = [{ email: a.toUpperCase(), name: "Ann" }, { email: b }, { email: "not-an-email" }, { name: "no email" }, { email: a }];
    const first = await call("/admin/subscribers", json(rows));
    expect(first.status).toBe(200);
    const body = await first.json<{ imported: number; unchanged: number; invalid: { row: number; error: string }[] }>();
    expect(body).toMatchObject({ imported: 2, unchanged: 0 });
    expect(body.invalid.map((item) => item.row)).toEqual([3, 4]);
    expect(body.invalid[0]?.error).toContain("email");
    const stored = await env.DB.prepare("SELECT email, name, status FROM subscribers WHERE email IN (?1, ?2) ORDER BY email").bind(a, b).all();
    expect(stored.results).toEqual(
      expect.arrayContaining([{ email: a, name: "Ann", status: "active" }, { email: b, name: null, status: "active" }]),
    );
    const again = await call("/admin/subscribers", json(rows));
    expect(await again.json()).toMatchObject({ imported: 0, unchanged: 2 });
  });

  it("imports CSV with a header row and never re-activates an unsubscribed address", async () => {
    const [a, b] = [uniqueAddress("csv"), uniqueAddress("csv")];
    await env.DB.prepare("INSERT INTO subscribers (email, status, created_at) VALUES (?1, 'unsubscribed', ?2)").bind(b, new Date().toISOString()).run();
    const csv = `name,email\n"Light, Jeff",${a}\nBob,${b}\nBad,nope\n`;
    const response = await call("/admin/subscribers", { method: "POST", headers: { "content-type": "text/csv" }, body: csv });
    expect(await response.json()).toMatchObject({ imported: 1, unchanged: 1, invalid: [{ row: 4 }] });
    const rows = await env.DB.prepare("SELECT email, name, status FROM subscribers WHERE email IN (?1, ?2) ORDER BY id").bind(a, b).all();
    expect(rows.results).toEqual([
      { email: b, name: null, status: "unsubscribed" },
      { email: a, name: "Light, Jeff", status: "active" },
    ]);
  });

  it("rejects a wrong content type and malformed JSON with a clear message", async () => {
    const wrongType = await call("/admin/subscribers", { method: "POST", headers: { "content-type": "text/plain" }, body: "x" });
    expect(wrongType.status).toBe(415);
    const badJson = await call("/admin/subscribers", { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" });
    expect(badJson.status).toBe(400);
    expect(await badJson.json()).toMatchObject({ error: "invalid_json" });
  });
});
