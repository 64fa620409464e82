// The operator console in a real browser: Chromium (see chromium.ts) driven by playwright-core against
// the worker under `wrangler dev`, with the feed served by a tiny local HTTP server. Each step
// saves a screenshot under test-results/.
import { mkdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findChromium } from "./chromium";
import { findFreePort, startDevWorker, type DevWorker } from "./wrangler-dev";

const root = path.resolve(import.meta.dirname, "../..");
const screenshots = path.join(root, "test-results", "console");
const ADMIN_TOKEN = "browser-admin-token-0123456789";
// The flags that work on this machine kind: without the background-networking ones Chromium
// keeps dialling Google's hosts, which the closed network refuses.
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

// These callbacks run in the page; tsc here has no DOM library, so name the little they use.
interface BrowserGlobals {
  getComputedStyle(element: unknown, pseudo?: string): { backgroundColor: string; display: string; content: string };
}

let feedServer: Server;
let worker: DevWorker;
let browser: Browser;
let page: Page;

async function startFeedServer(): Promise<string> {
  const feed = readFileSync(path.join(root, "test/fixtures/medium-ballerina.xml"));
  const port = await findFreePort();
  feedServer = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8" });
    response.end(feed);
  });
  await new Promise<void>((resolve) => feedServer.listen(port, "127.0.0.1", resolve));
  return `http://127.0.0.1:${port}/feed.xml`;
}

async function snap(name: string): Promise<void> {
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
}

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  const feedUrl = await startFeedServer();
  worker = await startDevWorker({
    ADMIN_TOKEN,
    TOKEN_SECRET: "browser-token-secret-0123456789abcdef",
    PUBLISH_SECRET: "browser-publish-secret-0123456789",
    RESEND_API_KEY: "",
    RESEND_BASE_URL: "",
    RESEND_WEBHOOK_SECRET: "",
    FEED_URL: feedUrl,
    // The first poll sends its latest review, so the test sees an edition at once.
    SEND_LATEST_ON_FIRST_POLL: "1",
  });
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await worker?.stop();
  await new Promise((resolve) => (feedServer ? feedServer.close(resolve) : resolve(undefined)));
});

