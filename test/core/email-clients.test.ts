// Every email we send, checked against caniemail's support data (@jsx-email/doiuse-email,
// pinned) for Gmail, Outlook for Windows and Outlook.com, Apple Mail and Yahoo. The only
// errors allowed are the progressive enhancements listed below, and the test proves they come
// only from where the list says.
import { describe, expect, it } from "vitest";
import { prepareDigest } from "../../src/core/digest";
import { parseFeed } from "../../src/core/feed";
import { renderDigest } from "../../src/core/render";
import { buildConfirmationEmail } from "../../src/http/confirmation-email";
import type { Settings } from "../../src/settings";
import atomXml from "../fixtures/atom-jekyll-blog.xml?raw";
import letterboxdXml from "../fixtures/letterboxd-davevis.xml?raw";
import mediumXml from "../fixtures/medium-ballerina.xml?raw";
import { CHECKED_CLIENTS, checkEmailClients } from "../support/email-clients";

/** caniemail feature → why it is safe where it fails (the README says the same). */
const ALLOWED: Record<string, string> = {
  "@media": "the dark-mode block; a client without it shows the light design, which has explicit colours",
  "<body> element": "Yahoo replaces <body>: its only style (the page colour) is repeated on the outer table",
  "display:none": "hides the preheader; where ignored, opacity, max-height and mso-hide hide it",
  opacity: "hides the preheader; where ignored, display:none or mso-hide hides it",
  overflow: "hides the preheader; where ignored, display:none or mso-hide hides it",
};

const publication = "Jeff Light Reviews";

async function renderEveryEmail(): Promise<Record<string, string>> {
  const medium = prepareDigest((await parseFeed(mediumXml)).reviews, { publication });
  const letterboxd = prepareDigest((await parseFeed(letterboxdXml)).reviews, { publication });
  const atom = prepareDigest((await parseFeed(atomXml)).reviews, { publication });
  const withheld = letterboxd.reviews.filter((review) => review.withheld);
  expect(medium.reviews).toHaveLength(1);
  expect(letterboxd.reviews).toHaveLength(3);
  expect(withheld).toHaveLength(1);
  const settings = { FROM: `${publication} <reviews@example.com>`, PUBLIC_URL: "https://digest.test" } as Settings;
  return {
    "one review (Medium)": medium.digest.html,
    "three reviews (Letterboxd)": letterboxd.digest.html,
    "a withheld review": renderDigest(withheld, { publication }).html,
    "two reviews with a removed section (Atom)": atom.digest.html,
    // What the daily job renders: every instant edition's reviews in one email.
    "combined daily digest": renderDigest([...medium.reviews, ...letterboxd.reviews, ...atom.reviews], { publication }).html,
    "confirmation email": buildConfirmationEmail(settings, "reader@example.net", "https://digest.test/confirm?token=abc").html,
  };
}

/** The same email without its preheader styles and dark-mode stylesheet. */
function withoutEnhancements(html: string): string {
  return html.replace(/<style>[\s\S]*?<\/style>/, "").replace(/(<div class="rd-preheader") style="[^"]*"/, "$1");
}

describe("caniemail support", async () => {
  const emails = await renderEveryEmail();

  it.each(Object.keys(emails))("%s: no error in any checked client apart from the allowed ones", (name) => {
    const reports = checkEmailClients(emails[name]!);
    expect(reports.map((report) => report.client)).toEqual([...CHECKED_CLIENTS]);
    for (const report of reports) {
      const unexpected = report.errors.filter((feature) => !(feature in ALLOWED));
      expect(unexpected, report.client).toEqual([]);
    }
  });

  it.each(Object.keys(emails))("%s: the allowed errors come only from the preheader, the dark-mode style and <body>", (name) => {
    for (const report of checkEmailClients(withoutEnhancements(emails[name]!))) {
      expect(report.errors.filter((feature) => feature !== "<body> element"), report.client).toEqual([]);
    }
  });

  it("has the elements Yahoo and Outlook drop nowhere, and a lang and presentation roles", () => {
    for (const html of Object.values(emails)) {
      expect(html).not.toMatch(/<(article|aside|details|figcaption|figure|footer|header|main|mark|nav|section|summary|time)\b/);
      expect(html).toContain('<html lang="en">');
      for (const table of html.match(/<table\b[^>]*>/g) ?? []) expect(table).toContain('role="presentation"');
    }
  });

  it("really checks Outlook.com, which the package's own client list lacks", () => {
    const html = '<html><head><style>@font-face { font-family: X; src: url(https://x.example/x.woff2); }</style></head><body><p style="position:absolute">x</p></body></html>';
    const outlookCom = checkEmailClients(html).find((report) => report.client === "outlook.outlook-com");
    expect(outlookCom?.errors).toContain("@font-face");
  });

  it("flags what the renderer used to send: figures for Outlook, sectioning elements for Yahoo", () => {
    const reports = checkEmailClients('<html><body><article><figure><img src="https://x.example/a.jpg" alt=""><figcaption>c</figcaption></figure></article></body></html>');
    expect(reports.find((report) => report.client === "outlook.windows")?.errors).toContain("HTML5 semantics");
    expect(reports.find((report) => report.client === "yahoo.desktop-webmail")?.errors).toContain("HTML5 semantics");
  });
});
