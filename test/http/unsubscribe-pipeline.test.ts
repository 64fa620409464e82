// The whole loop through the real pipeline: subscribe, confirm, receive an edition with the
// one-click headers, unsubscribe from them, and receive nothing after that.
import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import worker from "../../src/index";
import { buildMediumFeed, createFakeFeed, uniqueFeedUrl, uniqueItem } from "../support/fake-feed";
import { createFakeResend } from "../support/fake-resend";
import { installNetwork } from "../support/network";
import { callWorker, confirmLinkIn, seedSubscriber, subscribeForm, subscriberStatus, uniqueEmail } from "../support/subscribers";

async function runCron(feedUrl: string) {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: "*/15 * * * *" }), { ...env, FEED_URL: feedUrl }, ctx);
  await waitOnExecutionContext(ctx);
}

describe("one-click unsubscribe from a real edition", () => {
  it("carries both headers and a working token; after the one-click POST the next edition sends nothing", async () => {
    const url = uniqueFeedUrl();
    const first = uniqueItem("first");
    const feed = createFakeFeed(buildMediumFeed([first]));
    const resend = createFakeResend({ ratePerSecond: 1000 });
    installNetwork({ "feeds.test": feed.handle, "resend.test": resend.handle });
    const control = await seedSubscriber();
    const email = uniqueEmail("loop");

    await callWorker(subscribeForm(email));
    // The confirmation page's button POSTs the link (a GET only shows the button).
    await callWorker(new Request(confirmLinkIn(resend.sentTo(email)[0]?.text), { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "source=page" }));
    expect(await subscriberStatus(email)).toBe("active");
    await runCron(url); // seeds

    const second = uniqueItem("second");
    feed.publish(buildMediumFeed([second, first]));
    await runCron(url);
    await vi.waitFor(() => expect(resend.sentTo(email)).toHaveLength(2), { timeout: 10_000, interval: 100 });
    const edition = resend.sentTo(email)[1];
    const listUnsubscribe = edition?.headers?.["List-Unsubscribe"] ?? "";
    expect(listUnsubscribe).toMatch(/^<https:\/\/digest\.test\/unsubscribe\?token=[^>]+>/);
    expect(edition?.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const unsubscribeUrl = /<(https:[^>]+)>/.exec(listUnsubscribe)?.[1] ?? "";
    expect(edition?.text).toContain(unsubscribeUrl);

    // What Gmail does when the reader presses its Unsubscribe button.
    const oneClick = await callWorker(
      new Request(unsubscribeUrl, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "List-Unsubscribe=One-Click" }),
    );
    expect(oneClick.status).toBe(200);
    expect(await subscriberStatus(email)).toBe("unsubscribed");

    const third = uniqueItem("third");
    feed.publish(buildMediumFeed([third, second, first]));
    await runCron(url);
    await vi.waitFor(() => expect(resend.sentTo(control.email)).toHaveLength(2), { timeout: 10_000, interval: 100 });
    expect(resend.sentTo(email)).toHaveLength(2);
  });
});
