// issue 5: the queue consumers (deliveries and dead letters).

export async function handleQueueBatch(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  void env;
  for (const message of batch.messages) message.ack();
}
