// CPU to prepare one chunk's 100 emails with the consumer's own functions (links with their
// signed tokens, the batch body written with each email's links filled into a real rendered
// digest), measured in Node.
import { readFileSync } from "node:fs";
import path from "node:path";
import { prepareDigest } from "../../src/core/digest";
import { parseFeed } from "../../src/core/feed";
import { encodeBatchBody } from "../../src/mail/batch-body";
import { buildSubscriberLinks } from "../../src/mail/links";
import type { OutgoingEmail } from "../../src/mail/types";
import type { Settings } from "../../src/settings";

export async function measureChunkPreparation(): Promise<{ cpuMsPerChunk: number; htmlBytes: number }> {
  const xml = readFileSync(path.join(import.meta.dirname, "../../test/fixtures/medium-ballerina.xml"), "utf8");
  const { digest } = prepareDigest((await parseFeed(xml)).reviews, { publication: "Jeff Light Reviews" });
  const settings = { PUBLIC_URL: "https://digest.bench", TOKEN_SECRET: "bench-token-secret-0123456789abcdef" } as Settings;
  const prepare = async (chunk: number) => {
    const emails: OutgoingEmail[] = [];
    for (let index = 0; index < 100; index++) {
      const { headers, ...links } = await buildSubscriberLinks(settings, { subscriberId: chunk * 100 + index, linkKey: "0123456789abcdef0123456789abcdef" }, 1);
      emails.push({ from: "Bench <bench@example.com>", to: `reader${index}@example.com`, subject: digest.subject, html: digest.html, text: digest.text, links, headers });
    }
    return encodeBatchBody(emails).size;
  };
  for (let warm = 0; warm < 5; warm++) await prepare(warm);
  const before = process.cpuUsage();
  const rounds = 20;
  for (let round = 0; round < rounds; round++) await prepare(round);
  const used = process.cpuUsage(before);
  return { cpuMsPerChunk: (used.user + used.system) / 1000 / rounds, htmlBytes: Buffer.byteLength(digest.html) };
}
