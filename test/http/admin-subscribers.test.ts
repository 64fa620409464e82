import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { callWorker, seedDelivery, seedEdition, seedSubscriber, uniqueEmail } from "../support/subscribers";

const AUTH = { authorization: "Bearer test-admin-token-0123456789" };

function admin(path: string, init: RequestInit = {}): Request {
  return new Request(`https://digest.test${path}`, { ...init, headers: { ...AUTH, ...(init.headers as Record<string, string>) } });
}

interface ListAnswer {
  subscribers: { id: number; email: string; status: string }[];
  counts: Record<string, number>;
  next_after: number | null;
  next: string | null;
}

async function counter(name: string): Promise<number> {
  const row = await env.DB.prepare("SELECT value FROM counters WHERE name = ?1").bind(name).first<{ value: number }>();
  return row?.value ?? 0;
}

describe("GET /admin/subscribers", () => {
  it("pages through subscribers with a status filter and counts per status", async () => {
    const tag = crypto.randomUUID().slice(0, 6);
    const seeded = [];
    for (let i = 0; i < 5; i++) seeded.push(await seedSubscriber({ email: uniqueEmail(`page-${tag}`), status: "complained" }));
    await seedSubscriber({ status: "active" });

    const first = await callWorker(admin("/admin/subscribers?status=complained&limit=3"));
    expect(first.status).toBe(200);
    const page1 = await first.json<ListAnswer>();
    expect(page1.subscribers.map((row) => row.status)).toEqual(["complained", "complained", "complained"]);
    expect(page1.counts.complained).toBeGreaterThanOrEqual(5);
    expect(page1.counts).toHaveProperty("bounced");
    expect(page1.next).toBe(`/admin/subscribers?status=complained&limit=3&after=${page1.next_after}`);

    const page2 = await (await callWorker(admin(page1.next ?? ""))).json<ListAnswer>();
    const ids = [...page1.subscribers, ...page2.subscribers].map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const subscriber of seeded) expect(ids).toContain(subscriber.id);
  });

  it.each([
    ["?status=gone", /status must be one of/],
    ["?limit=0", /limit must be at least 1/],
    ["?limit=1000", /limit must be at most 200/],
    ["?after=abc", /after/],
  ])("answers 400 for %s", async (query, message) => {
    const response = await callWorker(admin(`/admin/subscribers${query}`));
    expect(response.status).toBe(400);
    expect((await response.json<{ message: string }>()).message).toMatch(message);
  });

  it("needs the bearer token", async () => {
    const response = await callWorker(new Request("https://digest.test/admin/subscribers"));
    expect(response.status).toBe(401);
    const wrong = await callWorker(new Request("https://digest.test/admin/subscribers", { headers: { authorization: "Bearer nope" } }));
    expect(wrong.status).toBe(401);
  });
});

describe("DELETE /admin/subscribers/:email", () => {
  it("erases the address from every table and keeps aggregate counts", async () => {
    const target = await seedSubscriber({ email: uniqueEmail("erase") });
    const bystander = await seedSubscriber();
    const edition = await seedEdition();
    await seedDelivery(edition, target.id, crypto.randomUUID());
    await seedDelivery(edition, bystander.id, crypto.randomUUID());
    await env.DB.prepare(
      "INSERT INTO outbox (provider_message_id, from_address, to_address, subject, html, text, created_at) VALUES ('m1', 'a@b.example', ?1, 's', 'h', 't', 'now'), ('m2', 'a@b.example', ?2, 's', 'h', 't', 'now')",
    )
      .bind(`Reader <${target.email}>`, bystander.email)
      .run();
    await env.DB.prepare("INSERT INTO rate_limits (key, window_start, count) VALUES (?1, 0, 1)").bind(`subscribe:address:${target.email}`).run();
    const before = { subscribers: await counter("erased_subscribers"), deliveries: await counter("erased_deliveries") };

    const response = await callWorker(admin(`/admin/subscribers/${encodeURIComponent(target.email.toUpperCase())}`, { method: "DELETE" }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, email: target.email, removed: { subscribers: 1, deliveries: 1, outbox: 1, rateLimits: 1 } });

    const mentions = await env.DB.prepare(
      `SELECT (SELECT COUNT(*) FROM subscribers WHERE email = ?1) + (SELECT COUNT(*) FROM deliveries WHERE subscriber_id = ?2)
            + (SELECT COUNT(*) FROM outbox WHERE to_address LIKE '%' || ?1 || '%') + (SELECT COUNT(*) FROM rate_limits WHERE key LIKE '%' || ?1) AS n`,
    )
      .bind(target.email, target.id)
      .first<{ n: number }>();
    expect(mentions?.n).toBe(0);
    expect(await counter("erased_subscribers")).toBe(before.subscribers + 1);
    expect(await counter("erased_deliveries")).toBe(before.deliveries + 1);
    // The bystander keeps everything.
    const kept = await env.DB.prepare("SELECT (SELECT COUNT(*) FROM deliveries WHERE subscriber_id = ?1) + (SELECT COUNT(*) FROM outbox WHERE to_address = ?2) AS n")
      .bind(bystander.id, bystander.email)
      .first<{ n: number }>();
    expect(kept?.n).toBe(2);

    const again = await callWorker(admin(`/admin/subscribers/${encodeURIComponent(target.email)}`, { method: "DELETE" }));
    expect(await again.json()).toMatchObject({ removed: { subscribers: 0, deliveries: 0, outbox: 0, rateLimits: 0 } });
    expect(await counter("erased_subscribers")).toBe(before.subscribers + 1);
  });

  it("answers 400 for something that is not an email, and 401 without the token", async () => {
    const subscriber = await seedSubscriber();
    const bad = await callWorker(admin("/admin/subscribers/not-an-email", { method: "DELETE" }));
    expect(bad.status).toBe(400);
    expect((await bad.json<{ message: string }>()).message).toMatch(/valid email address/);
    const anonymous = await callWorker(new Request(`https://digest.test/admin/subscribers/${subscriber.email}`, { method: "DELETE" }));
    expect(anonymous.status).toBe(401);
    const row = await env.DB.prepare("SELECT COUNT(*) AS n FROM subscribers WHERE id = ?1").bind(subscriber.id).first<{ n: number }>();
    expect(row?.n).toBe(1);
  });
});
