// Telegram, Mastodon and Bluesky get one post per review. The posts are sent in order, and each
// confirmed one is counted in D1 (posts_done) before the next goes out, so a retry (a 429, a
// crash) resumes where the last attempt stopped. A post the platform refuses for good is
// skipped and reported; it does not hold back the reviews after it.
import type { ChannelOutcome } from "../../core/channels/responses";
import type { PostingChannelName } from "../../core/channels/types";
import { recordPostsDone, type ChannelDelivery } from "../../db/channel-deliveries";
import type { Settings } from "../../settings";
import { createBlueskySender } from "./bluesky";
import { createMastodonSender } from "./mastodon";
import { createTelegramSender } from "./telegram";

export interface PostContext {
  index: number;
  /** The queue's attempt count, from 1. */
  attempt: number;
  now: Date;
  /** An earlier attempt got as far as this post, so the platform may already have it. */
  uncertain: boolean;
  /** When the delivery's row last changed: that earlier attempt happened after it. */
  lastActivity: Date;
}

export interface PostSender {
  send(post: unknown, context: PostContext): Promise<ChannelOutcome>;
  /** Wall-clock pause between two posts (no CPU is spent waiting). */
  pauseMs?: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function createSender(channel: PostingChannelName, db: D1Database, settings: Settings): PostSender {
  if (channel === "telegram") return createTelegramSender(settings);
  if (channel === "mastodon") return createMastodonSender(settings);
  return createBlueskySender(db, settings);
}

function readPosts(payloadJson: string | null): unknown[] | undefined {
  try {
    const posts: unknown = JSON.parse(payloadJson ?? "");
    return Array.isArray(posts) ? posts : undefined;
  } catch {
    return undefined;
  }
}

/** Sends every post not yet confirmed; `delivery` is the row as read before this attempt's claim. */
export async function deliverPosts(
  db: D1Database,
  settings: Settings,
  delivery: ChannelDelivery & { channel: PostingChannelName },
  attempt: number,
  now: Date,
): Promise<ChannelOutcome> {
  const posts = readPosts(delivery.payloadJson);
  if (!posts) return { kind: "failed", error: `${delivery.channel}: the stored payload is not a list of posts` };
  const sender = createSender(delivery.channel, db, settings);
  const refused: string[] = [];
  for (let index = delivery.postsDone; index < posts.length; index++) {
    const first = index === delivery.postsDone;
    if (!first && sender.pauseMs) await pause(sender.pauseMs);
    const outcome = await sender.send(posts[index], {
      index, attempt, now, uncertain: first && delivery.attempts > 0, lastActivity: new Date(delivery.updatedAt),
    });
    if (outcome.kind === "retry") return first ? outcome : { ...outcome, progressed: true };
    if (outcome.kind === "failed") refused.push(`post ${index + 1} of ${posts.length}: ${outcome.error}`);
    await recordPostsDone(db, delivery.editionId, delivery.channel, index + 1, now);
    if (outcome.kind === "sent" && outcome.waitSeconds && index + 1 < posts.length) {
      const error = `${delivery.channel} rate limit reached after post ${index + 1} of ${posts.length}`;
      return { kind: "retry", delaySeconds: outcome.waitSeconds, error, progressed: true };
    }
  }
  return refused.length ? { kind: "failed", error: refused.join("; ").slice(0, 2000) } : { kind: "sent" };
}
