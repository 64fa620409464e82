import { parseDocument } from "htmlparser2";
import { findAll, textContent } from "domutils";
import { describe, expect, it } from "vitest";
import { fillPlaceholders, PLACEHOLDERS, renderDigest } from "../../src/core/render";
import type { SpoilerFreeReview } from "../../src/core/types";

function review(overrides: Partial<SpoilerFreeReview> = {}): SpoilerFreeReview {
  return {
    id: "r1",
    link: "https://blog.example/ballerina/",
    title: "Ballerina (2023)",
    author: "Jeff Light",
    published: "2023-12-05T14:31:07.000Z",
    categories: [],
    html: "<p>Oldboy meets John Wick.</p><p>The second paragraph.</p>",
    source: "generic",
    containsSpoilers: false,
    removed: [],
    withheld: false,
    ...overrides,
  };
}

const bytes = (text: string) => new TextEncoder().encode(text).length;
const paragraphs = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, index) => `<p>${prefix} paragraph ${index}: ${"word ".repeat(80)}</p>`).join("");

/** The review bodies as laid out in the email. */
function bodiesOf(html: string): string[] {
  const document = parseDocument(html);
  return findAll((element) => element.attribs.class === "rd-body", document.children).map((element) =>
    textContent(element),
  );
}

describe("renderDigest, structure", () => {
  it("lays out one review as a 600px table email with its parts", () => {
    const digest = renderDigest([review()], { publication: "Jeff Light Reviews" });
    expect(digest.subject).toBe("Ballerina (2023)");
    expect(digest.preheader).toBe("Oldboy meets John Wick.");
    expect(digest.html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(digest.html).toContain('<meta name="color-scheme" content="light dark"/>');
    expect(digest.html).toContain('<!--[if mso]><table role="presentation" align="center" width="600"');
    expect(digest.html).toMatch(/<table role="presentation" class="rd-card" [^>]*max-width:600px;/);
    expect(digest.html).toContain("Ballerina (2023)</a></h1>");
    expect(digest.html).toContain("By Jeff Light · 5 December 2023");
    expect(digest.html).toMatch(/<p style="margin:0 0 16px 0;[^"]*mso-line-height-rule:exactly;">Oldboy meets John Wick.<\/p><p [^>]*>The second paragraph.<\/p>/);
    expect(digest.html).toMatch(/<a href="https:\/\/blog\.example\/ballerina\/"[^>]*>Read the original →<\/a>/);
    expect(digest.html).toContain("Jeff Light Reviews");
  });

  it("takes the preheader from the first paragraph, not a caption before it", () => {
    const html = '<figure><img src="https://x.example/a.jpg" alt=""><figcaption>Lead actress</figcaption></figure><p>  First &amp; <em>real</em>\n paragraph. </p><p>Second.</p>';
    expect(renderDigest([review({ html })]).preheader).toBe("First & real paragraph.");
  });

  it("hides the preheader and sets explicit colours", () => {
    const { html } = renderDigest([review()]);
    expect(html).toMatch(/<div class="rd-preheader" style="display:none;[^"]*">Oldboy meets John Wick.<\/div>/);
    expect(html).toMatch(/background-color:#ffffff;color:#1c1c1c/);
    expect(html).toContain("prefers-color-scheme: dark");
  });

  it("puts the three placeholders in the footer", () => {
    const { html, text } = renderDigest([review()]);
    for (const placeholder of Object.values(PLACEHOLDERS)) {
      expect(html).toContain(`href="${placeholder}"`);
      expect(text).toContain(placeholder);
    }
  });

  it("names several reviews in the subject", () => {
    const three = ["A", "B", "C"].map((title, index) => review({ id: `r${index}`, title }));
    expect(renderDigest(three).subject).toBe("3 new reviews: A, B and C");
    const five = ["A", "B", "C", "D", "E"].map((title, index) => review({ id: `r${index}`, title }));
    expect(renderDigest(five).subject).toBe("5 new reviews: A, B and 3 more");
  });

  it("shows the Letterboxd film line", () => {
    const { html } = renderDigest([review({ source: "letterboxd", film: { title: "Ballerina", year: 2023, rating: 4.5 } })]);
    expect(html).toContain("Ballerina (2023) · ★★★★½");
  });

  it("shows the notice instead of the body of a withheld review", () => {
    const withheld = review({ withheld: true, html: "<p>The twist is that she survives.</p>" });
    const digest = renderDigest([withheld]);
    expect(digest.html).toContain("marked this review as containing spoilers");
    expect(digest.html).not.toContain("she survives");
    expect(digest.text).not.toContain("she survives");
    expect(digest.preheader).not.toContain("she survives");
  });

  it("escapes titles and authors", () => {
    const { html } = renderDigest([review({ title: "<script>alert(1)</script>", author: 'A "B" <c>' })]);
    expect(html).not.toContain("<script>alert(1)");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("refuses an empty list", () => {
    expect(() => renderDigest([])).toThrow(/at least one review/);
  });
});

describe("renderDigest, preheader", () => {
  const preheaderOf = (html: string) => renderDigest([review({ html })]).preheader;

  it("is the first sentence, never the notice that stands for a spoiler", () => {
    expect(preheaderOf('<p data-notice="block"><em>Spoiler hidden: <a href="https://x.example/">read it</a>.</em></p><p>The film opens at night. Then it rains.</p>'))
      .toBe("The film opens at night.");
    expect(preheaderOf('<p>What we are talking about is <em data-notice="inline">[<a href="https://x.example/">spoiler hidden</a>]</em> Still, the rest holds up well.</p>'))
      .toBe("Still, the rest holds up well.");
    expect(preheaderOf('<p>He says <em data-notice="inline">[<a href="https://x.example/">spoiler hidden</a>]</em> and then leaves the room. Good film.</p>'))
      .toBe("Good film.");
  });

  it("joins <br> lines with a space (Blogger posts are built from them)", () => {
    expect(preheaderOf("<div>Ballerina is a revenge film<br>with a heart. It works.</div>")).toBe("Ballerina is a revenge film with a heart.");
  });

  it("skips headings and captions, keeps abbreviations inside the sentence", () => {
    expect(preheaderOf("<h2>Verdict</h2><figure><img src='https://x.example/a.jpg' alt=''><figcaption>A still.</figcaption></figure><p>Mr. Park is superb here. Go.</p>"))
      .toBe("Mr. Park is superb here.");
  });

  it("shortens a long sentence and names the review when there are several", () => {
    const long = `<p>${"word ".repeat(60)}end.</p>`;
    expect(preheaderOf(long).length).toBeLessThanOrEqual(140);
    expect(preheaderOf(long).endsWith("…")).toBe(true);
    expect(renderDigest([review({ title: "A" }), review({ id: "r2", title: "B" })]).preheader).toBe("A: Oldboy meets John Wick.");
  });
});

describe("renderDigest, mail-client markup", () => {
  const bodyOf = (html: string) => /<div class="rd-body">(.*)<\/div><p style="margin:16px/s.exec(renderDigest([review({ html })]).html)?.[1] ?? "";

  it("turns a figure into a div with a small, muted caption", () => {
    const body = bodyOf('<figure><img src="https://x.example/a.jpg" alt="Jun Jong-seo"><figcaption>Lead actress</figcaption></figure>');
    expect(body).not.toMatch(/<figure|<figcaption/);
    expect(body).toMatch(/^<div style="margin:0 0 20px 0;"><img [^>]*alt="Jun Jong-seo"/);
    expect(body).toMatch(/<p style="margin:8px 0 0 0;[^"]*font-size:14px;[^"]*color:#5f5a52;" class="rd-muted">Lead actress<\/p><\/div>$/);
  });

  it("gives every image a width attribute no wider than the column, height auto", () => {
    const body = bodyOf('<img src="https://x.example/wide.jpg" alt="" width="2000"><img src="https://x.example/unknown.jpg" alt=""><img src="https://x.example/icon.png" alt="" width="40">');
    const images = findAll((element) => element.name === "img", parseDocument(body).children);
    expect(images.map((image) => image.attribs.width)).toEqual(["552", "552", "40"]);
    for (const image of images) expect(image.attribs.style).toContain("height:auto");
    expect(images[0]!.attribs.style).toContain("width:100%;max-width:552px");
    expect(images[2]!.attribs.style).not.toMatch(/(^|;)width:100%/);
  });

  it("sets explicit margins with mso-line-height-rule on paragraphs and headings", () => {
    const body = bodyOf("<h2>Part one</h2><p>Text.</p><ul><li>Item</li></ul>");
    expect(body).toMatch(/<h2 style="margin:28px 0 12px 0;[^"]*line-height:28px;mso-line-height-rule:exactly;[^"]*">/);
    expect(body).toMatch(/<p style="margin:0 0 16px 0;[^"]*mso-line-height-rule:exactly;">/);
    expect(body).toMatch(/<ul style="margin:0 0 16px 0;[^"]*"><li style="margin:0 0 6px 0;/);
  });

  it("leaves no element Outlook or Yahoo drops", () => {
    const body = bodyOf("<p><mark>Key</mark> words</p><figure><img src='https://x.example/a.jpg' alt=''></figure>");
    expect(body).not.toMatch(/<(mark|figure|figcaption|article|section|header|footer|nav|aside|main|time)\b/);
    expect(body).toContain("<strong>Key</strong>");
  });

  it("lets a long word or URL wrap on a phone, and keeps the plain text whole", () => {
    const url = `https://x.example/${"segment/".repeat(8)}`;
    const { html, text } = renderDigest([review({ title: "T".repeat(45), html: `<p>See <a href="${url}">${url}</a>.</p><pre>${"x".repeat(40)}</pre>` })]);
    expect(html).toContain(`href="${url}"`);
    expect(html).toContain(`${url.slice(0, 20)}\u200B${url.slice(20, 40)}\u200B`);
    expect(html).toContain(`${"T".repeat(20)}\u200B${"T".repeat(20)}\u200B${"T".repeat(5)}</a></h1>`);
    expect(html).toContain(`>${"x".repeat(40)}</pre>`);
    expect(text).not.toContain("\u200B");
    expect(text).toMatch(new RegExp(`See\\s+${url.replace(/[./]/g, "\\$&")}\\.`));
  });

  it("leaves Chinese, Japanese and Korean runs as written: they wrap between any two characters", () => {
    const japanese = "是枝監督の新作は、いつものように静かで、いつものように残酷な家族の物語だった。";
    const { html } = renderDigest([review({ html: `<p>${japanese}</p>` })]);
    expect(html).toContain(japanese);
  });

  it("boxes a block notice in a one-cell layout table and marks an inline one", () => {
    const link = "https://blog.example/ballerina/";
    const body = bodyOf(
      `<p>Before <em data-notice="inline">[<a href="${link}">spoiler hidden</a>]</em></p>`
      + `<p data-notice="block"><em>Spoiler hidden: <a href="${link}">read it in the original post</a>.</em></p>`,
    );
    expect(body).toMatch(/<em style="font-style:normal;[^"]*border:1px solid #b08d3c;[^"]*" class="rd-notice"><a href="https:\/\/blog\.example\/ballerina\/" [^>]*class="rd-notice-link"[^>]*>spoiler hidden<\/a><\/em>/);
    expect(body).not.toContain("[<a");
    expect(body).toMatch(/<table role="presentation" width="100%"[^>]*><tr><td class="rd-notice" style="padding:10px 14px;background-color:#f7f3e8;border-left:4px solid #b08d3c;[^"]*"><em>Spoiler hidden: <a /);
    expect(body).not.toContain("data-notice");
  });
});

describe("renderDigest, size limit", () => {
  it("cuts a huge review at a paragraph boundary with a Continue reading link", () => {
    const huge = review({ html: paragraphs(600, "Huge") });
    expect(bytes(huge.html)).toBeGreaterThan(200_000);
    const { html, text } = renderDigest([huge]);
    expect(bytes(html)).toBeLessThanOrEqual(100_000);
    expect(bytes(html)).toBeGreaterThan(90_000);
    expect(html).toMatch(/>Continue reading →<\/a>/);
    const body = /<div class="rd-body">(.*?)<\/div>/s.exec(html)?.[1] ?? "";
    const bodyText = textContent(parseDocument(body));
    expect(textContent(parseDocument(huge.html)).startsWith(bodyText)).toBe(true);
    expect(bodyText.length).toBeGreaterThan(50_000);
    expect(body.endsWith("</p>")).toBe(true);
    expect(text).toContain("Continue reading →");
  });

  it("keeps short reviews whole and shares the rest fairly between long ones", () => {
    const reviews = [
      review({ id: "short", title: "Short", html: "<p>Short and whole.</p>" }),
      review({ id: "long1", title: "Long one", html: paragraphs(300, "First") }),
      review({ id: "long2", title: "Long two", html: paragraphs(300, "Second") }),
    ];
    const { html } = renderDigest(reviews, { maxBytes: 60_000 });
    expect(bytes(html)).toBeLessThanOrEqual(60_000);
    const [short, first, second] = bodiesOf(html);
    expect(short).toBe("Short and whole.");
    expect(first!.length).toBeGreaterThan(10_000);
    expect(Math.abs(first!.length - second!.length)).toBeLessThan(1_000);
    expect(html.match(/Continue reading →/g)).toHaveLength(2);
  });

  it("leaves a digest that fits alone", () => {
    const { html } = renderDigest([review()]);
    expect(html).not.toContain("Continue reading");
  });

  it("says so when even the titles do not fit", () => {
    expect(() => renderDigest([review()], { maxBytes: 2_000 })).toThrow(/limit is 2000/);
  });
});

describe("renderDigest, plain text", () => {
  it("is made from the same content, without markup, CSS or the preheader", () => {
    const { text } = renderDigest([review({ html: '<p>See <a href="https://x.example/the-call">The Call</a>.</p><p>Second.</p>' })]);
    expect(text).toContain("Ballerina (2023)");
    expect(text).toContain("By Jeff Light · 5 December 2023");
    expect(text).toContain("See The Call [https://x.example/the-call].");
    expect(text).toContain("Read the original → [https://blog.example/ballerina/]");
    expect(text).not.toMatch(/<[a-z]/i);
    expect(text).not.toContain("prefers-color-scheme");
    expect(text.indexOf("See The Call")).toBe(text.lastIndexOf("See The Call"));
  });

  it("points notices to one numbered link list at the end of their review", () => {
    const link = "https://blog.example/ballerina/";
    const inline = (url: string) => `<em data-notice="inline">[<a href="${url}">spoiler hidden</a>]</em>`;
    const html = `<p>One ${inline(link)}, two ${inline(link)}, three ${inline("https://blog.example/other/")}.</p>`
      + `<p data-notice="block"><em>Spoiler hidden: <a href="${link}">read it in the original post</a>.</em></p>`;
    const { text } = renderDigest([review({ html }), review({ id: "r2", title: "Second", html: `<p>Only ${inline(link)} here.</p>` })]);
    expect(text).toContain("One [spoiler hidden][1], two [spoiler hidden][1], three [spoiler hidden][2].");
    expect(text).toContain("Spoiler hidden: [read it in the original post][1].");
    expect(text).toMatch(/Read the original → \[https:\/\/blog\.example\/ballerina\/\]\n\n\[1\]: https:\/\/blog\.example\/ballerina\/\n\[2\]: https:\/\/blog\.example\/other\/\n/);
    expect(text).toContain("Only [spoiler hidden][1] here.");
    expect(text.match(/^\[\d\]: /gm)).toHaveLength(3);
  });
});

describe("fillPlaceholders", () => {
  it("escapes values in HTML and leaves them raw in text", () => {
    const digest = renderDigest([review()]);
    const filled = fillPlaceholders(digest, {
      unsubscribeUrl: "https://digest.test/unsubscribe?t=a&b=\"c\"",
      preferencesUrl: "https://digest.test/preferences?t=1",
      viewInBrowserUrl: "https://digest.test/e/42",
    });
    expect(filled.html).toContain('href="https://digest.test/unsubscribe?t=a&amp;b=&quot;c&quot;"');
    expect(filled.text).toContain("https://digest.test/unsubscribe?t=a&b=\"c\"");
    expect(filled.html).toContain('href="https://digest.test/e/42"');
    expect(filled.html + filled.text).not.toMatch(/\{\{\w+\}\}/);
    expect(filled.subject).toBe(digest.subject);
    expect(digest.html).toContain(PLACEHOLDERS.unsubscribeUrl);
  });
});
