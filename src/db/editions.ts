// Editions: one rendered email (with per-subscriber placeholders) and the reviews it carries.
import type { Digest, SpoilerFreeReview } from "../core/types";
import { runRead, type BatchedRead } from "./batched-read";

export type EditionKind = "instant" | "daily" | "weekly" | "test";

export interface Edition extends Digest {
  id: number;
  kind: EditionKind;
  reviews: SpoilerFreeReview[];
  createdAt: string;
  publishedAt: string | null;
}

interface EditionRow {
  id: number;
  kind: EditionKind;
  subject: string;
  preheader: string;
  html: string;
  text: string;
  reviews_json: string;
  created_at: string;
  published_at: string | null;
}

function toEdition(row: EditionRow): Edition {
  return {
    id: row.id,
    kind: row.kind,
    subject: row.subject,
    preheader: row.preheader,
    html: row.html,
    text: row.text,
    reviews: JSON.parse(row.reviews_json) as SpoilerFreeReview[],
    createdAt: row.created_at,
    publishedAt: row.published_at,
  };
}

/** A statement inserting an edition; it belongs in the batch that marks its reviews seen. */
export function insertEditionStatement(
  db: D1Database,
  kind: EditionKind,
  digest: Digest,
  reviews: SpoilerFreeReview[],
  now: Date,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO editions (kind, subject, preheader, html, text, reviews_json, created_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)`,
    )
    .bind(kind, digest.subject, digest.preheader, digest.html, digest.text, JSON.stringify(reviews), now.toISOString());
}

export async function findEdition(db: D1Database, id: number): Promise<Edition | undefined> {
  const row = await db.prepare("SELECT * FROM editions WHERE id = ?1").bind(id).first<EditionRow>();
  return row ? toEdition(row) : undefined;
}

/** Instant editions whose chunks were never queued (a crash between creating and publishing). */
export function unpublishedEditionsRead(db: D1Database): BatchedRead<number[]> {
  return {
    statements: [db.prepare("SELECT id FROM editions WHERE kind = 'instant' AND published_at IS NULL ORDER BY id")],
    read: ([result]) => ((result?.results ?? []) as Array<{ id: number }>).map((row) => row.id),
  };
}

export function listUnpublishedEditionIds(db: D1Database): Promise<number[]> {
  return runRead(db, unpublishedEditionsRead(db));
}

export async function markEditionPublished(db: D1Database, id: number, now: Date): Promise<void> {
  await db.prepare("UPDATE editions SET published_at = COALESCE(published_at, ?2) WHERE id = ?1").bind(id, now.toISOString()).run();
}
