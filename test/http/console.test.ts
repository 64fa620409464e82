// Security of the operator console: sessions, cookie flags, CSRF, sign-in failures.
import { describe, expect, it } from "vitest";
import { ADMIN_TOKEN, form, getPage, postForm, send, signIn } from "./console-support";

const PAGES = [
  "/admin",
  "/admin/console/editions",
  "/admin/console/editions/1",
  "/admin/console/preview",
  "/admin/console/test-send",
  "/admin/console/subscribers",
  "/admin/console/subscribers/export.csv",
  "/admin/console/outbox",
];

const FORMS = [
  "/admin/logout",
  "/admin/console/preview",
  "/admin/console/test-send",
  "/admin/console/subscribers/import",
  "/admin/console/subscribers/erase",
];

describe("console sign-in", () => {
  it("serves a labelled sign-in form posting the field `token`", async () => {
    const response = await send("/admin/login");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<form method="post" action="/admin/login"');
    expect(html).toMatch(/<label for="token">/);
    expect(html).toMatch(/<input id="token" name="token" type="password"/);
  });

  it("sets a signed, HttpOnly, SameSite=Strict, Secure cookie scoped to /admin over https", async () => {
    const response = await send("/admin/login", { method: "POST", body: form({ token: ADMIN_TOKEN }) });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/admin");
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^rd_console=v2\.[\w-]+\.[\w-]+;/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; Path=\/admin/);
    expect(cookie).toMatch(/; Max-Age=28800/);
  });

  it("leaves Secure off over plain http (wrangler dev), keeping the other flags", async () => {
    const { env, createExecutionContext, waitOnExecutionContext } = await import("cloudflare:test");
    const worker = (await import("../../src/index")).default;
    const ctx = createExecutionContext();
    const request = new Request("http://127.0.0.1:8787/admin/login", { method: "POST", body: form({ token: ADMIN_TOKEN }) });
    const response = await worker.fetch(request, env, ctx);
    await waitOnExecutionContext(ctx);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).not.toMatch(/; Secure/);
  });

  it("refuses a wrong, missing or oversized token with the same generic 401", async () => {
    const answers = await Promise.all(
      [form({ token: "wrong-token-0123456789" }), form({ token: "" }), form({}), form({ token: "x".repeat(5000) })].map(
        async (body) => {
          const response = await send("/admin/login", { method: "POST", body });
          return { status: response.status, cookie: response.headers.get("set-cookie"), html: await response.text() };
        },
      ),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(401);
      expect(answer.cookie).toBeNull();
      expect(answer.html).toContain("Sign-in failed. Check the admin token and try again.");
      // Byte-identical pages: nothing tells a missing token from a wrong or malformed one.
      expect(answer.html).toBe(answers[0]?.html);
      expect(answer.html).not.toMatch(/too long|too short|expected|invalid_type|ADMIN_TOKEN/i);
    }
  });

  it("throttles sign-in attempts per client address, with the right token too", async () => {
    const attempt = (token: string) =>
      send("/admin/login", { method: "POST", headers: { "cf-connecting-ip": "203.0.113.7" }, body: form({ token }) });
    for (let count = 0; count < 20; count++) expect((await attempt("wrong-token-0123456789")).status).toBe(401);
    const blocked = await attempt(ADMIN_TOKEN);
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(blocked.headers.get("set-cookie")).toBeNull();
    const elsewhere = await send("/admin/login", { method: "POST", headers: { "cf-connecting-ip": "203.0.113.8" }, body: form({ token: ADMIN_TOKEN }) });
    expect(elsewhere.status).toBe(303);
  });
});

describe("console pages without a session", () => {
  it.each(PAGES)("GET %s redirects to the sign-in form", async (path) => {
    const response = await send(path);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/admin/login");
  });

  it.each(FORMS)("POST %s redirects to the sign-in form and changes nothing", async (path) => {
    const response = await send(path, { method: "POST", body: form({ csrf: "anything" }) });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/admin/login");
  });

  it("refuses a forged or tampered cookie", async () => {
    const { cookie } = await signIn();
    const [name, value = ""] = cookie.split("=");
    const [payload, signature = ""] = value.split(".");
    const tampered = `${name}=${payload}.${signature.slice(0, -2)}AA`;
    const response = await send("/admin", { headers: { cookie: tampered } });
    expect(response.status).toBe(302);
  });

  it("leaves the bearer-token JSON endpoints to their own auth", async () => {
    const { cookie } = await signIn();
    const response = await send("/admin/status", { headers: { cookie } });
    // A console cookie is no bearer token: the JSON API still asks for Authorization.
    expect(response.status).toBe(401);
  });
});

describe("console CSRF and sign-out", () => {
  it.each(FORMS)("POST %s without the CSRF token is refused with 403", async (path) => {
    const session = await signIn();
    const response = await send(path, { method: "POST", headers: { cookie: session.cookie }, body: form({ email: "a@example.com" }) });
    expect(response.status).toBe(403);
  });

  it("refuses another session's CSRF token", async () => {
    const first = await signIn();
    const second = await signIn();
    const response = await postForm({ cookie: first.cookie, csrf: second.csrf }, "/admin/logout", {});
    expect(response.status).toBe(403);
  });

  it("sign-out clears the cookie and ends the session for old copies of it", async () => {
    const session = await signIn();
    expect((await getPage(session, "/admin")).status).toBe(200);
    const response = await postForm(session, "/admin/logout", {});
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/admin/login");
    expect(response.headers.get("set-cookie")).toMatch(/^rd_console=;.*Max-Age=0/);
    expect((await getPage(session, "/admin")).status).toBe(302);
  });

  it("serves pages with a strict CSP, no caching and no framing", async () => {
    const session = await signIn();
    const response = await getPage(session, "/admin");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});
