// The first hour on the console: a seeded feed is explained, "Send the latest review now" sends
// it once, and a test send works before any edition exists. This file's D1 starts empty, so the
// tests run in the order an operator meets these pages.
import { env } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import { pollFeeds } from "../../src/jobs/poll";
import { buildMediumFeed, createFakeFeed, uniqueFeedUrl, uniqueItem } from "../support/fake-feed";
import { createFakeResend } from "../support/fake-resend";
import { installNetwork } from "../support/network";
import { addSubscribers } from "../support/pipeline";
import { getPage, postForm, signIn } from "./console-support";

const url = uniqueFeedUrl();
const newest = { ...uniqueItem("newest"), published: "Wed, 06 Dec 2023 10:00:00 GMT", html: "<p>A tender film. (Spoilers ahead)</p><p>The dog dies.</p>" };
const older = { ...uniqueItem("older"), published: "Mon, 04 Dec 2023 10:00:00 GMT" };
const workerEnv = { ...env, FEED_URL: url };

function network() {
  const resend = createFakeResend();
  installNetwork({ "feeds.test": createFakeFeed(buildMediumFeed([older, newest])).handle, "resend.test": resend.handle });
  return resend;
}

describe("the console before the first edition", () => {
  it("test send renders the feed's newest review when there is no edition yet", async () => {
    const resend = network();
    const session = await signIn();
    const page = await (await getPage(session, "/admin/console/test-send", workerEnv)).text();
    expect(page).toContain("The newest review in the feed");
    expect(page).not.toContain("There is no edition yet. Editions appear");
    const sent = await postForm(session, "/admin/console/test-send", { edition: "latest", email: "operator@critic.test" }, workerEnv);
    expect(sent.status).toBe(200);
    expect(await sent.text()).toContain("Sent a test of the feed&#39;s newest review to operator@critic.test");
    const [mail] = resend.sentTo("operator@critic.test");
    expect(mail?.subject).toBe(`[Test] ${newest.title}`);
    expect(mail?.html).toContain("A tender film.");
    expect(mail?.html).not.toContain("The dog dies");
    expect(mail?.html).not.toContain("{{unsubscribe_url}}");
  });

  it("explains a seeded feed in one sentence and offers the button", async () => {
    network();
    await pollFeeds(workerEnv, new Date());
    const session = await signIn();
    const page = await (await getPage(session, "/admin", workerEnv)).text();
    expect(page).toContain("The first poll of a feed only records the reviews already in it");
    expect(page).toMatch(/<form method="post" action="\/admin\/console\/send-latest">[\s\S]*?Send the latest review now/);
  });

  it("the button sends the newest review once; pressing it again sends nothing", async () => {
    const resend = network();
    const [reader] = await addSubscribers(1);
    const session = await signIn();
    const first = await postForm(session, "/admin/console/send-latest", {}, workerEnv);
    expect(first.status).toBe(200);
    expect(await first.text()).toMatch(/is edition #\d+: it is on its way to your active subscribers/);
    await vi.waitFor(() => expect(resend.sentTo(reader?.email ?? "")).toHaveLength(1), { timeout: 10_000, interval: 200 });
    const again = await postForm(session, "/admin/console/send-latest", {}, workerEnv);
    expect(await again.text()).toMatch(/was already sent in edition #\d+; nothing was sent again/);
    const refused = await postForm(session, "/admin/console/send-latest", { csrf: "forged" }, workerEnv);
    expect(refused.status).toBe(403);
  });
});
