import { env, createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";

describe("the worker app", () => {
  it("answers unknown routes with a JSON 404", async () => {
    const ctx = createExecutionContext();
    const response = await worker.fetch(new Request("https://digest.test/nope"), env, ctx);
    await waitOnExecutionContext(ctx);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: "not_found" });
  });

  it("has the schema applied to local D1", async () => {
    const { results } = await env.DB.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all<{ name: string }>();
    expect(results.map((row) => row.name)).toEqual(expect.arrayContaining(["feeds", "reviews", "subscribers", "editions", "deliveries", "outbox"]));
  });
});
