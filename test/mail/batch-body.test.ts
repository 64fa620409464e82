// The batch body is written as bytes from pre-encoded parts. Whatever the parts hold, it must
// decode to exactly the JSON the SDK would have sent: JSON.stringify of each email, its links
// filled in, with Resend's field names.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fillPlaceholders, PLACEHOLDERS, type PlaceholderValues } from "../../src/core/render/placeholders";
import { encodeBatchBody } from "../../src/mail/batch-body";
import type { OutgoingEmail } from "../../src/mail/types";

/** What the SDK sends for one email (its parseEmailToApiOptions, undefined fields dropped by JSON). */
function sdkShape(email: OutgoingEmail): Record<string, unknown> {
  const filled = email.links ? fillPlaceholders({ subject: email.subject, preheader: "", html: email.html, text: email.text }, email.links) : email;
  return JSON.parse(
    JSON.stringify({ from: email.from, headers: email.headers, html: filled.html, reply_to: email.replyTo, subject: email.subject, tags: email.tags, text: filled.text, to: email.to }),
  ) as Record<string, unknown>;
}

async function decode(body: Blob): Promise<unknown> {
  return JSON.parse(new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(await body.arrayBuffer()));
}

function links(n: number): PlaceholderValues {
  return {
    unsubscribeUrl: `https://digest.test/unsubscribe?token=t${n}&a="b"`,
    preferencesUrl: `https://digest.test/preferences?token=p${n}`,
    viewInBrowserUrl: "https://digest.test/archive/7",
  };
}

const shared = {
  from: "Jeff “JL” Light <reviews@example.com>",
  subject: "Ballerina — a review \\ with \"quotes\"",
  html: `<p style="margin:0">Café ’twist’ 🎬 \u2028 tab\there</p><a href="${PLACEHOLDERS.unsubscribeUrl}">Unsubscribe</a> <a href="${PLACEHOLDERS.preferencesUrl}">x</a>\n<a href="${PLACEHOLDERS.unsubscribeUrl}">again</a>`,
  text: `Café 🎬 "quoted" \\ back\nUnsubscribe: ${PLACEHOLDERS.unsubscribeUrl}\nView: ${PLACEHOLDERS.viewInBrowserUrl}`,
};

describe("encodeBatchBody", () => {
  it("decodes to the SDK's JSON, each recipient's links filled in (HTML-escaped in the HTML part)", async () => {
    const emails: OutgoingEmail[] = [1, 2, 3].map((n) => ({
      ...shared,
      to: `reader${n}@example.com`,
      replyTo: "jeff@example.com",
      headers: { "List-Unsubscribe": `<${links(n).unsubscribeUrl}>` },
      tags: [{ name: "edition", value: "7" }],
      links: links(n),
    }));
    const decoded = (await decode(encodeBatchBody(emails))) as Record<string, string>[];
    expect(decoded).toEqual(emails.map(sdkShape));
    expect(decoded[1]!.html).toContain('href="https://digest.test/unsubscribe?token=t2&amp;a=&quot;b&quot;"');
    expect(decoded[1]!.text).toContain('Unsubscribe: https://digest.test/unsubscribe?token=t2&a="b"');
    expect(decoded.map((email) => email.html).join("")).not.toContain("{{");
  });

  it("sends parts without links as they are, placeholders and all", async () => {
    const plain: OutgoingEmail = { ...shared, to: "a@example.com" };
    const decoded = (await decode(encodeBatchBody([plain]))) as { html: string }[];
    expect(decoded).toEqual([sdkShape(plain)]);
    expect(decoded[0]!.html).toContain(PLACEHOLDERS.unsubscribeUrl);
  });

  it("is an empty array for no emails", async () => {
    expect(await decode(encodeBatchBody([]))).toEqual([]);
  });

  it("matches JSON.stringify for any text around the placeholders", async () => {
    const piece = fc.string({ unit: "binary", maxLength: 40 });
    const token = fc.constantFrom(...Object.values(PLACEHOLDERS));
    const part = fc.array(fc.tuple(piece, token), { maxLength: 4 }).chain((pairs) => piece.map((tail) => pairs.map(([text, tag]) => text + tag).join("") + tail));
    await fc.assert(
      fc.asyncProperty(part, part, fc.string({ maxLength: 20 }), fc.boolean(), async (html, text, subject, templated) => {
        const emails: OutgoingEmail[] = [0, 1].map((n) => ({ from: "a@example.com", to: `r${n}@example.com`, subject, html, text, ...(templated ? { links: links(n) } : {}) }));
        expect(await decode(encodeBatchBody(emails))).toEqual(emails.map(sdkShape));
      }),
    );
  });
});
