// Bodies of the delivery queue's messages, validated on the way in. Each kind has one handler
// in queue.ts. The schemas live here, not beside their handlers, so that reading a message
// never loads a handler's code (a queue isolate loads the channel code only for channel messages).
import { z } from "../validation";
import { CHANNELS } from "./channel-settings";

export const ChannelMessage = z.object({
  kind: z.literal("channel"),
  editionId: z.number().check(z.int(), z.positive()),
  channel: z.enum(CHANNELS),
});
export type ChannelMessage = z.infer<typeof ChannelMessage>;

export const DeliverMessage = z.object({
  kind: z.literal("deliver"),
  editionId: z.int().check(z.positive()),
  chunk: z.int().check(z.minimum(0)),
});
export type DeliverMessage = z.infer<typeof DeliverMessage>;

export const QueueMessage = z.discriminatedUnion("kind", [DeliverMessage, ChannelMessage]);
export type QueueMessage = z.infer<typeof QueueMessage>;

/** What the consumer does with one message. */
export type MessageResult = { action: "ack" } | { action: "retry"; delaySeconds: number };

/** Exponential backoff for temporary failures: 5 s, 10 s, 20 s … capped at 5 minutes. */
export function backoffSeconds(attempts: number): number {
  return Math.min(300, 5 * 2 ** Math.max(0, attempts - 1));
}
