// Shared arrangement of the Telegram, Mastodon and Bluesky delivery tests: an edition with its
// originals queued for every configured channel, fresh fakes at the network boundary, and a way
// to play a crash between a platform's answer and our D1 write.
import { env } from "cloudflare:test";
import type { Review, SpoilerFreeReview } from "../../src/core/types";
import { listChannelDeliveries } from "../../src/db/channel-deliveries";
import { queueChannelDeliveries } from "../../src/jobs/channels";
import { addChannelEdition, BLUESKY_PDS, MASTODON_INSTANCE, socialEnv, spoilerFreeReview, TELEGRAM_API } from "./channels";
import { createFakeBluesky } from "./channels-bluesky";
import { createFakeMastodon } from "./channels-mastodon";
import { createFakeTelegram } from "./channels-telegram";
import { installNetwork } from "./network";

export const host = (url: string) => new URL(url).host;

// The feed's original: LEAK words are marked spoilers, KEEP words are not.
export const ORIGINAL_HTML = [
  "<p>KEEP Inception is a heist film set inside dreams, and it is a great one to watch.</p>",
  "<p><strong>SPOILER WARNING</strong></p>",
  "<p>LEAK The top keeps spinning, so Cobb is still dreaming.</p>",
  "<p>— End spoilers —</p>",
  "<p>KEEP The verdict: go and see it. [spoiler]LEAK Mal was right.[/spoiler]</p>",
].join("");

/** An edition of `count` reviews, each with its original, queued for every configured channel. */
export async function arrange(count = 2, overrides: Partial<Env> = {}) {
  const { env: runEnv, recorded } = socialEnv(overrides);
  const reviews: SpoilerFreeReview[] = Array.from({ length: count }, () =>
    spoilerFreeReview({ html: "<p>KEEP Inception is a heist film set inside dreams, and it is a great one to watch.</p><p>KEEP The verdict: go and see it.</p>" }),
  );
  const originals: Review[] = reviews.map((review) => ({ ...review, html: ORIGINAL_HTML }));
  const editionId = await addChannelEdition(reviews);
  await queueChannelDeliveries(runEnv, editionId, new Date(), originals);
  const rows = async () => Object.fromEntries((await listChannelDeliveries(env.DB, editionId)).map((row) => [row.channel, row]));
  const bodyFor = (channel: string) => recorded.bodies.filter((body) => (body as { channel: string }).channel === channel);
  return { runEnv, editionId, bodies: recorded.bodies, bodyFor, rows, reviews };
}

/** Fresh fakes; a Bluesky session a previous test stored in this file's D1 is forgotten with its fake. */
export async function fakes() {
  await env.DB.prepare("DELETE FROM channel_sessions").run();
  const telegram = createFakeTelegram();
  const mastodon = createFakeMastodon();
  const bluesky = createFakeBluesky();
  const network = installNetwork({ [host(TELEGRAM_API)]: telegram.handle, [host(MASTODON_INSTANCE)]: mastodon.handle, [host(BLUESKY_PDS)]: bluesky.handle });
  return { telegram, mastodon, bluesky, network };
}

/** As if the worker died after the platform confirmed the last post and before D1 recorded it, `minutesAgo`. */
export async function forgetLastAttempt(editionId: number, channel: string, minutesAgo = 10) {
  await env.DB.prepare(
    "UPDATE channel_deliveries SET status = 'sending', posts_done = posts_done - 1, updated_at = ?3 WHERE edition_id = ?1 AND channel = ?2",
  )
    .bind(editionId, channel, new Date(Date.now() - minutesAgo * 60_000).toISOString())
    .run();
}

