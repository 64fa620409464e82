// Editions as the public sees them: the archive pages, feed.xml and the chat channels.
// Test editions (sent from the console to the operator) are never public.
import type { SpoilerFreeReview } from "../core/types";

export type EditionKind = "instant" | "daily" | "weekly" | "test";

export interface EditionSummary {
  id: number;
  kind: EditionKind;
  subject: string;
  preheader: string;
  createdAt: string;
}

export interface Edition extends EditionSummary {
  html: string;
  text: string;
  reviews: SpoilerFreeReview[];
}

interface EditionRow {
  id: number;
  kind: EditionKind;
  subject: string;
  preheader: string;
  html?: string;
  text?: string;
  reviews_json?: string;
  created_at: string;
}

const PUBLIC_KINDS = "('instant', 'daily', 'weekly')";

function readReviews(json: string | undefined): SpoilerFreeReview[] {
  try {
    const parsed: unknown = JSON.parse(json ?? "[]");
    return Array.isArray(parsed) ? (parsed as SpoilerFreeReview[]) : [];
  } catch {
    return [];
  }
}

function toSummary(row: EditionRow): EditionSummary {
  return { id: row.id, kind: row.kind, subject: row.subject, preheader: row.preheader, createdAt: row.created_at };
}

function toEdition(row: EditionRow): Edition {
  return { ...toSummary(row), html: row.html ?? "", text: row.text ?? "", reviews: readReviews(row.reviews_json) };
}

/** Public editions, newest first; `beforeId` pages back through older ones. */
export async function listPublicEditions(db: D1Database, limit: number, beforeId?: number): Promise<EditionSummary[]> {
  const { results } = await db
    .prepare(
      `SELECT id, kind, subject, preheader, created_at FROM editions
       WHERE kind IN ${PUBLIC_KINDS} AND id < ?1 ORDER BY id DESC LIMIT ?2`,
    )
    .bind(beforeId ?? Number.MAX_SAFE_INTEGER, limit)
    .all<EditionRow>();
  return results.map(toSummary);
}

/** The newest public editions with their reviews, for feed.xml. */
export async function listRecentPublicEditions(db: D1Database, limit: number): Promise<Edition[]> {
  const { results } = await db
    .prepare(`SELECT * FROM editions WHERE kind IN ${PUBLIC_KINDS} ORDER BY id DESC LIMIT ?1`)
    .bind(limit)
    .all<EditionRow>();
  return results.map(toEdition);
}

/** One public edition, or undefined (also for test editions). */
export async function readPublicEdition(db: D1Database, id: number): Promise<Edition | undefined> {
  const row = await db.prepare(`SELECT * FROM editions WHERE id = ?1 AND kind IN ${PUBLIC_KINDS}`).bind(id).first<EditionRow>();
  return row ? toEdition(row) : undefined;
}

/** The title of the first feed, to name the archive and feed.xml after the critic's blog. */
export async function readFeedTitle(db: D1Database): Promise<string | undefined> {
  const row = await db.prepare("SELECT title FROM feeds WHERE title IS NOT NULL ORDER BY id LIMIT 1").first<{ title: string }>();
  return row?.title ?? undefined;
}
