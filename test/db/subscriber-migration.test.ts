// Migration 0007 rebuilds the subscribers table (AUTOINCREMENT cannot be added by ALTER TABLE):
// every row, id and column is kept, deliveries still point at their subscribers, the rows are
// marked legacy (their v1 links stay honoured) and ids are never reused from then on.
import { applyD1Migrations, env } from "cloudflare:test";
import { describe, expect, it } from "vitest";

/** Back to an empty database: tables dropped newest first, so children go before their parents. */
async function dropEverything(): Promise<void> {
  const { results } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' ORDER BY rowid DESC",
  ).all<{ name: string }>();
  for (const row of results) await env.DB.prepare(`DROP TABLE "${row.name}"`).run();
}

describe("migration 0007 on a database with subscribers", () => {
  it("keeps rows, ids and deliveries, marks them legacy, and never reuses an id", async () => {
    await dropEverything();
    const before = env.TEST_MIGRATIONS.filter((migration) => migration.name < "0007");
    await applyD1Migrations(env.DB, before);
    const now = new Date().toISOString();
    await env.DB.batch([
      env.DB.prepare("INSERT INTO editions (id, subject, html, text, created_at) VALUES (1, 's', 'h', 't', ?1)").bind(now),
      env.DB.prepare(
        `INSERT INTO subscribers (id, email, name, status, cadence, paused, created_at, confirmed_at, last_edition_id, token_version, last_digest_at)
         VALUES (5, 'a@example.org', 'A', 'active', 'daily', 1, ?1, ?1, 1, 3, ?1), (9, 'b@example.org', NULL, 'pending', 'instant', 0, ?1, NULL, NULL, 0, NULL)`,
      ).bind(now),
      env.DB.prepare("INSERT INTO deliveries (edition_id, subscriber_id, status, updated_at, chunk) VALUES (1, 5, 'sent', ?1, 0), (1, 9, 'queued', ?1, 0)").bind(now),
    ]);
    // The newest row erased before the upgrade: a plain INTEGER PRIMARY KEY would hand out 9 again.
    await env.DB.batch([env.DB.prepare("DELETE FROM deliveries WHERE subscriber_id = 9"), env.DB.prepare("DELETE FROM subscribers WHERE id = 9")]);

    await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
    const a = await env.DB.prepare("SELECT * FROM subscribers WHERE id = 5").first<Record<string, unknown>>();
    expect(a).toMatchObject({ email: "a@example.org", name: "A", status: "active", cadence: "daily", paused: 1, last_edition_id: 1, token_version: 3, legacy_links: 1 });
    expect(a?.link_key).toMatch(/^[0-9a-f]{32}$/);
    expect(await env.DB.prepare("SELECT subscriber_id FROM deliveries").all()).toMatchObject({ results: [{ subscriber_id: 5 }] });
    expect((await env.DB.prepare("PRAGMA foreign_key_check").all()).results).toEqual([]);

    const fresh = await env.DB.prepare("INSERT INTO subscribers (email, status, created_at) VALUES ('c@example.org', 'pending', ?1) RETURNING id, link_key, legacy_links")
      .bind(now)
      .first<{ id: number; link_key: string; legacy_links: number }>();
    expect(fresh?.id).toBe(6);
    expect(fresh?.legacy_links).toBe(0);
    expect(fresh?.link_key).not.toBe(a?.link_key);
    await env.DB.prepare("DELETE FROM subscribers WHERE id = 6").run();
    const next = await env.DB.prepare("INSERT INTO subscribers (email, status, created_at) VALUES ('d@example.org', 'pending', ?1) RETURNING id").bind(now).first<{ id: number }>();
    expect(next?.id).toBe(7);
  });
});
