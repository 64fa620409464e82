// What the console's pages show: overview, editions, outbox and test send, against real D1.
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { describeMarker } from "../../src/core/marker-labels";
import { createFakeResend } from "../support/fake-resend";
import { installNetwork } from "../support/network";
import {
  countRows,
  getPage,
  insertDelivery,
  insertEdition,
  insertSubscriber,
  postForm,
  REMOVED_PASSAGE,
  signIn,
  uniqueAddress,
} from "./console-support";

const localEnv = (): Env => ({ ...env, RESEND_API_KEY: "" });

describe("the overview", () => {
  it("shows each feed's last poll, subscribers by status, latest editions with counts, dead letters", async () => {
    const session = await signIn();
    const now = new Date().toISOString();
    await env.DB.prepare(
      "INSERT INTO feeds (url, title, last_polled_at, last_status, last_error, created_at) VALUES ('https://feeds.test/medium.xml', 'Jeff Light', ?1, 'error', 'HTTP 503 Service Unavailable', ?1)",
    )
      .bind(now)
      .run();
    const editionId = await insertEdition("Overview edition");
    for (const status of ["delivered", "delivered", "failed", "unknown", "bounced"]) {
      await insertDelivery(editionId, await insertSubscriber(uniqueAddress("overview"), status === "bounced" ? "bounced" : "active"), status);
    }
    await env.DB.prepare("INSERT INTO dead_letters (queue, body_json, error, created_at) VALUES ('review-digest-deliveries', '{\"editionId\":7}', 'gave up after 5 attempts', ?1)")
      .bind(now)
      .run();
    const response = await getPage(session, "/admin");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("https://feeds.test/medium.xml");
    expect(html).toContain("HTTP 503 Service Unavailable");
    expect(html).toMatch(/Next scheduled poll: <time datetime="[^"]+:(00|15|30|45):00.000Z">/);
    expect(html).toMatch(/<strong>4<\/strong><a href="\/admin\/console\/subscribers\?status=active">active<\/a>/);
    expect(html).toMatch(/<strong>1<\/strong><a href="\/admin\/console\/subscribers\?status=bounced">bounced<\/a>/);
    expect(html).toMatch(
      new RegExp(`#${editionId} Overview edition</a> </td><td data-label="Created"><time[^>]*>[^<]*</time></td><td data-label="Queued">0</td><td data-label="Sent">0</td><td data-label="Delivered">2</td><td data-label="Failed">1</td><td data-label="Unknown"><a href="/admin/console/editions/${editionId}">1</a></td><td data-label="Bounced">1</td>`),
    );
    expect(html).toContain("gave up after 5 attempts");
  });

  it("names missing settings", async () => {
    const session = await signIn();
    const response = await getPage(session, "/admin", { ...env, FROM: "", PUBLIC_URL: "" });
    const html = await response.text();
    expect(html).toContain("Settings need attention");
    expect(html).toMatch(/FROM: FROM must look like/);
    expect(html).toMatch(/PUBLIC_URL/);
  });
});

