import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { assignDeliveryChunks, listChunkMembers, listOpenChunks } from "../../src/db/deliveries";
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
    const members = await listChunkMembers(env.DB, editionId, 2);
    expect(members).toHaveLength(50);
    expect(members.map((member) => member.subscriberId)).toEqual([...members.map((member) => member.subscriberId)].sort((a, b) => a - b));
  });
});
