// The one D1 batch that turns a poll into state: the editions, their reviews marked seen, the
// rest of the new items marked seen without an edition (seeding), the items that failed, and
// the feed's validators.
// A batch is one transaction, so a crash leaves either all of it or none: a review is never
// marked seen without its edition, and the ETag never moves past reviews that were not stored.
import type { PreparedDigest } from "../core/digest";
import { insertEditionStatement } from "../db/editions";
import { recordPollStatement, type PollRecord } from "../db/feeds";
import { replaceItemErrorsStatements, type NewItemError } from "../db/item-errors";
import { markReviewSeenStatement, type SeenReview } from "../db/reviews";

export interface ReviewsToStore {
  feedId: number;
  /** New editions (one per email; a large backlog takes several), each with its reviews. */
  editions: { keys: SeenReview[]; prepared: PreparedDigest }[];
  /** Reviews recorded without sending (the first poll's seeding). */
  seedOnly: SeenReview[];
  /** Items left out of the editions (they replace the feed's previous list). */
  itemErrors: NewItemError[];
  poll: PollRecord;
}

export type StoreResult = { stored: true; editionIds: number[] } | { stored: false; reason: "already_seen" };

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && /UNIQUE constraint failed/i.test(error.message);
}

/** Stores a poll's reviews atomically; "already_seen" when an overlapping poll got there first. */
export async function storeReviews(db: D1Database, input: ReviewsToStore, now: Date): Promise<StoreResult> {
  const statements: D1PreparedStatement[] = [];
  // Each edition's reviews follow its insert: "the newest edition" is theirs (reviews.ts).
  const editionAt: number[] = [];
  for (const edition of input.editions) {
    const { digest, reviews } = edition.prepared;
    editionAt.push(statements.length);
    statements.push(insertEditionStatement(db, "instant", digest, reviews, now));
    for (const key of edition.keys) statements.push(markReviewSeenStatement(db, input.feedId, key, true, now));
  }
  for (const key of input.seedOnly) statements.push(markReviewSeenStatement(db, input.feedId, key, false, now));
  statements.push(...replaceItemErrorsStatements(db, input.feedId, input.itemErrors, now));
  statements.push(recordPollStatement(db, input.feedId, input.poll, now));
  try {
    const results = await db.batch(statements);
    return { stored: true, editionIds: editionAt.map((index) => results[index]?.meta.last_row_id ?? 0).filter((id) => id > 0) };
  } catch (error) {
    if (isUniqueViolation(error)) return { stored: false, reason: "already_seen" };
    throw error;
  }
}