describe("an edition's page", () => {
  it("shows the email in a sandboxed frame, what was removed, and per-subscriber deliveries", async () => {
    const session = await signIn();
    const editionId = await insertEdition("Edition page");
    const failing = uniqueAddress("failing");
    await insertDelivery(editionId, await insertSubscriber(failing), "failed", "422 invalid_to_address");
    await insertDelivery(editionId, await insertSubscriber(uniqueAddress("fine")), "delivered");
    const response = await getPage(session, `/admin/console/editions/${editionId}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    // The email's HTML is escaped into srcdoc: it cannot break out of the frame's attribute.
    expect(html).toContain('sandbox="" srcdoc="&lt;p&gt;Kept &amp;amp; &quot;quoted&quot;.&lt;/p&gt;');
    // The marker in plain words ("warning line"), not the engine's identifier.
    expect(html).toContain(`<span class="badge">${describeMarker(REMOVED_PASSAGE.marker)}</span>`);
    expect(html).not.toContain(REMOVED_PASSAGE.marker);
    expect(html).toContain(REMOVED_PASSAGE.trigger);
    expect(html).toContain(REMOVED_PASSAGE.text);
    expect(html).toContain(failing);
    expect(html).toContain("422 invalid_to_address");
    expect(html.indexOf(failing)).toBeLessThan(html.indexOf("fine-"));
  });

  it("answers an unknown or malformed id with a 404 page", async () => {
    const session = await signIn();
    expect((await getPage(session, "/admin/console/editions/999999")).status).toBe(404);
    expect((await getPage(session, "/admin/console/editions/abc")).status).toBe(404);
  });

  it("lists editions newest first", async () => {
    const session = await signIn();
    const older = await insertEdition("Older edition");
    const newer = await insertEdition("Newer edition");
    const html = await (await getPage(session, "/admin/console/editions")).text();
    expect(html.indexOf(`#${newer} Newer edition`)).toBeLessThan(html.indexOf(`#${older} Older edition`));
  });
});

describe("test send", () => {
  it("sends one marked email through Resend and records no delivery", async () => {
    const resend = createFakeResend();
    installNetwork({ "resend.test": resend.handle });
    const session = await signIn();
    const editionId = await insertEdition("Test-send edition");
    const deliveriesBefore = await countRows("deliveries");
    const to = uniqueAddress("operator");
    const response = await postForm(session, "/admin/console/test-send", { edition: String(editionId), email: to });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(`Sent a test of edition #${editionId} to ${to}`);
    const [email] = resend.sentTo(to);
    expect(email?.subject).toBe("[Test] Test-send edition");
    expect(email?.headers).toMatchObject({ "X-Review-Digest-Test": `edition-${editionId}` });
    expect(email?.html).not.toContain("{{unsubscribe_url}}");
    expect(email?.html).toContain("https://digest.test/#test-send-unsubscribe");
    expect(await countRows("deliveries")).toBe(deliveriesBefore);
  });

  it("in local mode puts the test in the outbox, where the outbox page renders it in a frame", async () => {
    const session = await signIn();
    const editionId = await insertEdition("Local test edition");
    const to = uniqueAddress("local");
    const response = await postForm(session, "/admin/console/test-send", { edition: String(editionId), email: to }, localEnv());
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<a href="/admin/console/outbox">it is in the outbox</a>');
    const outbox = await (await getPage(session, "/admin/console/outbox", localEnv())).text();
    expect(outbox).toContain("Local mode");
    expect(outbox).toContain(`To <strong>${to}</strong>`);
    expect(outbox).toContain("[Test] Local test edition");
    expect(outbox).toMatch(/<iframe title="Message \d+: \[Test\] Local test edition" sandbox="" srcdoc="&lt;p&gt;Kept/);
  });

  it("refuses a bad address or an unknown edition with a clear 400", async () => {
    const session = await signIn();
    const editionId = await insertEdition("Bad input edition");
    const badAddress = await postForm(session, "/admin/console/test-send", { edition: String(editionId), email: "not-an-address" });
    expect(badAddress.status).toBe(400);
    expect(await badAddress.text()).toContain("Enter an email address to send the test to.");
    const unknown = await postForm(session, "/admin/console/test-send", { edition: "999999", email: uniqueAddress() });
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain("There is no edition #999999.");
  });

  it("reports a provider failure without pretending it was sent", async () => {
    const resend = createFakeResend();
    resend.failNext({ type: "status", status: 422, name: "validation_error", message: "Invalid `to` field." });
    installNetwork({ "resend.test": resend.handle });
    const session = await signIn();
    const editionId = await insertEdition("Failing test edition");
    const response = await postForm(session, "/admin/console/test-send", { edition: String(editionId), email: uniqueAddress() });
    expect(response.status).toBe(502);
    expect(await response.text()).toContain("The test was not sent");
  });
});

describe("page weight", () => {
  it("serves every page in one response with no external assets, and small", async () => {
    const session = await signIn();
    const editionId = await insertEdition("Weighed edition");
    const sizes: Record<string, number> = {};
    for (const path of ["/admin", "/admin/console/editions", `/admin/console/editions/${editionId}`, "/admin/console/preview", "/admin/console/test-send", "/admin/console/subscribers", "/admin/console/outbox"]) {
      const html = await (await getPage(session, path)).text();
      sizes[path] = new TextEncoder().encode(html).byteLength;
      // No stylesheet, script or image is fetched from elsewhere: one round trip per page.
      expect(html).not.toMatch(/<link |<script|<img /);
    }
    console.log("console page sizes (bytes):", JSON.stringify(sizes));
    for (const size of Object.values(sizes)) expect(size).toBeLessThan(64 * 1024);
  });
});
