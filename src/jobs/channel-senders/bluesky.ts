// Bluesky: com.atproto.repo.createRecord of an app.bsky.feed.post under a record key fixed at
// publish time. When an earlier attempt may already have written it (its answer was lost),
// com.atproto.repo.getRecord looks first, so a retry never posts twice.
import type { BlueskyPost } from "../../core/channels/bluesky";
import { classifyXrpcResponse, readXrpcError, type BlueskySession, type ChannelOutcome } from "../../core/channels/responses";
import type { Settings } from "../../settings";
import { blueskyService, withBlueskySession } from "./bluesky-session";
import { callPlatform, isAnswer, type PlatformAnswer } from "./http";
import type { PostContext, PostSender } from "./posts";

const COLLECTION = "app.bsky.feed.post";

async function findRecord(settings: Settings, session: BlueskySession, rkey: string, attempt: number): Promise<PlatformAnswer | ChannelOutcome> {
  const query = new URLSearchParams({ repo: session.did, collection: COLLECTION, rkey });
  const url = `${blueskyService(settings)}/xrpc/com.atproto.repo.getRecord?${query}`;
  return callPlatform("bluesky", url, { headers: { authorization: `Bearer ${session.accessJwt}` } }, attempt);
}

async function createRecord(settings: Settings, session: BlueskySession, post: BlueskyPost, attempt: number): Promise<PlatformAnswer | ChannelOutcome> {
  const body = JSON.stringify({ repo: session.did, collection: COLLECTION, rkey: post.rkey, record: post.record });
  const headers = { authorization: `Bearer ${session.accessJwt}`, "content-type": "application/json" };
  return callPlatform("bluesky", `${blueskyService(settings)}/xrpc/com.atproto.repo.createRecord`, { method: "POST", headers, body }, attempt);
}

function isMissing(answer: PlatformAnswer): boolean {
  return answer.status === 400 && readXrpcError(answer.body)?.error === "RecordNotFound";
}

export function createBlueskySender(db: D1Database, settings: Settings): PostSender {
  return {
    async send(post, context: PostContext): Promise<ChannelOutcome> {
      const bluesky = post as BlueskyPost;
      const answer = await withBlueskySession({ db, settings, attempt: context.attempt, now: context.now }, async (session) => {
        if (context.uncertain) {
          const found = await findRecord(settings, session, bluesky.rkey, context.attempt);
          // Found (200), or an answer the session handling must see (an expired token): stop here.
          if (!isAnswer(found) || !isMissing(found)) return found;
        }
        return createRecord(settings, session, bluesky, context.attempt);
      });
      return isAnswer(answer) ? classifyXrpcResponse(answer.status, answer.headers, answer.body, context.attempt, context.now) : answer;
    },
  };
}
