// The generic JSON webhook: a documented, versioned body, signed like POST /hooks/publish:
// `X-Signature: t=<unix>,v1=<hex HMAC-SHA256 of t + "." + body>`.
import { hmac, toHex } from "../../crypto";
import { plainFlavour, renderBlocks } from "./markdown";
import type { ChannelEdition } from "./types";

export interface WebhookPayload {
  type: "edition.published";
  edition: { id: number; subject: string; url: string; createdAt: string };
  reviews: Array<{ title: string; link: string; author?: string; published?: string; html: string; text: string; withheld: boolean }>;
}

/** An edition → the JSON webhook body (spoiler-free HTML and its plain text). */
export function buildWebhookPayload(edition: ChannelEdition): WebhookPayload {
  return {
    type: "edition.published",
    edition: { id: edition.id, subject: edition.subject, url: edition.archiveUrl, createdAt: edition.createdAt },
    reviews: edition.reviews.map((review) => ({
      title: review.title,
      link: review.link,
      ...(review.author ? { author: review.author } : {}),
      ...(review.published ? { published: review.published } : {}),
      html: review.html,
      text: renderBlocks(review.html, plainFlavour).join("\n\n"),
      withheld: review.withheld,
    })),
  };
}

/** The signature header for `body` at `unixSeconds`: "t=1700000000,v1=5f2b…". */
export async function signWebhookBody(secret: string, body: string, unixSeconds: number): Promise<string> {
  return `t=${unixSeconds},v1=${toHex(await hmac(secret, `${unixSeconds}.${body}`))}`;
}

export interface SignatureHeader {
  timestamp: number;
  signatures: string[];
}

/** Reads "t=<unix>,v1=<hex>[,v1=<hex>]"; undefined when malformed. */
export function readSignatureHeader(header: string | undefined): SignatureHeader | undefined {
  if (!header || header.length > 1024) return undefined;
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(",")) {
    const [key, value] = part.trim().split("=", 2);
    if (key === "t" && value && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === "v1" && value && /^[0-9a-fA-F]{64}$/.test(value)) signatures.push(value.toLowerCase());
  }
  return timestamp === undefined || signatures.length === 0 ? undefined : { timestamp, signatures };
}
