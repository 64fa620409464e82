// The cron tick's D1 round trips, counted at the binding: each costs the Worker CPU, so the five
// chores after the poll (stranded editions, sweep, digests, housekeeping, WebSub) read in one batch.
import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import worker from "../../src/index";
import { buildMediumFeed, createFakeFeed, uniqueFeedUrl, uniqueItem } from "../support/fake-feed";
import { createFakeResend } from "../support/fake-resend";
import { installNetwork } from "../support/network";
import { addSubscribers, listDeliveries } from "../support/pipeline";

/** The real database, each call that reaches D1 (a batch, or one statement run alone) written down. */
function countingDatabase(db: D1Database, calls: string[]): D1Database {
  const unwrap = new WeakMap<object, D1PreparedStatement>();
  const wrap = (statement: D1PreparedStatement, sql: string): D1PreparedStatement => {
    const wrapped = {
      bind: (...values: unknown[]) => wrap(statement.bind(...values), sql),
      run: () => (calls.push(sql), statement.run()),
      all: () => (calls.push(sql), statement.all()),
      first: (column?: string) => (calls.push(sql), column === undefined ? statement.first() : statement.first(column)),
      raw: (options?: { columnNames?: boolean }) => (calls.push(sql), statement.raw(options as { columnNames: true })),
    } as unknown as D1PreparedStatement;
    unwrap.set(wrapped, statement);
    return wrapped;
  };
  return {
    prepare: (sql: string) => wrap(db.prepare(sql), sql),
    batch: (statements: D1PreparedStatement[]) => {
      calls.push(`batch of ${statements.length}`);
      return db.batch(statements.map((statement) => unwrap.get(statement) ?? statement));
    },
    exec: (sql: string) => (calls.push(sql), db.exec(sql)),
    dump: () => db.dump(),
    withSession: () => db.withSession(),
  } as unknown as D1Database;
}

describe("a cron tick's D1 round trips", () => {
  it("reads the chores after the poll in one batch, and still does each one's work", async () => {
    const url = uniqueFeedUrl();
    const feed = createFakeFeed(buildMediumFeed([uniqueItem("seed")]));
    installNetwork({ "feeds.test": feed.handle });
    const calls: string[] = [];
    const cronEnv = { ...env, FEED_URL: url, PUBLIC_URL: "https://digest.example.org", DB: countingDatabase(env.DB, calls) };
    const tick = async () => {
      calls.length = 0;
      const ctx = createExecutionContext();
      await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: "*/15 * * * *" }), cronEnv, ctx);
      await waitOnExecutionContext(ctx);
      return [...calls];
    };
    await tick(); // seeds the feed
    // A stale rate-limit window, which the housekeeping in the chores' batch prunes.
    await env.DB.prepare("INSERT INTO rate_limits (key, window_start, count) VALUES ('scheduled-test', ?1, 1)").bind(Date.now() - 3 * 24 * 3600_000).run();

    const quiet = await tick(); // the feed answers 304
    const batches = quiet.filter((call) => call.startsWith("batch of "));
    // Stranded editions (1 statement), sweep (2), digests (3), WebSub (2) and the two prunes: one round trip.
    expect(batches).toContain("batch of 10");
    // The feed row, the poll's record, and the chores: nothing else.
    expect(quiet).toHaveLength(3);
    const left = await env.DB.prepare("SELECT COUNT(*) AS n FROM rate_limits WHERE key = 'scheduled-test'").first<{ n: number }>();
    expect(left?.n).toBe(0);
  });

  it("queues, from the chores' batch, an edition a crash left created but unpublished", async () => {
    const url = uniqueFeedUrl();
    const feed = createFakeFeed(buildMediumFeed([uniqueItem("seed")]));
    const resend = createFakeResend({ ratePerSecond: 1000 });
    installNetwork({ "feeds.test": feed.handle, "resend.test": resend.handle });
    const [reader] = await addSubscribers(1);
    const stranded = await env.DB.prepare(
      "INSERT INTO editions (kind, subject, html, text, created_at) VALUES ('instant', 'Stranded', '<p>x</p>', 'x', ?1) RETURNING id",
    )
      .bind(new Date().toISOString())
      .first<{ id: number }>();
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: "*/15 * * * *" }), { ...env, FEED_URL: url }, ctx);
    await waitOnExecutionContext(ctx);
    const rows = await listDeliveries(stranded?.id ?? 0);
    expect(rows.find((row) => row.subscriber_id === reader?.id)).toMatchObject({ chunk: 0 });
    const published = await env.DB.prepare("SELECT published_at FROM editions WHERE id = ?1").bind(stranded?.id).first<{ published_at: string | null }>();
    expect(published?.published_at).not.toBeNull();
    // The reader gets it once, and the queue is done before the test's network goes away.
    await vi.waitFor(() => expect(resend.sentTo(reader!.email)).toHaveLength(1), { timeout: 10_000, interval: 100 });
  });
});
