// A feed naming a WebSub hub, the hub faked at the network boundary (its subscription requests
// recorded), and the worker's cron and fetch handlers on an env whose queue is recorded.
import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from "cloudflare:test";
import worker from "../../src/index";
import { recordQueue } from "./channels";
import { buildMediumFeed, createFakeFeed, uniqueFeedUrl, uniqueItem } from "./fake-feed";
import { createFakeResend } from "./fake-resend";
import { installNetwork } from "./network";

const HUB_HOST = "medium.superfeedr.com";

export function setupWebSub() {
  const items = [uniqueItem(), uniqueItem()];
  const feed = createFakeFeed(buildMediumFeed(items));
  const hubRequests: URLSearchParams[] = [];
  installNetwork({
    "feeds.test": feed.handle,
    "resend.test": createFakeResend().handle,
    [HUB_HOST]: async (request) => {
      hubRequests.push(new URLSearchParams(await request.text()));
      return new Response(null, { status: 202 });
    },
  });
  const recorded = recordQueue();
  const runEnv: Env = { ...env, FEED_URL: uniqueFeedUrl(), DELIVERY_QUEUE: recorded.queue };
  const cron = async (at = Date.now()) => {
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: at, cron: "*/15 * * * *" }), runEnv, ctx);
    await waitOnExecutionContext(ctx);
  };
  const call = async (request: Request) => {
    const ctx = createExecutionContext();
    const response = await worker.fetch(request, runEnv, ctx);
    await waitOnExecutionContext(ctx);
    return response;
  };
  const editionCount = async () =>
    (await env.DB.prepare(
      "SELECT COUNT(DISTINCT r.edition_id) AS count FROM reviews r JOIN feeds f ON f.id = r.feed_id WHERE f.url = ?1 AND r.edition_id IS NOT NULL",
    )
      .bind(runEnv.FEED_URL)
      .first<{ count: number }>())?.count ?? 0;
  return { items, feed, hubRequests, recorded, runEnv, cron, call, editionCount };
}
