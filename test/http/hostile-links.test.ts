// Issue 13, links and headers from a hostile feed: every feed-supplied URL goes through
// safeFeedUrl (email, archive, /feed.xml, console, channel payloads), and header text from
// feed data loses its control characters (edition send, test send, outbox).
import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import { safeFeedUrl } from "../../src/core/feed-links";
import { cleanSubject } from "../../src/core/header-text";
import { pollFeeds } from "../../src/jobs/poll";
import { addChannelEdition, channelEnv, consume, spoilerFreeReview } from "../support/channels";
import { createFakeFeed, uniqueFeedUrl } from "../support/fake-feed";
import { createFakeResend } from "../support/fake-resend";
import { installNetwork } from "../support/network";
import { addSubscribers, findFeedRow } from "../support/pipeline";
import { signIn, postForm } from "./console-support";

const UNSAFE = /javascript:|vbscript:|data:text|mailto:x@/i;

function hostileFeed(tag: string): string {
  const item = (title: string, link: string, guid: string) =>
    `<item><title>${title}</title><link>${link}</link><guid isPermaLink="false">${tag}-${guid}</guid>` +
    `<pubDate>Tue, 05 Dec 2023 14:31:07 GMT</pubDate><description>&lt;p&gt;A review.&lt;/p&gt;</description></item>`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Critic</title>` +
    `<link>https://critic.example/</link><description>x</description>` +
    item("Plain script", "javascript:alert(1)", "1") +
    item("Hidden script", "&#74;a&#86;a&#x53;cript&#x3a;alert(2)", "2") +
    item("Data", "data:text/html;base64,PHNjcmlwdD4=", "3") +
    item("Mail", "mailto:x@evil.example", "4") +
    item("Relative", "/posts/relative-one?utm_source=rss", "5") +
    item("Film&#13;&#10;Bcc: x@evil.example", "https://critic.example/film", "6") +
    `</channel></rss>`
  );
}

