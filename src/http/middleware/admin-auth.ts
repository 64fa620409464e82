import type { MiddlewareHandler } from "hono";
import { readSettings } from "../../settings";
import { timingSafeEqualText } from "../../crypto";

/**
 * Requires `Authorization: Bearer <ADMIN_TOKEN>`, compared in constant time.
 * Attach it per route (not with `use("*")` on a sub-app mounted at a shared prefix:
 * Hono registers such middleware for every route under that prefix).
 */
export const requireAdminToken: MiddlewareHandler<{ Bindings: Env }> = async (c, next) => {
  const settings = readSettings(c.env);
  const expected = settings.ok ? settings.settings.ADMIN_TOKEN : c.env.ADMIN_TOKEN;
  const header = c.req.header("authorization") ?? "";
  const match = /^Bearer\s+(.+)$/i.exec(header);
  if (!expected || !match?.[1] || !(await timingSafeEqualText(match[1].trim(), expected))) {
    return c.json({ error: "unauthorized", message: "Send Authorization: Bearer <ADMIN_TOKEN>." }, 401, {
      "WWW-Authenticate": 'Bearer realm="review-digest admin"',
    });
  }
  await next();
};
