// The operator's delivery levers in the console: retry failed, resend or mark sent the
// 'unknown' rows. CSRF-protected, idempotent, and a resend uses a new Idempotency-Key.
import { env } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ensureFeed } from "../../src/db/feeds";
import { replaceItemErrors } from "../../src/db/item-errors";
import { getPage, postForm, signIn } from "../http/console-support";
import { arrange, consume, deliveryEnv, emailsTo, setupResend } from "./deliver-support";

afterEach(async () => {
  await env.DB.prepare("UPDATE subscribers SET status = 'unsubscribed' WHERE status = 'active'").run();
});

const setStatus = (editionId: number, status: string) =>
  env.DB.prepare("UPDATE deliveries SET status = ?2, last_error = 'x' WHERE edition_id = ?1").bind(editionId, status).run();

describe("delivery actions in the console", () => {
  it("shows the per-edition status and retries failed deliveries once, under a new key", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const resend = setupResend();
    const { subscribers, editionId, chunks, mine } = await arrange(2);
    const run = deliveryEnv();
    resend.failNext({ type: "status", status: 401, name: "missing_api_key", message: "Missing API key." });
    await consume(run.env, editionId, chunks);
    expect((await mine()).map((row) => row.status)).toEqual(["failed", "failed"]);
    const session = await signIn();
    const page = await (await getPage(session, `/admin/console/editions/${editionId}`)).text();
    expect(page).toContain("failed 2");
    expect(page).toContain("Retry 2 failed");

    const forged = await postForm(session, `/admin/console/editions/${editionId}/deliveries`, { action: "retry_failed", csrf: "forged" }, run.env);
    expect(forged.status).toBe(403);
    expect(run.queued).toHaveLength(0);

    const first = await postForm(session, `/admin/console/editions/${editionId}/deliveries`, { action: "retry_failed" }, run.env);
    expect(first.status).toBe(303);
    expect(first.headers.get("location")).toContain("2%20deliveries%20queued%20again");
    const again = await postForm(session, `/admin/console/editions/${editionId}/deliveries`, { action: "retry_failed" }, run.env);
    expect(again.headers.get("location")).toContain("0%20deliveries");
    expect(run.queued.map((item) => item.body)).toEqual([{ kind: "deliver", editionId, chunk: chunks[0] }]);
    await consume(run.env, editionId, chunks);
    expect(emailsTo(resend, subscribers)).toHaveLength(2);
    expect(resend.calls.at(-1)?.idempotencyKey).toBe(`edition-${editionId}-chunk-${chunks[0]}-round-1`);
  });

  it("resends 'unknown' deliveries on request, or marks them sent without sending", async () => {
    const resend = setupResend();
    const resent = await arrange(1);
    const accepted = await arrange(1);
    const run = deliveryEnv();
    await setStatus(resent.editionId, "unknown");
    await setStatus(accepted.editionId, "unknown");
    const session = await signIn();
    const page = await (await getPage(session, `/admin/console/editions/${resent.editionId}`)).text();
    expect(page).toContain("unknown 1");
    expect(page).toMatch(/Mark as sent[\s\S]*Resend/);

    await postForm(session, `/admin/console/editions/${resent.editionId}/deliveries`, { action: "resend_unknown" }, run.env);
    await consume(run.env, resent.editionId, resent.chunks);
    expect(emailsTo(resend, resent.subscribers)).toHaveLength(1);

    await postForm(session, `/admin/console/editions/${accepted.editionId}/deliveries`, { action: "mark_sent" }, run.env);
    expect((await accepted.mine()).map((row) => [row.status, row.last_error])).toEqual([["sent", "marked as sent by the operator"]]);
    expect(run.queued.filter((item) => item.body.editionId === accepted.editionId)).toHaveLength(0);
    expect(emailsTo(resend, accepted.subscribers)).toHaveLength(0);
  });

  it("shows a quota pause and the feed items left out on the overview", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const resend = setupResend();
    const { editionId, chunks } = await arrange(1);
    resend.failNext({ type: "quota", name: "monthly_quota_exceeded" });
    await consume(deliveryEnv().env, editionId, chunks);
    const feed = await ensureFeed(env.DB, `https://feeds.test/overview-${crypto.randomUUID()}.xml`, new Date());
    const error = { guid: "g-broken", link: "https://example.com/broken", title: "A broken review", error: "could not prepare: RangeError: boom" };
    await replaceItemErrors(env.DB, feed.id, [error], new Date());
    const page = await (await getPage(await signIn(), "/admin")).text();
    expect(page).toContain("Paused: the Resend sending quota is used up");
    expect(page).toContain(`#${editionId}`);
    expect(page).toContain("A broken review");
    expect(page).toContain("could not prepare: RangeError: boom");
    await replaceItemErrors(env.DB, feed.id, [], new Date());
    expect(await (await getPage(await signIn(), "/admin")).text()).not.toContain("A broken review");
  });
});
