// The poll's one D1 batch: reviews, item errors and the feed's state are stored together, or
// (an overlapping poll got there first) not at all.
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ensureFeed } from "../../src/db/feeds";
import { storeReviews } from "../../src/jobs/store-reviews";
import { uniqueFeedUrl } from "../support/fake-feed";

async function itemErrorGuids(feedId: number): Promise<string[]> {
  const { results } = await env.DB.prepare("SELECT guid FROM feed_item_errors WHERE feed_id = ?1 ORDER BY guid").bind(feedId).all<{ guid: string }>();
  return results.map((row) => row.guid);
}

describe("storeReviews", () => {
  it("replaces the feed's item errors in the same batch, and leaves them alone when an overlapping poll won", async () => {
    const now = new Date();
    const feed = await ensureFeed(env.DB, uniqueFeedUrl(), now);
    const key = { guid: `g-${crypto.randomUUID()}`, link: `https://example.com/${crypto.randomUUID()}`, title: "Seen" };
    const failed = (guid: string) => ({ guid, link: `https://example.com/${guid}`, title: guid, error: "could not render: too large" });
    const poll = { status: "ok" as const };

    const first = await storeReviews(env.DB, { feedId: feed.id, editions: [], seedOnly: [key], itemErrors: [failed("bad-1"), failed("bad-2")], poll }, now);
    expect(first).toEqual({ stored: true, editionIds: [] });
    expect(await itemErrorGuids(feed.id)).toEqual(["bad-1", "bad-2"]);

    const overlap = await storeReviews(env.DB, { feedId: feed.id, editions: [], seedOnly: [key], itemErrors: [], poll }, now);
    expect(overlap).toEqual({ stored: false, reason: "already_seen" });
    expect(await itemErrorGuids(feed.id)).toEqual(["bad-1", "bad-2"]);

    await storeReviews(env.DB, { feedId: feed.id, editions: [], seedOnly: [], itemErrors: [], poll }, now);
    expect(await itemErrorGuids(feed.id)).toEqual([]);
  });
});
