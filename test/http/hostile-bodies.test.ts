// Issue 13, oversize bodies: a 413 must leave the connection and the worker usable.
// Through SELF, the worker's fetch behind workerd's service plumbing. The pool's SELF did not
// reproduce the lost connection (it passes with the old cancel too): the repro that failed before
// the fix is test/browser/oversize-bodies.test.ts, over real HTTP against `wrangler dev`.
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createFakeResend } from "../support/fake-resend";
import { installNetwork } from "../support/network";
import { uniqueEmail } from "../support/subscribers";

function oversizeDeclared(): Request {
  return new Request("https://digest.test/subscribe", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: uniqueEmail("big"), pad: "x".repeat(200_000) }),
  });
}

function oversizeStreamed(): Request {
  const chunk = new TextEncoder().encode("x".repeat(16_384));
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ >= 64) controller.close();
      else controller.enqueue(chunk);
    },
  });
  return new Request("https://digest.test/unsubscribe?token=x", { method: "POST", body, duplex: "half" } as RequestInit);
}

describe("oversize request bodies", () => {
  it("two oversize requests in a row (declared, then streamed), then a normal one succeeds", async () => {
    installNetwork({ "resend.test": createFakeResend({ ratePerSecond: 1000 }).handle });
    const first = await SELF.fetch(oversizeDeclared());
    expect(first.status).toBe(413);
    expect((await first.json<{ error: string }>()).error).toBe("too_large");
    const second = await SELF.fetch(oversizeStreamed());
    expect(second.status).toBe(413);
    await second.text();
    const normal = await SELF.fetch(
      new Request("https://digest.test/subscribe", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: uniqueEmail("after") }),
      }),
    );
    expect(normal.status).toBe(202);
  });

  it("survives many oversize requests in parallel, then still answers", async () => {
    const answers = await Promise.all(Array.from({ length: 6 }, (_, index) => SELF.fetch(index % 2 ? oversizeStreamed() : oversizeDeclared())));
    for (const answer of answers) {
      expect(answer.status).toBe(413);
      await answer.arrayBuffer();
    }
    expect((await SELF.fetch("https://digest.test/")).status).toBe(200);
  });
});
