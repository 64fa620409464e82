// The sweeper's reads, in one D1 batch: nearly every cron tick finds nothing stranded, and each
// round trip costs the tick CPU in the Worker (Workers Free bills it per invocation).
import { reclaimStrandedStatement, toChannelDeliveryKey, type ChannelDeliveryKey, type ChannelDeliveryKeyRow } from "./channel-deliveries";
import { runRead, type BatchedRead } from "./batched-read";
import { expiredChunksStatement, toExpiredChunk, type ExpiredChunk, type ExpiredChunkRow } from "./delivery-chunks";

export interface StrandedDeliveries {
  /** listExpiredChunks: chunks whose lease ran out (or that never had one). */
  chunks: ExpiredChunk[];
  /** reclaimStrandedStatement: channel deliveries untouched since `staleBefore`, now queued again. */
  channels: ChannelDeliveryKey[];
}

/** Expired chunks and reclaimed channel deliveries at `now`; neither statement affects the other's rows. */
export function strandedDeliveriesRead(
  db: D1Database,
  now: Date,
  staleBefore: Date,
  limits: { chunks: number; channels: number },
): BatchedRead<StrandedDeliveries> {
  return {
    statements: [expiredChunksStatement(db, now, staleBefore, limits.chunks), reclaimStrandedStatement(db, staleBefore, now, limits.channels)],
    read: ([chunks, channels]) => ({
      chunks: ((chunks?.results ?? []) as ExpiredChunkRow[]).map(toExpiredChunk),
      channels: ((channels?.results ?? []) as ChannelDeliveryKeyRow[]).map(toChannelDeliveryKey),
    }),
  };
}

export function takeStrandedDeliveries(db: D1Database, now: Date, staleBefore: Date, limits: { chunks: number; channels: number }): Promise<StrandedDeliveries> {
  return runRead(db, strandedDeliveriesRead(db, now, staleBefore, limits));
}
