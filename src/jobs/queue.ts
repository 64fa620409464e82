// The queue consumers. Deliveries: each message is validated, dispatched by kind, and acked
// or retried on its own (never the whole batch at once). Dead letters: recorded in D1.
import { readSettings } from "../settings";
import { createMailer } from "../mail/mailer";
import { resendPacer } from "../mail/pacer";
import { describeIssues } from "../validation";
import { recordDeadLetters } from "./dead-letters";
import { deliverChunk, type DeliveryContext } from "./deliver";
import { backoffSeconds, QueueMessage, type MessageResult } from "./messages";

export const DEAD_LETTER_QUEUE = "review-digest-dead-letters";

// While the settings are broken nothing is sent; messages wait and retry rather than being lost.
const SETTINGS_RETRY_SECONDS = 60;

// A switch keeps each kind's handler typed by its own message shape. The channel code (post
// formats, the spoiler engine's mark mode, htmlparser2) loads on the first channel message:
// an email chunk's invocation never evaluates it.
async function runMessage(context: DeliveryContext, message: QueueMessage, attempts: number): Promise<MessageResult> {
  switch (message.kind) {
    case "deliver":
      return deliverChunk(context, message);
    case "channel": {
      const { deliverChannelMessage } = await import("./channels");
      return deliverChannelMessage(context.db, context.settings, message, attempts, context.now());
    }
  }
}

async function handleMessage(message: Message<unknown>, context: DeliveryContext): Promise<void> {
  const parsed = QueueMessage.safeParse(message.body);
  if (!parsed.success) {
    console.error(`review-digest: dropping malformed queue message ${message.id}: ${describeIssues(parsed.error)}`);
    message.ack();
    return;
  }
  let result: MessageResult;
  try {
    result = await runMessage(context, parsed.data, message.attempts);
  } catch (error) {
    console.error(`review-digest: queue message ${message.id} (${parsed.data.kind}) failed; retrying`, error);
    result = { action: "retry", delaySeconds: backoffSeconds(message.attempts) };
  }
  if (result.action === "ack") message.ack();
  else message.retry({ delaySeconds: result.delaySeconds });
}

/** Entry point for every queue this worker consumes. */
export async function handleQueueBatch(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  if (batch.queue === DEAD_LETTER_QUEUE) return recordDeadLetters(batch, env);
  const settings = readSettings(env);
  if (!settings.ok) {
    for (const message of batch.messages) message.retry({ delaySeconds: SETTINGS_RETRY_SECONDS });
    return;
  }
  const context: DeliveryContext = {
    db: env.DB,
    settings: settings.settings,
    mailer: createMailer(env, settings.settings),
    pacer: resendPacer,
    now: () => new Date(),
    queue: env.DELIVERY_QUEUE,
  };
  // Concurrently: the pacer spaces the Resend calls, while D1 work of other chunks overlaps them.
  await Promise.all(batch.messages.map((message) => handleMessage(message, context)));
}
