import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { pruneSubscriberState } from "../../src/jobs/subscriber-housekeeping";

const DAY = 24 * 60 * 60 * 1000;

describe("pruneSubscriberState", () => {
  it("drops ended rate-limit windows and old Resend webhook ids, and nothing else", async () => {
    const now = new Date("2026-11-24T12:00:00Z");
    const tag = crypto.randomUUID();
    await env.DB.batch([
      env.DB.prepare("INSERT INTO rate_limits (key, window_start, count) VALUES (?1, ?2, 3)").bind(`old-${tag}`, now.getTime() - 2 * DAY),
      env.DB.prepare("INSERT INTO rate_limits (key, window_start, count) VALUES (?1, ?2, 3)").bind(`new-${tag}`, now.getTime() - 60_000),
      env.DB.prepare("INSERT INTO seen_messages (source, id, received_at) VALUES ('resend', ?1, ?2)").bind(`old-${tag}`, new Date(now.getTime() - 8 * DAY).toISOString()),
      env.DB.prepare("INSERT INTO seen_messages (source, id, received_at) VALUES ('resend', ?1, ?2)").bind(`new-${tag}`, new Date(now.getTime() - DAY).toISOString()),
      env.DB.prepare("INSERT INTO seen_messages (source, id, received_at) VALUES ('publish', ?1, ?2)").bind(`old-${tag}`, new Date(now.getTime() - 8 * DAY).toISOString()),
    ]);
    await pruneSubscriberState(env, now);
    const limits = await env.DB.prepare("SELECT key FROM rate_limits WHERE key LIKE ?1 ORDER BY key").bind(`%${tag}`).all<{ key: string }>();
    expect(limits.results.map((row) => row.key)).toEqual([`new-${tag}`]);
    const seen = await env.DB.prepare("SELECT source || ':' || id AS k FROM seen_messages WHERE id LIKE ?1 ORDER BY k").bind(`%${tag}`).all<{ k: string }>();
    expect(seen.results.map((row) => row.k)).toEqual([`publish:old-${tag}`, `resend:new-${tag}`]);
  });
});
