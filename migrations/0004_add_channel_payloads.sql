-- Each channel delivery keeps the payload built when its edition was published: Discord's
-- hides spoilers instead of removing them, which needs the reviews' original markup, and
-- that exists only at publish time. A retried delivery then posts the very same payload.
-- Statuses: queued | sending (posted, answer not yet recorded) | sent | failed.
ALTER TABLE channel_deliveries ADD COLUMN payload_json TEXT;
ALTER TABLE channel_deliveries ADD COLUMN created_at TEXT;