async function fetchWorker(path: string, runEnv: Env = env): Promise<Response> {
  const ctx = createExecutionContext();
  const response = await worker.fetch(new Request(`https://digest.test${path}`), runEnv, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

describe("a feed with hostile links and a CR/LF title", () => {
  it("repro: javascript: (plain and entity-hidden), data: and mailto: links never become an href anywhere", async () => {
    const url = uniqueFeedUrl();
    const resend = createFakeResend({ ratePerSecond: 1000 });
    const ok = () => new Response(null, { status: 204 });
    const network = installNetwork({
      "feeds.test": createFakeFeed(hostileFeed(crypto.randomUUID().slice(0, 8))).handle,
      "resend.test": resend.handle,
      "discord.test": ok,
      "hooks.slack.test": () => new Response("ok"),
      "hooks.example.test": ok,
    });
    const [reader] = await addSubscribers(1);
    const { env: runEnv, recorded } = channelEnv({ FEED_URL: url, SEND_LATEST_ON_FIRST_POLL: "10" });
    const summary = await pollFeeds(runEnv, new Date());
    const editionId = summary.ok ? summary.editionIds[0] : undefined;
    expect(editionId).toBeTypeOf("number");
    await consume(runEnv, recorded.bodies);

    // Email: the four bad links point at the feed's site; the relative one resolves against the feed URL.
    const [mail] = resend.sentTo(reader?.email ?? "");
    expect(mail?.html).not.toMatch(UNSAFE);
    expect(mail?.text).not.toMatch(UNSAFE);
    expect(mail?.html).toContain('href="https://critic.example/"');
    expect(mail?.html).toContain("https://feeds.test/posts/relative-one");
    expect(mail?.html).not.toContain("utm_source");
    // Header: no CR/LF from the title.
    expect(mail?.subject).not.toMatch(/[\r\n]/);
    // The operator is told, on the feed's status.
    const row = (await findFeedRow(url)) as { last_warning?: string } | null;
    expect(row?.last_warning).toMatch(/^4 items' links were not an http\(s\) URL \("javascript:alert\(1\)", "JaVaScript:alert\(2\)", "data:/);

    // Archive, /feed.xml, channel payloads.
    const archive = await (await fetchWorker(`/archive/${editionId}`, runEnv)).text();
    expect(archive).not.toMatch(UNSAFE);
    expect(archive).toContain("https://critic.example/");
    const rss = await (await fetchWorker("/feed.xml", runEnv)).text();
    expect(rss).not.toMatch(UNSAFE);
    const posted = await Promise.all(network.requests.filter((request) => !/resend|feeds/.test(request.url)).map((request) => request.text()));
    expect(posted).toHaveLength(3);
    for (const payload of posted) {
      expect(payload).not.toMatch(UNSAFE);
      expect(payload).toContain("https://critic.example/");
    }
  });

  it("an edition stored before the rule: channels and /feed.xml fall back to the archive page", async () => {
    const network = installNetwork({ "discord.test": () => new Response(null, { status: 204 }), "hooks.slack.test": () => new Response("ok"), "hooks.example.test": () => new Response(null, { status: 204 }) });
    const { env: runEnv, recorded } = channelEnv();
    const editionId = await addChannelEdition([spoilerFreeReview({ link: "javascript:alert(1)" })]);
    const { queueChannelDeliveries } = await import("../../src/jobs/channels");
    await queueChannelDeliveries(runEnv, editionId, new Date());
    await consume(runEnv, recorded.bodies);
    const posted = await Promise.all(network.requests.map((request) => request.text()));
    expect(posted.length).toBeGreaterThan(0);
    for (const payload of posted) {
      expect(payload).not.toMatch(UNSAFE);
      expect(payload).toContain(`/archive/${editionId}`);
    }
    const rss = await (await fetchWorker("/feed.xml")).text();
    expect(rss).not.toMatch(UNSAFE);
  });

  it("test send and the outbox: a subject stored with CR/LF goes out on one line", async () => {
    const row = await env.DB.prepare(
      "INSERT INTO editions (kind, subject, html, text, created_at) VALUES ('instant', ?1, '<p>x</p>', 'x', ?2) RETURNING id",
    )
      .bind(`Film\r\nBcc: x@evil.example\u2028X-Evil: 1 ${"long ".repeat(80)}`, new Date().toISOString())
      .first<{ id: number }>();
    const session = await signIn();
    const outboxEnv = { ...env, RESEND_API_KEY: "" };
    const to = `test-send-${crypto.randomUUID().slice(0, 8)}@example.org`;
    const answer = await postForm(session, "/admin/console/test-send", { edition: String(row?.id), email: to }, outboxEnv);
    expect(answer.status).toBe(200);
    const stored = await env.DB.prepare("SELECT subject, from_address FROM outbox WHERE to_address = ?1").bind(to).first<{ subject: string; from_address: string }>();
    expect(stored?.subject).toMatch(/^\[Test\] Film Bcc: x@evil\.example X-Evil: 1 long/);
    expect(stored?.subject).not.toMatch(/[\u0000-\u001f\u2028\u2029]/);
    expect(Array.from(stored?.subject ?? "").length).toBeLessThanOrEqual(250);
    expect(stored?.subject.endsWith("…")).toBe(true);
  });
});

describe("safeFeedUrl, the one rule", () => {
  it.each([
    ["javascript:alert(1)", undefined],
    ["JaVaScript:alert(1)", undefined],
    [" java\tscript:alert(1)", undefined],
    ["\u0001javascript:alert(1)", undefined],
    ["vbscript:msgbox", undefined],
    ["data:text/html,<script>", undefined],
    ["mailto:a@b.example", undefined],
    ["https://user:pw@bank.example/", undefined],
    ["https://", undefined],
    ["http:///", undefined],
    ["", undefined],
    ["/p/1?utm_source=rss&x=1", "https://blog.example/p/1?x=1"],
    ["//other.example/a", "https://other.example/a"],
    ["HTTPS://Blog.Example/A", "https://blog.example/A"],
  ])("%j → %j", (value, expected) => {
    expect(safeFeedUrl(value, "https://blog.example/feed.xml")).toBe(expected);
  });

  it("without a base, a relative link is not a link", () => {
    expect(safeFeedUrl("/p/1")).toBeUndefined();
  });
});

describe("cleanSubject", () => {
  it("folds controls, separators and whitespace runs; caps at 250 characters with an ellipsis", () => {
    expect(cleanSubject("Film\r\nBcc: x@evil.example")).toBe("Film Bcc: x@evil.example");
    expect(cleanSubject("a\u2028b\u2029c\u0085d\u0000e\t\tf")).toBe("a b c d e f");
    const long = cleanSubject("🎬".repeat(300));
    expect(Array.from(long)).toHaveLength(250);
    expect(long.endsWith("…")).toBe(true);
  });
});
