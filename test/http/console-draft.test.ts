// The console preview for authors: a pasted draft, and the same publication name as the email.
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { buildMediumFeed, createFakeFeed, uniqueFeedUrl, uniqueItem } from "../support/fake-feed";
import { installNetwork } from "../support/network";
import { getPage, postForm, signIn } from "./console-support";

/** The srcdoc of each frame, unescaped, by title. */
function frames(page: string): Map<string, string> {
  const unescape = (text: string) => text.replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&#39;/g, "'").replace(/&amp;/g, "&");
  return new Map([...page.matchAll(/<iframe title="([^"]*)" sandbox="" srcdoc="([^"]*)"/g)].map((match) => [unescape(match[1] ?? ""), unescape(match[2] ?? "")]));
}

describe("console preview: paste your draft", () => {
  it("offers a draft box beside the feed form", async () => {
    const page = await (await getPage(await signIn(), "/admin/console/preview")).text();
    expect(page).toMatch(/<form method="post" action="\/admin\/console\/preview\/draft"[\s\S]*?<textarea id="draft" name="draft"/);
  });

  it("shows what the spoiler pass does to a draft, signed with the email's publication name", async () => {
    const session = await signIn();
    const draft = "<h1>Past Lives</h1><p>A quiet, aching film.</p><p>(Spoilers ahead)</p><p>They do not end up together.</p><p>(End of spoilers)</p><p>See it big.</p>";
    const response = await postForm(session, "/admin/console/preview/draft", { draft, title: "Past Lives (2023)" });
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain("1 passage removed");
    expect(page).toContain("warning line");
    const shown = frames(page);
    expect(shown.get("Spoiler-free: Past Lives (2023)")).not.toContain("They do not end up together");
    expect(shown.get("Original: Past Lives (2023)")).toContain("They do not end up together");
    const email = shown.get("The email as subscribers would get it") ?? "";
    expect(email).toContain("subscribed to Jeff Light Reviews");
    expect(email).not.toMatch(/\{\{\w+\}\}/);
  });

  it("takes plain text too, and refuses an empty draft", async () => {
    const session = await signIn();
    const plain = await postForm(session, "/admin/console/preview/draft", { draft: "First thoughts.\n\nSpoiler alert: he was dead all along.\n\nEnd of spoilers\n\nGo see it." });
    expect(await plain.text()).toContain("1 passage removed");
    const empty = await postForm(session, "/admin/console/preview/draft", { draft: "" });
    expect(empty.status).toBe(400);
  });

  it("previews a feed under the same publication name as the real email, not the feed's title", async () => {
    const url = uniqueFeedUrl();
    installNetwork({ "feeds.test": createFakeFeed(buildMediumFeed([uniqueItem()])).handle });
    const page = await (await postForm(await signIn(), "/admin/console/preview", { url }, { ...env, FEED_URL: url })).text();
    const email = frames(page).get("The email as subscribers would get it") ?? "";
    expect(email).toContain("subscribed to Jeff Light Reviews");
    expect(email).not.toContain("Stories by Jeff Light on Medium");
  });
});
