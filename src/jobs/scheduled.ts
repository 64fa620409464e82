// The cron tick: poll every feed, queue editions a crash left unqueued, sweep stranded delivery
// chunks, then send due daily/weekly digests, prune subscriber bookkeeping and renew WebSub
// leases. Each step runs even when an earlier one failed. The five chores after the poll read in
// one D1 batch: each D1 call costs the tick CPU, and almost every tick finds nothing to do.
import { runReads, type BatchedRead } from "../db/batched-read";
import { digestsRead, sendDueDigests } from "./digests";
import { unpublishedEditionsRead } from "../db/editions";
import { pollFeeds, republishStranded } from "./poll";
import { pruneSubscriberState, subscriberPruneRead } from "./subscriber-housekeeping";
import { sweepDeliveries, sweepRead } from "./sweep";
import { renewWebSubSubscriptions, webSubRead } from "./websub";

async function runStep(name: string, step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch (error) {
    console.error(`review-digest: cron step "${name}" failed`, error);
  }
}

type ChoreReads = Awaited<ReturnType<typeof readChores>>;

/** The chores' reads (and the prunes), in one batch; a step whose read is missing reads on its own. */
async function readChores(env: Env, now: Date) {
  const sweep = sweepRead(env, now);
  const digests = digestsRead(env, now);
  const websub = webSubRead(env);
  const prune = subscriberPruneRead(env.DB, now);
  const none: BatchedRead<undefined> = { statements: [], read: () => undefined };
  const [unpublished, stranded, digestWork, feeds, pruned] = await runReads(env.DB, [
    unpublishedEditionsRead(env.DB), sweep ?? none, digests ?? none, websub ?? none, prune,
  ]);
  return { unpublished, stranded, digestWork, feeds, pruned };
}

/** One cron tick at `scheduledTime` (ms since epoch). */
export async function runScheduled(env: Env, scheduledTime: number): Promise<void> {
  const now = new Date(scheduledTime);
  await runStep("poll", async () => {
    const summary = await pollFeeds(env, now, { republish: false });
    if (!summary.ok) console.error(`review-digest: cron poll skipped: invalid settings: ${summary.problems.join("; ")}`);
  });
  // After the poll, so a review published just before the digest hour is in the digest. If the
  // batch fails, each step tries again on its own.
  let reads: Partial<ChoreReads> = {};
  await runStep("chores' reads", async () => {
    reads = await readChores(env, now);
  });
  // Editions a crash left unqueued (the poll's own were queued by it, and so are not among them).
  await runStep("republish", () => republishStranded(env, [], now, reads.unpublished));
  // Chunks a crash, a lost message or a dead letter left behind, and quota pauses that ended.
  await runStep("sweep", () => sweepDeliveries(env, now, reads.stranded));
  await runStep("digests", () => sendDueDigests(env, now, reads.digestWork));
  if (reads.pruned === undefined) await runStep("housekeeping", () => pruneSubscriberState(env, now));
  // Last: WebSub only speeds things up, the poll above is the fallback.
  await runStep("websub", () => renewWebSubSubscriptions(env, now, reads.feeds));
}
