// The dead-letter consumer: a delivery message that used up the queue's retries is recorded
// (shown by GET /admin/status). Its chunk is not failed: it is parked, and the cron sweeper
// queues it again later under the same Idempotency-Key, so a dead letter is never a lost reader.
// A channel message has no sweeper: its delivery is marked failed, so the console shows it.
import { failUnsentChannelDelivery } from "../db/channel-deliveries";
import { recordDeadLetter } from "../db/dead-letters";
import { parkChunk } from "../db/delivery-chunks";
import { PARK_MS } from "./deliver-outcome";
import { ChannelMessage, DeliverMessage } from "./messages";

const SOURCE_QUEUE = "review-digest-deliveries";

export async function recordDeadLetters(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  for (const message of batch.messages) {
    try {
      const now = new Date();
      const deliver = DeliverMessage.safeParse(message.body);
      const until = new Date(now.getTime() + PARK_MS);
      const reason = deliver.success
        ? `used up its retries on ${SOURCE_QUEUE}; the sweeper queues the chunk again from ${until.toISOString()}`
        : `used up its retries on ${SOURCE_QUEUE}`;
      if (deliver.success) await parkChunk(env.DB, deliver.data, until, `dead-lettered: ${reason}`, now);
      const channel = ChannelMessage.safeParse(message.body);
      if (channel.success) await failUnsentChannelDelivery(env.DB, channel.data.editionId, channel.data.channel, `dead-lettered: ${reason}`, now);
      await recordDeadLetter(env.DB, SOURCE_QUEUE, message.body, reason, now);
      message.ack();
    } catch (error) {
      console.error(`review-digest: could not record dead letter ${message.id}`, error);
      message.retry();
    }
  }
}
