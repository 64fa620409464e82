// The dead-letter consumer: a delivery message that used up its retries is recorded (shown by
// GET /admin/status), and the deliveries it still held are marked failed.
import { recordChunkFailed } from "../db/deliveries";
import { recordDeadLetter } from "../db/dead-letters";
import { DeliverMessage } from "./messages";

const SOURCE_QUEUE = "review-digest-deliveries";

export async function recordDeadLetters(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  for (const message of batch.messages) {
    try {
      const now = new Date();
      const reason = `used up its retries on ${SOURCE_QUEUE}`;
      const deliver = DeliverMessage.safeParse(message.body);
      if (deliver.success) await recordChunkFailed(env.DB, deliver.data.editionId, deliver.data.chunk, `dead-lettered: ${reason}`, now);
      await recordDeadLetter(env.DB, SOURCE_QUEUE, message.body, reason, now);
      message.ack();
    } catch (error) {
      console.error(`review-digest: could not record dead letter ${message.id}`, error);
      message.retry();
    }
  }
}
