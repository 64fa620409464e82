// The cron tick: poll every feed, sweep stranded delivery chunks, then send due daily/weekly
// digests, prune subscriber bookkeeping and renew WebSub leases. Each step runs even when an earlier one failed.
import { sendDueDigests } from "./digests";
import { pollFeeds } from "./poll";
import { pruneSubscriberState } from "./subscriber-housekeeping";
import { sweepDeliveries } from "./sweep";
import { renewWebSubSubscriptions } from "./websub";

async function runStep(name: string, step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch (error) {
    console.error(`review-digest: cron step "${name}" failed`, error);
  }
}

/** One cron tick at `scheduledTime` (ms since epoch). */
export async function runScheduled(env: Env, scheduledTime: number): Promise<void> {
  const now = new Date(scheduledTime);
  await runStep("poll", async () => {
    const summary = await pollFeeds(env, now);
    if (!summary.ok) console.error(`review-digest: cron poll skipped: invalid settings: ${summary.problems.join("; ")}`);
  });
  // Chunks a crash, a lost message or a dead letter left behind, and quota pauses that ended.
  await runStep("sweep", () => sweepDeliveries(env, now));
  // After the poll, so a review published just before the digest hour is in the digest.
  await runStep("digests", () => sendDueDigests(env, now));
  await runStep("housekeeping", () => pruneSubscriberState(env, now));
  // Last: WebSub only speeds things up, the poll above is the fallback.
  await runStep("websub", () => renewWebSubSubscriptions(env, now));
}
