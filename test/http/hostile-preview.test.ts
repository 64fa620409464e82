// Issue 13, console preview: a deployed worker does not fetch loopback, private, link-local or
// metadata addresses for the operator's pasted URL (nor follows a redirect to one), and says why.
// A worker run locally (LOCAL_DEV) may: that is how a feed on the operator's machine is previewed.
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { describeForbiddenHost } from "../../src/core/private-address";
import { buildMediumFeed, uniqueItem } from "../support/fake-feed";
import { installNetwork } from "../support/network";
import { postForm, signIn } from "./console-support";

const production = { ...env, LOCAL_DEV: "" } as Env;
const feedResponse = () => new Response(buildMediumFeed([uniqueItem("preview")]), { headers: { "content-type": "application/rss+xml" } });

describe("console preview in production", () => {
  it("repro: refuses the cloud metadata address, explains why, and fetches nothing", async () => {
    const network = installNetwork({ "169.254.169.254": feedResponse });
    const session = await signIn();
    const answer = await postForm(session, "/admin/console/preview", { url: "http://169.254.169.254/latest/meta-data/" }, production);
    expect(answer.status).toBe(400);
    const html = await answer.text();
    expect(html).toContain("The preview does not fetch 169.254.169.254: it is a link-local");
    expect(html).toContain("run the worker locally (npm start)");
    expect(network.requests).toHaveLength(0);
  });

  it.each([
    "http://127.0.0.1:8787/feed.xml",
    "http://localhost/feed.xml",
    "http://feeds.localhost/feed.xml",
    "http://10.1.2.3/feed.xml",
    "http://172.16.5.4/feed.xml",
    "http://172.31.255.255/feed.xml",
    "http://192.168.1.1/feed.xml",
    "http://100.64.0.1/feed.xml",
    "http://0.0.0.0/feed.xml",
    "http://[::1]/feed.xml",
    "http://[::]/feed.xml",
    "http://[fd00::1]/feed.xml",
    "http://[fe80::1]/feed.xml",
    "http://[::ffff:127.0.0.1]/feed.xml",
    "http://[::ffff:a9fe:a9fe]/feed.xml",
    "http://[64:ff9b::a9fe:a9fe]/feed.xml",
    "http://2130706433/feed.xml",
    "http://0x7f.0.0.1/feed.xml",
    "http://0177.0.0.1/feed.xml",
    "http://127.1/feed.xml",
    "http://metadata.google.internal/computeMetadata/v1/",
    "http://METADATA.GOOGLE.INTERNAL./computeMetadata/v1/",
    "http://printer.local/feed.xml",
  ])("refuses %s", async (url) => {
    const network = installNetwork();
    const session = await signIn();
    const answer = await postForm(session, "/admin/console/preview", { url }, production);
    expect(answer.status).toBe(400);
    expect(await answer.text()).toContain("The preview does not fetch");
    expect(network.requests).toHaveLength(0);
  });

  it("refuses a public feed that redirects to a private address, without following it", async () => {
    const network = installNetwork({
      "feeds.test": () => new Response(null, { status: 302, headers: { location: "http://127.0.0.1:9000/admin" } }),
      "127.0.0.1:9000": feedResponse,
    });
    const session = await signIn();
    const answer = await postForm(session, "/admin/console/preview", { url: "https://feeds.test/redirecting.xml" }, production);
    expect(answer.status).toBe(400);
    expect(await answer.text()).toContain("redirects to http://127.0.0.1:9000/admin. The preview does not fetch 127.0.0.1");
    expect(network.requests.map((request) => request.url)).toEqual(["https://feeds.test/redirecting.xml"]);
  });

  it("still previews a public feed, following its redirects", async () => {
    installNetwork({
      "feeds.test": (request) =>
        request.url.endsWith("/old.xml") ? new Response(null, { status: 301, headers: { location: "/new.xml" } }) : feedResponse(),
    });
    const session = await signIn();
    const answer = await postForm(session, "/admin/console/preview", { url: "https://feeds.test/old.xml" }, production);
    expect(answer.status).toBe(200);
  });
});

describe("console preview run locally", () => {
  it("fetches a feed on the operator's own machine", async () => {
    const network = installNetwork({ "127.0.0.1:8080": feedResponse });
    const session = await signIn();
    const answer = await postForm(session, "/admin/console/preview", { url: "http://127.0.0.1:8080/feed.xml" }, { ...env, LOCAL_DEV: "true" } as Env);
    expect(answer.status).toBe(200);
    expect(network.requests).toHaveLength(1);
  });
});

describe("describeForbiddenHost", () => {
  it.each(["https://8.8.8.8/", "https://172.32.0.1/", "https://192.169.0.1/", "https://[2606:4700::1111]/", "https://blog.example/feed", "https://localhost.example.com/"])(
    "lets %s through",
    (url) => {
      expect(describeForbiddenHost(new URL(url))).toBeUndefined();
    },
  );
});
