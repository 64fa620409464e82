-- Fan-out bookkeeping for the delivery queue.
-- Each delivery row belongs to one chunk (at most 100 subscribers) of its edition, fixed when the
-- edition is published: a retried chunk then sends a byte-identical batch under the same
-- Idempotency-Key (Resend answers 409 invalid_idempotent_request if the payload changed).
-- Delivery statuses gain 'sending' (handed to the provider, answer not yet recorded) and
-- 'skipped' (no longer active when its chunk first ran).
ALTER TABLE deliveries ADD COLUMN chunk INTEGER;
CREATE INDEX deliveries_chunk ON deliveries (edition_id, chunk);

-- Set once an edition's chunks are queued; a poll publishes any edition a crash left unpublished.
ALTER TABLE editions ADD COLUMN published_at TEXT;
