// The console's preview: the worker fetches a feed and shows the next edition, with the
// original and the spoiler-free text side by side and the removed passages highlighted.
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import ballerina from "../fixtures/medium-ballerina.xml?raw";
import { buildMediumFeed, uniqueFeedUrl, uniqueItem } from "../support/fake-feed";
import { installNetwork } from "../support/network";
import { getPage, postForm, signIn } from "./console-support";

function serveFeed(body: string, status = 200) {
  return installNetwork({ "feeds.test": () => new Response(body, { status, headers: { "content-type": "application/rss+xml" } }) });
}

function framesIn(html: string): string[] {
  return [...html.matchAll(/<iframe title="([^"]+)" sandbox="" srcdoc="([^"]*)"/g)].map((match) => `${match[1]}|${match[2]}`);
}

describe("preview", () => {
  it("offers the configured feed and a field for a pasted URL", async () => {
    const session = await signIn();
    const html = await (await getPage(session, "/admin/console/preview")).text();
    expect(html).toContain('<option value="https://feeds.test/medium.xml">');
    expect(html).toMatch(/<label for="url">/);
  });

  it("shows the configured feed's latest review with its spoilers highlighted in the original only", async () => {
    const network = serveFeed(ballerina);
    const session = await signIn();
    const response = await postForm(session, "/admin/console/preview", { feed: "https://feeds.test/medium.xml" });
    expect(response.status).toBe(200);
    expect(network.requests.map((request) => request.url)).toEqual(["https://feeds.test/medium.xml"]);
    const html = await response.text();
    expect(html).toContain("has not been polled yet; showing its latest review");
    const frames = framesIn(html);
    const original = frames.find((frame) => frame.startsWith("Original:")) ?? "";
    const spoilerFree = frames.find((frame) => frame.startsWith("Spoiler-free:")) ?? "";
    expect(original).toContain("data-spoiler=&quot;");
    expect(original).toMatch(/trafficking/i);
    expect(spoilerFree).not.toContain("data-spoiler");
    expect(spoilerFree).not.toMatch(/trafficking/i);
    expect(spoilerFree).toContain("spoil anything");
    // The removed passages are listed with their marker and trigger.
    expect(html).toMatch(/<span class="badge">[a-z][^<]*<\/span> triggered by <q>/);
    expect(frames.some((frame) => frame.startsWith("The email as subscribers would get it"))).toBe(true);
  });

  it("says so when every review of a polled feed was seen, and still shows the latest", async () => {
    serveFeed(ballerina);
    const session = await signIn();
    const url = "https://feeds.test/medium.xml";
    const now = new Date().toISOString();
    const feed = await env.DB.prepare("INSERT INTO feeds (url, last_polled_at, seeded_at, created_at) VALUES (?1, ?2, ?2, ?2) ON CONFLICT (url) DO UPDATE SET seeded_at = ?2 RETURNING id")
      .bind(url, now)
      .first<{ id: number }>();
    await env.DB.prepare("INSERT INTO reviews (feed_id, guid, link, title, first_seen_at) VALUES (?1, 'https://medium.com/p/7f3a9c2e1b4d', 'https://medium.com/x', 'Ballerina', ?2)")
      .bind(feed?.id, now)
      .run();
    const html = await (await postForm(session, "/admin/console/preview", { url })).text();
    // The fixture's one item is already seen: there is no next edition yet.
    expect(html).toContain("Every review in the feed has been seen; showing the latest for a look.");
  });

  it("previews exactly the reviews a polled feed has not seen yet, and stores nothing", async () => {
    const session = await signIn();
    const url = uniqueFeedUrl();
    const [fresh, old] = [uniqueItem("fresh"), uniqueItem("old")];
    serveFeed(buildMediumFeed([fresh, old]));
    const now = new Date().toISOString();
    const feed = await env.DB.prepare("INSERT INTO feeds (url, last_polled_at, seeded_at, created_at) VALUES (?1, ?2, ?2, ?2) RETURNING id")
      .bind(url, now)
      .first<{ id: number }>();
    await env.DB.prepare("INSERT INTO reviews (feed_id, guid, link, title, first_seen_at) VALUES (?1, ?2, ?3, ?4, ?5)")
      .bind(feed?.id, old.guid, old.link, old.title, now)
      .run();
    const html = await (await postForm(session, "/admin/console/preview", { url })).text();
    expect(html).toContain("The next edition: 1 review(s) not sent yet.");
    expect(html).toContain(`<h2 id="review-0">${fresh.title}</h2>`);
    expect(html).not.toContain(old.title);
    const seen = await env.DB.prepare("SELECT COUNT(*) AS count FROM reviews WHERE feed_id = ?1").bind(feed?.id).first<{ count: number }>();
    expect(seen?.count).toBe(1);
  });

  it("reports a feed that fails to fetch, or is not a feed, without storing anything", async () => {
    const session = await signIn();
    serveFeed("oops", 500);
    const failed = await postForm(session, "/admin/console/preview", { url: "https://feeds.test/broken.xml" });
    expect(failed.status).toBe(502);
    expect(await failed.text()).toContain("Could not fetch https://feeds.test/broken.xml: HTTP 500");
    serveFeed("<html><body>not a feed</body></html>");
    const notFeed = await postForm(session, "/admin/console/preview", { url: "https://feeds.test/page.html" });
    expect(notFeed.status).toBe(502);
    expect(await notFeed.text()).toMatch(/Not (an RSS or Atom )?feed/i);
    const stored = await env.DB.prepare("SELECT COUNT(*) AS count FROM feeds WHERE url LIKE 'https://feeds.test/%.html' OR url LIKE '%broken%'").first<{ count: number }>();
    expect(stored?.count).toBe(0);
  });

  it("caps the size of a fetched feed", async () => {
    const session = await signIn();
    serveFeed(`<rss>${"x".repeat(2 * 1024 * 1024 + 10)}</rss>`);
    const response = await postForm(session, "/admin/console/preview", { url: "https://feeds.test/huge.xml" });
    expect(response.status).toBe(502);
    expect(await response.text()).toContain("larger than 2097152 bytes");
  });

  it("refuses a URL that is not http(s) with a 400", async () => {
    const session = await signIn();
    const response = await postForm(session, "/admin/console/preview", { url: "file:///etc/passwd" });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("The feed URL must be an http(s) URL.");
  });
});
