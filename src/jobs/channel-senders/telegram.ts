// Telegram: POST {TELEGRAM_API_URL}/bot<token>/sendMessage with a body frozen at publish time.
// Telegram has no idempotency key: a message whose answer was lost (a crash, a timeout after
// Telegram accepted it) is sent again on retry, so a reader may see it twice; none is lost.
import { TELEGRAM_LIMITS } from "../../core/channels/limits";
import { classifyTelegramResponse, type ChannelOutcome } from "../../core/channels/responses";
import type { Settings } from "../../settings";
import { callPlatform, isAnswer } from "./http";
import type { PostSender } from "./posts";

export function createTelegramSender(settings: Settings): PostSender {
  const token = settings.TELEGRAM_BOT_TOKEN ?? "";
  const url = `${settings.TELEGRAM_API_URL ?? "https://api.telegram.org"}/bot${token}/sendMessage`;
  return {
    pauseMs: TELEGRAM_LIMITS.pauseMs,
    async send(post, context): Promise<ChannelOutcome> {
      const answer = await callPlatform(
        "telegram",
        url,
        { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(post) },
        context.attempt,
        [token],
      );
      return isAnswer(answer) ? classifyTelegramResponse(answer.status, answer.body, context.attempt) : answer;
    },
  };
}
