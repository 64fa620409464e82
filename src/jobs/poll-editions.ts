// From a poll's new reviews to editions, one bad item never blocking the rest: each review goes
// through the spoiler pass and the sanitiser on its own, and the renderer fills as few emails as
// fit (a backlog of hundreds takes several editions instead of failing the size fitter). An item
// that fails is left out, with its error, and is not marked seen, so the next poll tries again.
import { prepareReview, type PreparedDigest } from "../core/digest";
import { renderDigest } from "../core/render";
import { renderInGroups } from "../core/render/budget";
import type { Review, SpoilerFreeReview } from "../core/types";
import type { SeenReview } from "../db/reviews";
import type { CandidateReview } from "./new-reviews";

export interface NewEdition {
  keys: SeenReview[];
  prepared: PreparedDigest;
  /** The feed's own items, for channels that show what the email leaves out. */
  originals: Review[];
}

export interface FailedItem {
  key: SeenReview;
  error: string;
}

interface PreparedItem {
  candidate: CandidateReview;
  review: SpoilerFreeReview;
}

const describe = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

/** Prepares and renders the candidates into editions; failures are reported per item. */
export function buildEditions(candidates: CandidateReview[], publication: string): { editions: NewEdition[]; failed: FailedItem[] } {
  const prepared: PreparedItem[] = [];
  const failed: FailedItem[] = [];
  for (const candidate of candidates) {
    try {
      prepared.push({ candidate, review: prepareReview(candidate.review) });
    } catch (error) {
      failed.push({ key: candidate.key, error: `could not prepare: ${describe(error)}` });
    }
  }
  const rendering = renderInGroups(prepared, (group) => renderDigest(group.map((item) => item.review), { publication }));
  for (const item of rendering.failed) failed.push({ key: item.item.candidate.key, error: `could not render: ${item.error}` });
  const editions = rendering.groups.map(({ items, result }) => ({
    keys: items.map((item) => item.candidate.key),
    prepared: { digest: result, reviews: items.map((item) => item.review) },
    originals: items.map((item) => item.candidate.review),
  }));
  for (const item of failed) console.error(`review-digest: feed item ${item.key.guid} left out: ${item.error}`);
  return { editions, failed };
}
