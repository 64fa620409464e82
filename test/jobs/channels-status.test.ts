// The channels as the operator sees them: /admin/status JSON and the console overview.
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { listConfiguredChannels, queueChannelDeliveries } from "../../src/jobs/channels";
import { readSettings } from "../../src/settings";
import { getPage, send, signIn } from "../http/console-support";
import { addChannelEdition, consume, MASTODON_INSTANCE, socialEnv, spoilerFreeReview, TELEGRAM_API } from "../support/channels";
import { createFakeMastodon } from "../support/channels-mastodon";
import { createFakeTelegram } from "../support/channels-telegram";
import { installNetwork } from "../support/network";

describe("channels in /admin/status and the console", () => {
  it("lists each configured channel with its deliveries and latest error; an unconfigured one is absent", async () => {
    const telegram = createFakeTelegram();
    installNetwork({ [new URL(TELEGRAM_API).host]: telegram.handle, [new URL(MASTODON_INSTANCE).host]: createFakeMastodon().handle });
    const { env: runEnv, recorded } = socialEnv({ BLUESKY_HANDLE: "", MASTODON_TOKEN: "revoked-token" });
    const editionId = await addChannelEdition([spoilerFreeReview()]);
    await queueChannelDeliveries(runEnv, editionId, new Date());
    await consume(runEnv, recorded.bodies);

    const status = await send("/admin/status", { headers: { authorization: "Bearer test-admin-token-0123456789" } }, runEnv);
    const body = (await status.json()) as { channels: Array<{ channel: string; configured: boolean; counts: Record<string, number>; lastError: string | null }> };
    const byName = Object.fromEntries(body.channels.map((report) => [report.channel, report]));
    expect(byName.telegram).toMatchObject({ configured: true, counts: { sent: 1, failed: 0 }, lastError: null });
    expect(byName.mastodon).toMatchObject({ configured: true, counts: { sent: 0, failed: 1 }, lastError: expect.stringContaining("access token is invalid") });
    expect(byName.bluesky).toBeUndefined();

    const page = await (await getPage(await signIn(), "/admin", runEnv)).text();
    expect(page).toContain('<h2 id="channels">Channels</h2>');
    expect(page).toMatch(/<td[^>]*>telegram<\/td>\s*<td[^>]*><span class="badge on">on<\/span><\/td>\s*<td[^>]*>1<\/td>/);
    expect(page).toContain("mastodon answered 401: The access token is invalid");
  });
});

describe("channel settings", () => {
  it("defaults the API bases, trims trailing slashes, and names a bad instance URL", () => {
    const read = readSettings({ ...env, TELEGRAM_API_URL: "", BLUESKY_SERVICE: "https://pds.example.org/", MASTODON_URL: "https://mastodon.example/" });
    expect(read).toMatchObject({ ok: true, settings: { TELEGRAM_API_URL: "https://api.telegram.org", BLUESKY_SERVICE: "https://pds.example.org", MASTODON_URL: "https://mastodon.example" } });
    const bad = readSettings({ ...env, MASTODON_URL: "javascript:alert(1)" });
    expect(bad).toMatchObject({ ok: false, problems: [expect.stringContaining("MASTODON_URL must be an http(s) URL")] });
  });

  it("turns a channel on only when all of its settings are filled in", () => {
    const read = readSettings({ ...env, TELEGRAM_BOT_TOKEN: "123456:TEST-telegram-token", TELEGRAM_CHAT_ID: "", BLUESKY_HANDLE: "a.bsky.social", BLUESKY_APP_PASSWORD: "abcd-efgh-ijkl-mnop" });
    expect(read.ok && listConfiguredChannels(read.settings)).toEqual(["bluesky"]);
  });
});
