import type { MiddlewareHandler } from "hono";
import { readSettings } from "../../settings";
import { findAdminSecretProblems } from "../../settings-safety";
import { timingSafeEqualText } from "../../crypto";

/**
 * Requires `Authorization: Bearer <ADMIN_TOKEN>`, compared in constant time.
 * Attach it per route (not with `use("*")` on a sub-app mounted at a shared prefix:
 * Hono registers such middleware for every route under that prefix).
 */
export const requireAdminToken: MiddlewareHandler<{ Bindings: Env }> = async (c, next) => {
  const settings = readSettings(c.env);
  // With other settings invalid the API still opens, so the operator can look; never on a
  // placeholder or short token, which the settings refuse for exactly this reason.
  const unusable = settings.ok ? [] : findAdminSecretProblems(c.env);
  if (unusable.length > 0) console.error(`review-digest: admin API refused: ${unusable.join("; ")}`);
  const expected = unusable.length > 0 ? "" : settings.ok ? settings.settings.ADMIN_TOKEN : c.env.ADMIN_TOKEN;
  const header = c.req.header("authorization") ?? "";
  const match = /^Bearer\s+(.+)$/i.exec(header);
  if (!expected || !match?.[1] || !(await timingSafeEqualText(match[1].trim(), expected))) {
    return c.json({ error: "unauthorized", message: "Send Authorization: Bearer <ADMIN_TOKEN>." }, 401, {
      "WWW-Authenticate": 'Bearer realm="review-digest admin"',
    });
  }
  await next();
};
