// Discord, Slack and the JSON webhook: one POST of the payload frozen at publish time.
import { classifyChannelResponse, type ChannelOutcome } from "../../core/channels/responses";
import type { ChannelName } from "../../core/channels/types";
import { signWebhookBody } from "../../core/channels/webhook";
import type { Settings } from "../../settings";
import { callPlatform, isAnswer } from "./http";

export async function postWebhookPayload(settings: Settings, channel: ChannelName, url: string, payload: string, attempt: number): Promise<ChannelOutcome> {
  const headers: Record<string, string> = { "content-type": "application/json", "user-agent": "review-digest (+channels)" };
  if (channel === "webhook") {
    if (!settings.JSON_WEBHOOK_SECRET) return { kind: "failed", error: "JSON_WEBHOOK_SECRET is not set, so the JSON webhook cannot be signed" };
    // Signed at send time: a retry hours later must not arrive with a stale timestamp.
    headers["x-signature"] = await signWebhookBody(settings.JSON_WEBHOOK_SECRET, payload, Math.floor(Date.now() / 1000));
  }
  const answer = await callPlatform(channel, url, { method: "POST", headers, body: payload }, attempt);
  return isAnswer(answer) ? classifyChannelResponse(channel, answer.status, answer.headers.get("retry-after"), answer.body, attempt) : answer;
}
