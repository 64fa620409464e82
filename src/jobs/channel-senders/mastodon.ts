// Mastodon: POST {MASTODON_URL}/api/v1/statuses with the Idempotency-Key fixed at publish time.
// Mastodon keeps a key for an hour and answers a repeat with the status it already made, so a
// retry after a lost answer posts nothing new.
import type { MastodonStatus } from "../../core/channels/mastodon";
import { classifyMastodonResponse, type ChannelOutcome } from "../../core/channels/responses";
import type { Settings } from "../../settings";
import { callPlatform, isAnswer } from "./http";
import type { PostSender } from "./posts";

export function createMastodonSender(settings: Settings): PostSender {
  const url = `${settings.MASTODON_URL ?? ""}/api/v1/statuses`;
  return {
    async send(post, context): Promise<ChannelOutcome> {
      const status = post as MastodonStatus;
      const headers = {
        authorization: `Bearer ${settings.MASTODON_TOKEN ?? ""}`,
        "content-type": "application/json",
        "idempotency-key": status.idempotencyKey,
      };
      const answer = await callPlatform("mastodon", url, { method: "POST", headers, body: JSON.stringify(status.body) }, context.attempt);
      return isAnswer(answer) ? classifyMastodonResponse(answer.status, answer.headers, answer.body, context.attempt, context.now) : answer;
    },
  };
}
