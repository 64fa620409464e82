// Helpers for the delivery tests: an edition fanned out to new subscribers, a DELIVERY_QUEUE
// that records what the consumer and the sweeper queue (with their delays) instead of letting
// the local queue's background consumer race the test, and the real queue handler run on them.
import { createExecutionContext, createMessageBatch, env, getQueueResult } from "cloudflare:test";
import { vi } from "vitest";
import worker from "../../src/index";
import { assignDeliveryChunks } from "../../src/db/deliveries";
import { createFakeResend, type FakeResend, type FakeResendOptions } from "../support/fake-resend";
import { installNetwork } from "../support/network";
import { addEdition, addSubscribers, listDeliveries, type DeliveryRow } from "../support/pipeline";

export const QUEUE = "review-digest-deliveries";

export interface Queued {
  body: { kind: string; editionId: number; chunk: number };
  delaySeconds: number;
}

/** A producer that records each message and its delay. */
export function recordingQueue(): { queue: Queue; queued: Queued[] } {
  const queued: Queued[] = [];
  const producer = {
    async send(body: Queued["body"], options?: QueueSendOptions) {
      queued.push({ body, delaySeconds: options?.delaySeconds ?? 0 });
    },
    async sendBatch(messages: Iterable<MessageSendRequest<Queued["body"]>>) {
      for (const message of messages) queued.push({ body: message.body, delaySeconds: message.delaySeconds ?? 0 });
    },
  };
  return { queue: producer as unknown as Queue, queued };
}

/** The test env with a recorded queue and short delivery timings. */
export function deliveryEnv(overrides: Record<string, string> = {}) {
  const recorded = recordingQueue();
  const runEnv = { ...env, DELIVERY_QUEUE: recorded.queue, ...overrides } as Env;
  return { env: runEnv, queued: recorded.queued };
}

/** An edition fanned out to `count` new subscribers; returns what this test owns. */
export async function arrange(count = 3) {
  const subscribers = await addSubscribers(count);
  const editionId = await addEdition();
  await assignDeliveryChunks(env.DB, editionId, new Date());
  // Published, as publishEdition leaves it: a cron tick's poll must not queue it again itself.
  await env.DB.prepare("UPDATE editions SET published_at = ?2 WHERE id = ?1").bind(editionId, new Date().toISOString()).run();
  const mine = async (): Promise<DeliveryRow[]> =>
    (await listDeliveries(editionId)).filter((row) => subscribers.some((subscriber) => subscriber.id === row.subscriber_id));
  const chunks = [...new Set((await mine()).map((row) => row.chunk))];
  return { subscribers, editionId, mine, chunks };
}

/** Runs the real queue handler on one message per chunk, as the queue would on attempt `attempts`. */
export async function consume(runEnv: Env, editionId: number, chunks: number[], attempts = 1) {
  const batch = createMessageBatch(
    QUEUE,
    chunks.map((chunk) => ({ id: `m-${editionId}-${chunk}-${crypto.randomUUID()}`, timestamp: new Date(), attempts, body: { kind: "deliver", editionId, chunk } })),
  );
  const retries = batch.messages.map((message) => vi.spyOn(message as Message<unknown>, "retry"));
  const ctx = createExecutionContext();
  await worker.queue(batch, runEnv);
  const result = await getQueueResult(batch, ctx);
  const retryOptions = retries.flatMap((spy) => spy.mock.calls.map((call) => call[0]))[0];
  return { acked: result.explicitAcks.length, retried: result.retryMessages.length, retryOptions };
}

export function setupResend(options: FakeResendOptions = {}): FakeResend {
  const resend = createFakeResend(options);
  installNetwork({ "resend.test": resend.handle });
  return resend;
}

export const emailsTo = (resend: FakeResend, subscribers: { email: string }[]) => subscribers.flatMap((subscriber) => resend.sentTo(subscriber.email));

export interface ChunkRow {
  round: number;
  failures: number;
  waits: number;
  first_call_at: string | null;
  uncertain: number;
  waiting: string | null;
  wait_until: string | null;
  lease_until: string;
  last_error: string | null;
}

export async function findChunk(editionId: number, chunk: number): Promise<ChunkRow | null> {
  return env.DB.prepare("SELECT * FROM delivery_chunks WHERE edition_id = ?1 AND chunk = ?2").bind(editionId, chunk).first<ChunkRow>();
}