async function pollNow(): Promise<void> {
  const response = await fetch(`${worker.url}/admin/poll`, { method: "POST", headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  expect(response.status, await response.clone().text()).toBeLessThan(300);
}

describe("the operator console in Chromium", () => {
  it("signs in, refusing a wrong token first", async () => {
    await page.goto(`${worker.url}/admin`);
    expect(new URL(page.url()).pathname).toBe("/admin/login");
    await page.getByLabel("Admin token").fill("not-the-token-0123456789");
    await page.getByRole("button", { name: "Sign in" }).click();
    expect(await page.getByRole("alert").textContent()).toContain("Sign-in failed");
    await page.getByLabel("Admin token").fill(ADMIN_TOKEN);
    await snap("01-sign-in");
    // By keyboard alone: Tab from the field reaches the button, Enter submits.
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement.textContent")).toBe("Sign in");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Overview" }).waitFor();
  });

  it("imports a subscriber, polls, and shows the poll and the edition on the overview", async () => {
    await page.goto(`${worker.url}/admin/console/subscribers`);
    await page.getByLabel("or paste CSV").fill("email,name\nreader@example.org,Reader");
    await page.getByRole("button", { name: "Import" }).click();
    expect(await page.getByRole("status").first().textContent()).toContain("Imported 1 new");
    await pollNow();
    await page.goto(`${worker.url}/admin`);
    const feeds = page.getByRole("table", { name: "Feeds" });
    expect(await feeds.textContent()).toMatch(/Stories by Jeff Light on Medium/);
    expect(await feeds.locator("td .badge").first().textContent()).toMatch(/ok|seeded/);
    expect(await page.getByRole("table", { name: "Editions" }).textContent()).toContain("Ballerina");
    await snap("02-overview-after-poll");
  });

  it("opens an edition: the email in a frame and what the spoiler engine removed", async () => {
    await page.getByRole("table", { name: "Editions" }).getByRole("link").first().click();
    await page.getByRole("heading", { name: "What the spoiler engine removed" }).waitFor();
    expect(await page.locator(".removed blockquote").first().textContent()).toMatch(/\w+/);
    const email = page.frameLocator('iframe[title^="Email of edition"]');
    expect(await email.locator("body").textContent()).toContain("Ballerina");
    expect(await email.locator("body").textContent()).not.toMatch(/trafficking/i);
    await snap("03-edition");
  });

  it("runs a preview and highlights a removed spoiler in the original", async () => {
    await page.goto(`${worker.url}/admin/console/preview`);
    await page.getByRole("button", { name: "Preview the next edition" }).click();
    const original = page.frameLocator('iframe[title^="Original:"]');
    const spoiler = original.locator("[data-spoiler]").first();
    await spoiler.waitFor();
    const background = await spoiler.evaluate((element) => (globalThis as unknown as BrowserGlobals).getComputedStyle(element).backgroundColor);
    expect(background).toBe("rgb(255, 241, 194)");
    expect(await page.frameLocator('iframe[title^="Spoiler-free:"]').locator("[data-spoiler]").count()).toBe(0);
    // The frame, not the span inside it: Playwright never sees a multi-line inline span in a
    // script-less sandboxed frame as "stable", and the screenshot only needs the frame in view.
    await page.locator('iframe[title^="Original:"]').scrollIntoViewIfNeeded();
    await snap("04-preview");
  });

  it("sends a test and finds it in the outbox", async () => {
    await page.goto(`${worker.url}/admin/console/test-send`);
    await page.getByLabel("Send to").fill("operator@example.org");
    await page.getByRole("button", { name: "Send test" }).click();
    expect(await page.getByRole("status").textContent()).toContain("Sent a test of edition");
    await page.getByRole("link", { name: "it is in the outbox" }).click();
    const message = page.getByRole("article").filter({ hasText: "operator@example.org" }).first();
    expect(await message.getByRole("heading").textContent()).toMatch(/^\[Test\] /);
    expect(await message.frameLocator("iframe").locator("body").textContent()).toContain("Ballerina");
    await snap("05-outbox");
  });

  it("reads on a 375 px phone without sideways scrolling, tables stacked into labelled rows", async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    const edition = await page.goto(`${worker.url}/admin/console/editions`).then(() => page.getByRole("table", { name: "Editions" }).getByRole("link").first().getAttribute("href"));
    const pages = ["/admin", "/admin/console/editions", edition ?? "/admin/console/editions", "/admin/console/subscribers", "/admin/console/outbox", "/admin/console/test-send", "/admin/console/preview"];
    for (const path of pages) {
      await page.goto(`${worker.url}${path}`);
      const overflow = await page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
      expect(overflow, `${path} scrolls sideways by ${String(overflow)} px`).toBeLessThanOrEqual(0);
    }
    await page.goto(`${worker.url}/admin/console/preview`);
    await page.getByRole("button", { name: "Preview the next edition" }).click();
    await page.locator('iframe[title^="Original:"]').first().waitFor();
    expect(await page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")).toBeLessThanOrEqual(0);
    await page.goto(`${worker.url}/admin`);
    const firstCell = page.getByRole("table", { name: "Feeds" }).locator("td").nth(1);
    expect(await firstCell.evaluate((cell) => (globalThis as unknown as BrowserGlobals).getComputedStyle(cell).display)).toBe("block");
    expect(await firstCell.evaluate((cell) => (globalThis as unknown as BrowserGlobals).getComputedStyle(cell, "::before").content)).toBe('"Last poll: "');
    await snap("06-overview-phone");
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("signs out, and the console is closed again", async () => {
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("heading", { name: "Sign in to the console" }).waitFor();
    await page.goto(`${worker.url}/admin/console/outbox`);
    expect(new URL(page.url()).pathname).toBe("/admin/login");
  });
});
