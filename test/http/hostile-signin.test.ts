// Issue 13, sign-in throttle: only failed sign-ins count, and a success clears the client's count.
import { describe, expect, it } from "vitest";
import { ADMIN_TOKEN, form, send } from "./console-support";

const attemptFrom = (ip: string) => (token: string) =>
  send("/admin/login", { method: "POST", headers: { "cf-connecting-ip": ip }, body: form({ token }) });

describe("console sign-in throttle", () => {
  it("repro: 25 successful sign-ins from one address never lock it out", async () => {
    const attempt = attemptFrom("203.0.113.21");
    for (let count = 0; count < 25; count++) expect((await attempt(ADMIN_TOKEN)).status).toBe(303);
  });

  it("a success clears that client's failures; the 20 failures after it are all answered 401", async () => {
    const attempt = attemptFrom("203.0.113.22");
    for (let count = 0; count < 19; count++) expect((await attempt("wrong-token-0123456789")).status).toBe(401);
    expect((await attempt(ADMIN_TOKEN)).status).toBe(303);
    for (let count = 0; count < 20; count++) expect((await attempt("wrong-token-0123456789")).status).toBe(401);
    const blocked = await attempt(ADMIN_TOKEN);
    expect(blocked.status).toBe(429);
    expect(await blocked.text()).toContain("Too many failed sign-ins");
  });

  it("another client's failures do not lock this one out", async () => {
    const noisy = attemptFrom("203.0.113.23");
    for (let count = 0; count < 21; count++) await noisy("wrong-token-0123456789");
    expect((await noisy(ADMIN_TOKEN)).status).toBe(429);
    expect((await attemptFrom("203.0.113.24")(ADMIN_TOKEN)).status).toBe(303);
  });
});
