// The emails in a real browser: Debian's Chromium through playwright-core, at phone (320,
// 375 px) and desktop (600 px) widths, in light and dark colour schemes. axe-core checks
// WCAG A/AA (contrast, alt text, lang, presentation tables); the layout checks catch overflow
// and images that do not span the column. Screenshots go to test-results/email/.
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareDigest } from "../../src/core/digest";
import { parseFeed } from "../../src/core/feed";
import { renderDigest } from "../../src/core/render";
import { buildConfirmationEmail } from "../../src/http/confirmation-email";
import type { Settings } from "../../src/settings";
import { findChromium } from "./chromium";

const root = path.resolve(import.meta.dirname, "../..");
const screenshots = path.join(root, "test-results", "email");
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const axeSource = readFileSync(path.join(root, "node_modules", "axe-core", "axe.min.js"), "utf8");
// Feed images are remote; the closed network gets a 1024 × 576 stand-in, like Medium's.
const PLACEHOLDER_IMAGE = '<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="576"><rect width="1024" height="576" fill="#7a8fa6"/><circle cx="512" cy="288" r="120" fill="#c9d3de"/></svg>';
const publication = "Jeff Light Reviews";

type Scheme = "light" | "dark";
interface Violation {
  id: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

// These run in the page (tsc here has no DOM library, so they are strings).
const RUN_AXE = `axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } })
  .then((result) => result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })))`;
const FIND_OVERFLOW = `(() => {
  const width = document.documentElement.clientWidth;
  const wide = [...document.querySelectorAll("body *")].filter((element) => element.getBoundingClientRect().right > width + 0.5);
  return { scroll: document.documentElement.scrollWidth - width, elements: wide.map((element) => element.outerHTML.slice(0, 120)) };
})()`;
const MEASURE_IMAGES = `[...document.querySelectorAll(".rd-body img")].map((image) => {
  const cell = image.closest("td.rd-review");
  const style = getComputedStyle(cell);
  const column = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return { image: Math.round(image.getBoundingClientRect().width), column: Math.round(column), natural: image.naturalWidth };
})`;

let browser: Browser;
let page: Page;
let emails: Record<string, string>;

async function renderEmails(): Promise<Record<string, string>> {
  const fixture = (name: string) => readFileSync(path.join(root, "test", "fixtures", name), "utf8");
  const medium = prepareDigest((await parseFeed(fixture("medium-ballerina.xml"))).reviews, { publication });
  const letterboxd = prepareDigest((await parseFeed(fixture("letterboxd-davevis.xml"))).reviews, { publication });
  const atom = prepareDigest((await parseFeed(fixture("atom-jekyll-blog.xml"))).reviews, { publication });
  const settings = { FROM: `${publication} <reviews@example.com>`, PUBLIC_URL: "https://digest.test" } as Settings;
  return {
    "one-review": medium.digest.html,
    "three-reviews": letterboxd.digest.html,
    "daily": renderDigest([...medium.reviews, ...letterboxd.reviews, ...atom.reviews], { publication }).html,
    "confirmation": buildConfirmationEmail(settings, "reader@example.net", "https://digest.test/confirm?token=abc").html,
    // What a feed can throw at a phone: an unbroken URL as link text, a long word, a data table,
    // preformatted text with a long line.
    "long-words": renderDigest([{
      ...medium.reviews[0]!,
      title: `Supercalifragilistic${"expialidocious".repeat(6)}`,
      html: `<p>See <a href="https://x.example/">https://x.example/${"a-very-long-path-segment/".repeat(8)}</a> and ${"Pneumonoultramicroscopic".repeat(4)}.</p>`
        + "<table><tr><th>Film</th><th>Year</th><th>Rating</th></tr><tr><td>Ballerina</td><td>2023</td><td>★★★★½</td></tr></table>"
        + `<pre>INT. THEATRE - NIGHT\n    ${"The dancer crosses the stage without a sound. ".repeat(4)}\n${"runtime_minutes=105;".repeat(6)}</pre>`,
    }], { publication }).html,
  };
}

async function open(html: string, width: number, scheme: Scheme): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme: scheme });
  await page.setContent(html, { waitUntil: "load" });
}

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  emails = await renderEmails();
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  page = await browser.newPage();
  await page.route("**/*", (route) =>
    route.request().resourceType() === "image"
      ? route.fulfill({ status: 200, contentType: "image/svg+xml", body: PLACEHOLDER_IMAGE })
      : route.abort(),
  );
});

afterAll(async () => {
  await browser?.close();
});

const matrix = ["one-review", "three-reviews", "daily", "confirmation"].flatMap((name) =>
  [375, 600].flatMap((width) => (["light", "dark"] as const).map((scheme) => [name, width, scheme] as const)),
);

describe("the emails in Chromium", () => {
  it.each(matrix)("%s at %i px, %s: no axe violation (contrast, alt, lang, tables)", async (name, width, scheme) => {
    await open(emails[name]!, width, scheme);
    await page.addScriptTag({ content: axeSource });
    const violations = (await page.evaluate(RUN_AXE)) as Violation[];
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    if (name !== "daily") {
      await page.screenshot({ path: path.join(screenshots, `${name}-${width}-${scheme}.png`), fullPage: true });
    }
  });

  it.each(["one-review", "three-reviews", "daily", "confirmation", "long-words"])("%s: nothing overflows a 320 px screen", async (name) => {
    await open(emails[name]!, 320, "light");
    const overflow = (await page.evaluate(FIND_OVERFLOW)) as { scroll: number; elements: string[] };
    expect(overflow.elements).toEqual([]);
    expect(overflow.scroll).toBeLessThanOrEqual(0);
  });

  it.each([375, 600])("images span the content column at %i px", async (width) => {
    await open(emails["one-review"]!, width, "light");
    const images = (await page.evaluate(MEASURE_IMAGES)) as { image: number; column: number; natural: number }[];
    expect(images.length).toBeGreaterThan(0);
    for (const { image, column, natural } of images) {
      expect(natural).toBe(1024);
      expect(image).toBe(column);
    }
  });

  it("shows a block notice as a box and an inline one as a marker, in light and dark", async () => {
    for (const scheme of ["light", "dark"] as const) {
      await open(emails["daily"]!, 600, scheme);
      const notices = (await page.evaluate(`[...document.querySelectorAll(".rd-notice")].map((element) => {
        const style = getComputedStyle(element);
        return { tag: element.tagName, background: style.backgroundColor, border: style.borderLeftColor + " " + style.borderLeftWidth };
      })`)) as { tag: string; background: string; border: string }[];
      const tags = notices.map((notice) => notice.tag);
      expect(tags).toContain("TD");
      expect(tags).toContain("EM");
      for (const notice of notices) expect(notice.background).toBe(scheme === "light" ? "rgb(247, 243, 232)" : "rgb(42, 39, 34)");
    }
  });
});
