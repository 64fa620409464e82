// The cron tick. Polls every feed; later issues add digests and WebSub renewal here.
import { sendDueDigests } from "./digests";
import { pollFeeds } from "./poll";
import { pruneSubscriberState } from "./subscriber-housekeeping";
import { renewWebSubSubscriptions } from "./websub";

/** One cron tick at `scheduledTime` (ms since epoch). */
export async function runScheduled(env: Env, scheduledTime: number): Promise<void> {
  const summary = await pollFeeds(env, new Date(scheduledTime));
  if (!summary.ok) console.error(`review-digest: cron poll skipped: invalid settings: ${summary.problems.join("; ")}`);
  // After the poll, so a review published just before the digest hour is in the digest.
  await sendDueDigests(env, new Date(scheduledTime));
  await pruneSubscriberState(env, new Date(scheduledTime));
  // Last, and never fatal: WebSub only speeds things up, the poll above is the fallback.
  await renewWebSubSubscriptions(env, new Date(scheduledTime)).catch((error) => console.error("review-digest: WebSub renewal failed", error));
}
