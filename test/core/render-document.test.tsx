/** @jsxRuntime automatic @jsxImportSource hono/jsx */
// renderDocument writes a template's markup without JSXNode#toString (whose AsyncLocalStorage
// probe costs a cold isolate ~8 ms): it must give exactly what toString gives, and refuse
// anything asynchronous rather than send half an email.
import { raw } from "hono/html";
import { describe, expect, it } from "vitest";
import { prepareDigest } from "../../src/core/digest";
import { parseFeed } from "../../src/core/feed";
import { renderDocument } from "../../src/core/render/shell";
import { DigestEmail } from "../../src/core/render/template";
import { renderMessageEmail } from "../../src/core/render/message";
import mediumXml from "../fixtures/medium-ballerina.xml?raw";

describe("renderDocument", () => {
  it("writes the same markup as hono's toString, for a real digest", async () => {
    const { reviews } = prepareDigest((await parseFeed(mediumXml)).reviews, { publication: "Jeff Light Reviews" });
    const views = reviews.map((review) => ({ review, body: review.html, truncated: false }));
    const node = DigestEmail({ subject: "A <subject> & more", preheader: "Pre “header”", publication: "J & L", views });
    const html = renderDocument(node);
    expect(html).toBe(`<!DOCTYPE html>${String(await node.toString())}`);
    expect(html).toContain(reviews[0]!.title.replaceAll("&", "&amp;").slice(0, 20));
  });

  it("escapes text and keeps raw markup as the template says", () => {
    const html = renderMessageEmail({ subject: "<b>x</b>", preheader: "p", publication: "P & Q", paragraphs: ["a < b"], note: "n", action: { label: "Go", url: "https://x.test/?a=1&b=2" } });
    expect(html).toContain("a &lt; b");
    expect(html).toContain("https://x.test/?a=1&amp;b=2");
    expect(html).toContain("<!--[if mso]>");
  });

  it("refuses an asynchronous component instead of sending a partial email", () => {
    async function Later() {
      return raw("<p>later</p>");
    }
    expect(() => renderDocument(<div><Later /></div>)).toThrow(/asynchronously/);
    expect(() => renderDocument("plain text")).toThrow(/JSX node/);
  });
});
