// POST /admin/send-latest after a seeding first poll: the newest review goes out as a normal
// edition to active subscribers, once; a repeat sends nothing. Through the worker's real fetch.
import { env } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import { pollFeeds } from "../../src/jobs/poll";
import { ADMIN_TOKEN, send } from "../http/console-support";
import { buildMediumFeed, createFakeFeed, uniqueFeedUrl, uniqueItem } from "../support/fake-feed";
import { createFakeResend } from "../support/fake-resend";
import { installNetwork } from "../support/network";
import { addSubscribers, listDeliveries } from "../support/pipeline";

function setup() {
  const url = uniqueFeedUrl();
  const newest = { ...uniqueItem("newest"), published: "Wed, 06 Dec 2023 10:00:00 GMT" };
  const older = { ...uniqueItem("older"), published: "Mon, 04 Dec 2023 10:00:00 GMT" };
  const feed = createFakeFeed(buildMediumFeed([older, newest]));
  const resend = createFakeResend();
  installNetwork({ "feeds.test": feed.handle, "resend.test": resend.handle });
  return { url, newest, older, resend, workerEnv: { ...env, FEED_URL: url } };
}

function sendLatest(workerEnv: Env, body?: unknown, token = ADMIN_TOKEN) {
  const init: RequestInit = { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" } };
  if (body !== undefined) init.body = JSON.stringify(body);
  return send("/admin/send-latest", init, workerEnv);
}

describe("POST /admin/send-latest", () => {
  it("sends the newest seeded review once to each active subscriber; a repeat says it was already sent", async () => {
    const { url, newest, resend, workerEnv } = setup();
    const active = await addSubscribers(2);
    const [gone] = await addSubscribers(1, { status: "unsubscribed" });
    const seeded = await pollFeeds(workerEnv, new Date());
    expect(seeded.ok && seeded.feeds[0]).toMatchObject({ status: "seeded", seeded: 2, newReviews: 0 });

    const first = await sendLatest(workerEnv);
    expect(first.status).toBe(200);
    const summary = (await first.json()) as { ok: true; feeds: { result: string; editionId: number; title: string }[] };
    expect(summary.feeds).toEqual([expect.objectContaining({ feedUrl: url, result: "sent", title: newest.title })]);
    const editionId = summary.feeds[0]?.editionId ?? 0;
    await vi.waitFor(async () => expect((await listDeliveries(editionId)).map((row) => row.status)).toEqual(["sent", "sent"]), { timeout: 10_000, interval: 200 });
    for (const subscriber of active) {
      const mail = resend.sentTo(subscriber.email);
      expect(mail).toHaveLength(1);
      expect(mail[0]?.subject).toContain(newest.title);
    }
    expect(resend.sentTo(gone?.email ?? "")).toHaveLength(0);

    const again = await sendLatest(workerEnv, { feedUrl: url });
    expect(await again.json()).toMatchObject({ ok: true, feeds: [{ result: "already_sent", editionId }] });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (const subscriber of active) expect(resend.sentTo(subscriber.email)).toHaveLength(1);
  });

  it("sends the newest review of a feed never polled, and seeds the rest", async () => {
    const { older, workerEnv } = setup();
    const response = await sendLatest(workerEnv);
    const body = (await response.json()) as { feeds: { result: string; editionId: number }[] };
    expect(body.feeds[0]?.result).toBe("sent");
    const olderRow = await env.DB.prepare("SELECT edition_id FROM reviews WHERE guid = ?1").bind(older.guid).first<{ edition_id: number | null }>();
    expect(olderRow).toEqual({ edition_id: null });
  });

  it("two requests at once send one edition", async () => {
    const { workerEnv } = setup();
    await pollFeeds(workerEnv, new Date());
    const answers = await Promise.all([sendLatest(workerEnv), sendLatest(workerEnv)]);
    const results = await Promise.all(answers.map(async (answer) => ((await answer.json()) as { feeds: { result: string; editionId: number }[] }).feeds[0]));
    expect(results.map((result) => result?.result).sort()).toEqual(["already_sent", "sent"]);
    expect(results[0]?.editionId).toBe(results[1]?.editionId);
  });

  it("needs the bearer token, a configured feed and a JSON body", async () => {
    const { workerEnv } = setup();
    expect((await sendLatest(workerEnv, undefined, "wrong-token-0123456789")).status).toBe(401);
    const unknown = await sendLatest(workerEnv, { feedUrl: "https://elsewhere.test/feed.xml" });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ error: "unknown_feed", message: expect.stringContaining("not one of the configured feeds") });
    const malformed = await send("/admin/send-latest", { method: "POST", headers: { authorization: `Bearer ${ADMIN_TOKEN}` }, body: "{nope" }, workerEnv);
    expect(malformed.status).toBe(400);
  });

  it("reports a feed that cannot be fetched, sending nothing", async () => {
    const { workerEnv } = setup();
    installNetwork({ "feeds.test": () => new Response("gone", { status: 410, statusText: "Gone" }) });
    const body = await (await sendLatest(workerEnv)).json();
    expect(body).toMatchObject({ ok: true, feeds: [{ result: "error", message: expect.stringContaining("HTTP 410") }] });
  });
});
