import { env } from "cloudflare:test";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { requireAdminToken } from "../../src/http/middleware/admin-auth";

const app = new Hono<{ Bindings: Env }>().get("/secret", requireAdminToken, (c) => c.text("ok"));

function call(authorization?: string) {
  const headers = authorization ? { authorization } : undefined;
  return app.request("/secret", { headers }, env);
}

describe("requireAdminToken", () => {
  it("lets the right bearer token through", async () => {
    const response = await call(`Bearer ${env.ADMIN_TOKEN}`);
    expect(response.status).toBe(200);
  });

  it.each([undefined, "Bearer", "Bearer wrong-token-of-some-length", `Basic ${env.ADMIN_TOKEN}`, env.ADMIN_TOKEN])(
    "refuses %j with a 401",
    async (authorization) => {
      const response = await call(authorization);
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
    },
  );
});
