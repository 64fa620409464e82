// Issue 13, the `npm start` repro: under wrangler dev, one oversize request used to cancel the
// incoming body, which lost the client's connection; the next request failed with "Network
// connection lost" and wrangler exited. Real HTTP against the real dev server.
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDevWorker, type DevWorker } from "./wrangler-dev";

let worker: DevWorker;

beforeAll(async () => {
  worker = await startDevWorker({ ADMIN_TOKEN: "oversize-admin-token-0123456789", TOKEN_SECRET: "oversize-token-secret-0123456789" });
});

afterAll(async () => {
  await worker?.stop();
});

/** Posts `size` bytes, declared or chunked, and resolves with the status code. */
function post(path: string, size: number, chunked: boolean, type = "application/json"): Promise<number> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { "content-type": type };
    if (!chunked) headers["content-length"] = String(size);
    const call = request(`${worker.url}${path}`, { method: "POST", headers }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    });
    call.on("error", reject);
    call.end("x".repeat(size));
  });
}

describe("oversize bodies under wrangler dev", () => {
  it("repro: two oversize requests in a row, then a normal request succeeds", async () => {
    expect(await post("/subscribe", 300_000, false)).toBe(413);
    expect(await post("/unsubscribe?token=x", 300_000, true, "application/x-www-form-urlencoded")).toBe(413);
    const normal = await fetch(`${worker.url}/subscribe`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "after-oversize@example.org" }),
    });
    expect(normal.status).toBe(202);
    expect(worker.log()).not.toMatch(/Network connection lost/);
  });

  it("the console's form limit (hono bodyLimit) keeps the server up too", async () => {
    expect(await post("/admin/login", 200_000, true, "application/x-www-form-urlencoded")).toBe(413);
    expect(await post("/admin/login", 200_000, false, "application/x-www-form-urlencoded")).toBe(413);
    expect((await fetch(`${worker.url}/admin/login`)).status).toBe(200);
  });
});
