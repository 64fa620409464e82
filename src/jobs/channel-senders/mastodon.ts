// Mastodon: POST {MASTODON_URL}/api/v1/statuses with the Idempotency-Key fixed at publish time.
// Mastodon keeps a key for an hour and answers a repeat with the status it already made, so a
// retry after a lost answer posts nothing new. Past that hour the key is forgotten: a retry of a
// post whose answer was lost first looks for it among the account's latest statuses.
import { MASTODON_LIMITS } from "../../core/channels/limits";
import type { MastodonStatus } from "../../core/channels/mastodon";
import { classifyMastodonResponse, readMastodonAccount, readMastodonStatusList, type ChannelOutcome } from "../../core/channels/responses";
import type { Settings } from "../../settings";
import { callPlatform, isAnswer, type PlatformAnswer } from "./http";
import type { PostContext, PostSender } from "./posts";

// Five minutes short of Mastodon's hour, for clock skew and the request's own time.
const KEY_TRUSTED_MS = (MASTODON_LIMITS.idempotencyKeySeconds - 300) * 1000;
const RECENT_STATUSES = 40;

function failure(answer: PlatformAnswer, context: PostContext): ChannelOutcome {
  const outcome = classifyMastodonResponse(answer.status, answer.headers, answer.body, context.attempt, context.now);
  return outcome.kind === "sent" ? { kind: "failed", error: `mastodon answered ${answer.status} with an unreadable body` } : outcome;
}

/** True when one of the account's latest statuses links to `link`; an outcome when Mastodon could not say. */
async function isAlreadyPosted(base: string, headers: Record<string, string>, link: string, context: PostContext): Promise<boolean | ChannelOutcome> {
  const me = await callPlatform("mastodon", `${base}/api/v1/accounts/verify_credentials`, { headers }, context.attempt);
  if (!isAnswer(me)) return me;
  const account = me.status === 200 ? readMastodonAccount(me.body) : undefined;
  if (!account) return failure(me, context);
  const url = `${base}/api/v1/accounts/${encodeURIComponent(account.id)}/statuses?limit=${RECENT_STATUSES}&exclude_replies=true`;
  const list = await callPlatform("mastodon", url, { headers }, context.attempt);
  if (!isAnswer(list)) return list;
  const statuses = list.status === 200 ? readMastodonStatusList(list.body) : undefined;
  if (!statuses) return failure(list, context);
  // content is HTML: the link sits in an href, with & written as &amp;.
  const forms = [link, link.replace(/&/g, "&amp;")];
  return statuses.some((status) => forms.some((form) => status.content.includes(`"${form}"`)));
}

export function createMastodonSender(settings: Settings): PostSender {
  const base = settings.MASTODON_URL ?? "";
  const auth = { authorization: `Bearer ${settings.MASTODON_TOKEN ?? ""}` };
  return {
    async send(post, context): Promise<ChannelOutcome> {
      const status = post as MastodonStatus;
      if (context.uncertain && status.link && context.now.getTime() - context.lastActivity.getTime() > KEY_TRUSTED_MS) {
        const posted = await isAlreadyPosted(base, auth, status.link, context);
        if (posted === true) return { kind: "sent" };
        if (posted !== false) return posted;
      }
      const headers = { ...auth, "content-type": "application/json", "idempotency-key": status.idempotencyKey };
      const answer = await callPlatform("mastodon", `${base}/api/v1/statuses`, { method: "POST", headers, body: JSON.stringify(status.body) }, context.attempt);
      return isAnswer(answer) ? classifyMastodonResponse(answer.status, answer.headers, answer.body, context.attempt, context.now) : answer;
    },
  };
}
