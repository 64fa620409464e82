// Sign-in and sign-out. A wrong token gets one generic answer whatever the reason (wrong,
// missing, malformed, or the worker's own token unset), so the form reveals nothing.
import { Hono } from "hono/tiny";
import { timingSafeEqualText } from "../../crypto";
import { findAdminSecretProblems } from "../../settings-safety";
import { clientNetwork } from "../client-address";
import { clearRateLimit, hitRateLimit, readRateLimit } from "../../db/rate-limits";
import { LoginForm } from "./forms";
import { Notice, Page, renderPage } from "./layout";
import { closeSession, limitForm, openSession, readSession, requireCsrf, requireSession, type ConsoleEnv } from "./session";

export const loginRoutes = new Hono<ConsoleEnv>();

const GENERIC_FAILURE = "Sign-in failed. Check the admin token and try again.";
// Guessing a 16+ character token is hopeless anyway; this keeps a script from trying for long.
// Only failures count, and a success clears the client's count: otherwise anyone behind the
// operator's address could lock the operator out by signing in (or failing) 20 times.
const LOGIN_LIMIT = { limit: 20, windowSeconds: 15 * 60 };

function LoginPage({ error }: { error?: string }) {
  return (
    <Page title="Sign in">
      <h1>Sign in to the console</h1>
      {error ? <Notice kind="error">{error}</Notice> : null}
      <form method="post" action="/admin/login" class="card">
        <label for="token">Admin token</label>
        <input id="token" name="token" type="password" autocomplete="current-password" required autofocus />
        <div>
          <button type="submit">Sign in</button>
        </div>
      </form>
    </Page>
  );
}

loginRoutes.get("/login", async (c) => {
  if (await readSession(c)) return c.redirect("/admin", 302);
  return renderPage(c, <LoginPage />);
});

async function isAdminToken(env: Env, token: string): Promise<boolean> {
  const expected = env.ADMIN_TOKEN ?? "";
  // A placeholder or short ADMIN_TOKEN or TOKEN_SECRET is not fit to guard a session.
  const problems = findAdminSecretProblems(env);
  if (problems.length > 0) console.error(`review-digest: console sign-in refused: ${problems.join("; ")}`);
  const secretsUsable = problems.length === 0;
  // Compare even when unusable, so the answer takes the same time either way.
  const matches = await timingSafeEqualText(token, expected);
  return secretsUsable && matches && token.length > 0;
}

loginRoutes.post("/login", limitForm, async (c) => {
  const key = `console-login:${clientNetwork(c.req.header("cf-connecting-ip"))}`;
  const now = new Date();
  const throttle = await readRateLimit(c.env.DB, key, LOGIN_LIMIT, now);
  if (!throttle.allowed) {
    c.header("Retry-After", String(throttle.retryAfterSeconds));
    return renderPage(c, <LoginPage error="Too many failed sign-ins from here. Wait a few minutes and try again." />, 429);
  }
  const form = LoginForm.safeParse(await c.req.parseBody());
  if (!form.success || !(await isAdminToken(c.env, form.data.token))) {
    await hitRateLimit(c.env.DB, key, LOGIN_LIMIT, now);
    return renderPage(c, <LoginPage error={GENERIC_FAILURE} />, 401);
  }
  await clearRateLimit(c.env.DB, key);
  await openSession(c);
  return c.redirect("/admin", 303);
});

loginRoutes.post("/logout", requireSession, limitForm, requireCsrf, async (c) => {
  await closeSession(c);
  return c.redirect("/admin/login", 303);
});
