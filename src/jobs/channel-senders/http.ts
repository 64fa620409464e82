// One outbound request to a channel's API, with a timeout; the answer is read whole.
import { backoffSeconds, type ChannelOutcome } from "../../core/channels/responses";

const TIMEOUT_MS = 10_000;

export interface PlatformAnswer {
  status: number;
  headers: Headers;
  body: string;
}

/** The answer, or a retry outcome when the platform could not be reached (or did not answer in time). */
export async function callPlatform(
  label: string,
  url: string,
  init: RequestInit,
  attempt: number,
  secrets: string[] = [],
): Promise<PlatformAnswer | ChannelOutcome> {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
    return { status: response.status, headers: response.headers, body: await response.text() };
  } catch (error) {
    let reason = error instanceof Error ? error.message : String(error);
    // Telegram puts the bot token in the URL path: it must never reach a log or the console.
    for (const secret of secrets) if (secret) reason = reason.split(secret).join("***");
    return { kind: "retry", delaySeconds: backoffSeconds(attempt), error: `${label} unreachable: ${reason}` };
  }
}

export function isAnswer(value: PlatformAnswer | ChannelOutcome): value is PlatformAnswer {
  return "status" in value;
}
