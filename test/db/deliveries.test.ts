import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { assignDeliveryChunks, assignOpenChunks, listChunkMembers, listOpenChunks } from "../../src/db/deliveries";
import { claimChunks, listExpiredChunks, loadChunkState } from "../../src/db/delivery-chunks";
import { requeueRows } from "../../src/db/delivery-status";
import { importSubscribers } from "../../src/db/subscriber-import";
import { addEdition, addSubscribers, listDeliveries } from "../support/pipeline";

describe("assignDeliveryChunks", () => {
  // The only test in this file that fans out, so the audience is exactly what it creates.
  it("splits the instant audience into chunks of 100 by id, once", async () => {
    const now = new Date();
    const rows = Array.from({ length: 250 }, (_, index) => ({ email: `chunk-${index}@example.org` }));
    expect(await importSubscribers(env.DB, rows, now)).toBe(250);
    const [paused] = await addSubscribers(1, { paused: true });
    const [weekly] = await addSubscribers(1, { cadence: "weekly" });
    const [pending] = await addSubscribers(1, { status: "pending" });
    const editionId = await addEdition();

    await assignDeliveryChunks(env.DB, editionId, now);
    const deliveries = await listDeliveries(editionId);
    expect(deliveries).toHaveLength(250);
    expect(deliveries.every((row) => row.status === "queued" && Number.isInteger(row.chunk))).toBe(true);
    const sizes = [0, 1, 2].map((chunk) => deliveries.filter((row) => row.chunk === chunk).length);
    expect(sizes).toEqual([100, 100, 50]);
    const excluded = [paused, weekly, pending].map((subscriber) => subscriber?.id);
    expect(deliveries.some((row) => excluded.includes(row.subscriber_id))).toBe(false);
    expect(await listOpenChunks(env.DB, editionId)).toEqual([0, 1, 2]);

    await addSubscribers(3);
    await assignDeliveryChunks(env.DB, editionId, now);
    expect(await listDeliveries(editionId)).toEqual(deliveries);
    // The publish path's one-round-trip form: the same fixed membership, and its open chunks.
    expect(await assignOpenChunks(env.DB, editionId, now)).toEqual([0, 1, 2]);
    expect(await listDeliveries(editionId)).toEqual(deliveries);
    const members = await listChunkMembers(env.DB, editionId, 2);
    expect(members).toHaveLength(50);
    expect(members.map((member) => member.subscriberId)).toEqual([...members.map((member) => member.subscriberId)].sort((a, b) => a - b));
  });
});

describe("chunk leases", () => {
  const MINUTE = 60_000;

  it("lists a chunk as expired only once its lease ran out, or when untracked and stale", async () => {
    const editionId = await addEdition();
    const [subscriber] = await addSubscribers(1);
    const at = new Date("2030-01-01T00:00:00Z");
    await env.DB.prepare("INSERT INTO deliveries (edition_id, subscriber_id, status, attempts, updated_at, chunk) VALUES (?1, ?2, 'queued', 0, ?3, 0)")
      .bind(editionId, subscriber?.id, at.toISOString())
      .run();
    const expired = async (minutes: number) =>
      (await listExpiredChunks(env.DB, new Date(at.getTime() + minutes * MINUTE), new Date(at.getTime() + (minutes - 10) * MINUTE), 1000)).filter(
        (chunk) => chunk.editionId === editionId,
      );
    expect(await expired(5)).toEqual([]);
    expect(await expired(11)).toEqual([{ editionId, chunk: 0, firstCallAt: null, uncertain: false }]);

    await claimChunks(env.DB, [{ editionId, chunk: 0 }], new Date(at.getTime() + 11 * MINUTE), new Date(at.getTime() + 21 * MINUTE));
    expect(await expired(20)).toEqual([]);
    expect(await expired(22)).toHaveLength(1);
    const { state } = await loadChunkState(env.DB, { editionId, chunk: 0 }, at, at);
    expect(state).toMatchObject({ round: 0, failures: 0, waiting: null, leaseUntil: new Date(at.getTime() + 21 * MINUTE).toISOString() });

    await env.DB.prepare("UPDATE deliveries SET status = 'sent' WHERE edition_id = ?1").bind(editionId).run();
    expect(await expired(60)).toEqual([]);
  });

  it("requeues failed rows under a new round of their chunk, once", async () => {
    const editionId = await addEdition();
    const [first, second] = await addSubscribers(2);
    const now = new Date();
    for (const [subscriber, status] of [[first, "failed"], [second, "sent"]] as const) {
      await env.DB.prepare("INSERT INTO deliveries (edition_id, subscriber_id, status, attempts, updated_at, chunk) VALUES (?1, ?2, ?3, 1, ?4, 3)")
        .bind(editionId, subscriber?.id, status, now.toISOString())
        .run();
    }
    expect(await requeueRows(env.DB, editionId, "failed", now, now)).toEqual({ rows: 1, chunks: [{ editionId, chunk: 3 }] });
    expect(await requeueRows(env.DB, editionId, "failed", now, now)).toEqual({ rows: 0, chunks: [] });
    expect((await listDeliveries(editionId)).map((row) => row.status)).toEqual(["queued", "sent"]);
    expect((await loadChunkState(env.DB, { editionId, chunk: 3 }, now, now)).state.round).toBe(1);
  });
});
