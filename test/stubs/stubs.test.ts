// The worker bundle swaps three packages for stand-ins (wrangler.toml [alias]); tests run the real
// ones. Should the bundle ever reach a stand-in, it must fail loudly rather than quietly differ.
import { describe, expect, it } from "vitest";
import { FilterCSS, getDefaultWhiteList } from "../../src/stubs/cssfilter";
import PostalMime from "../../src/stubs/postal-mime";
import { Webhook } from "../../src/stubs/standardwebhooks";
import { sanitizeHtml } from "../../src/core/sanitize";

describe("bundle stand-ins", () => {
  it("cssfilter: filtering a style throws, and the allowlist js-xss builds at load is empty", () => {
    expect(() => new FilterCSS().process()).toThrow(/css: false/);
    expect(getDefaultWhiteList()).toEqual({});
  });

  it("postal-mime: parsing inbound mail throws", () => {
    expect(() => PostalMime.parse()).toThrow(/not bundled/);
  });

  it("standardwebhooks: building a verifier throws (the worker verifies with verifyStandardWebhook)", () => {
    expect(() => new Webhook()).toThrow(/verifyStandardWebhook/);
  });

  it("the sanitiser never needs cssfilter: a style attribute is dropped by the allowlist, not filtered", () => {
    const html = sanitizeHtml('<p style="color:red;background:url(javascript:alert(1))">Hi</p>', "https://critic.test/");
    expect(html).toBe("<p>Hi</p>");
  });
});
