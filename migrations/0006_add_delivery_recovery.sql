-- Delivery that never loses or doubles a reader (issue 12).
-- One row per chunk of an edition, created by the first consumer run or sweep that touches it.
-- It holds what the queue cannot: a lease (something is in flight until lease_until; past it,
-- the cron sweeper queues the chunk again), the waits that are not failures (a rate limit or a
-- quota), the failures that are (5xx, network, timeout) counted apart from the queue's own
-- retries, and when the chunk's Idempotency-Key was first used (Resend keeps keys 24 hours).
-- Delivery statuses gain 'unknown': a send whose outcome could not be learned before the key
-- expired; the operator resends it or marks it sent.
CREATE TABLE delivery_chunks (
  edition_id    INTEGER NOT NULL REFERENCES editions(id),
  chunk         INTEGER NOT NULL,
  -- bumped when the operator resends failed or unknown rows: a new Idempotency-Key
  round         INTEGER NOT NULL DEFAULT 0,
  -- real failures in this round; rate limits and quotas are waits and never count
  failures      INTEGER NOT NULL DEFAULT 0,
  waits         INTEGER NOT NULL DEFAULT 0,
  -- the first Resend call under this round's key
  first_call_at TEXT,
  -- 1 once a call under this key may have sent (network error, timeout, 5xx, lost answer)
  uncertain     INTEGER NOT NULL DEFAULT 0,
  -- rate_limit | quota | retry (parked after its failure budget) | NULL
  waiting       TEXT,
  wait_until    TEXT,
  lease_until   TEXT NOT NULL,
  last_error    TEXT,
  updated_at    TEXT NOT NULL,
  PRIMARY KEY (edition_id, chunk)
);
CREATE INDEX delivery_chunks_lease ON delivery_chunks (lease_until);
CREATE INDEX deliveries_open ON deliveries (status, edition_id, chunk);

-- Feed items that could not be parsed, stripped, sanitised or rendered: the rest of the feed
-- is sent, and these are shown on the feed's status until they go through.
CREATE TABLE feed_item_errors (
  feed_id     INTEGER NOT NULL REFERENCES feeds(id),
  guid        TEXT NOT NULL,
  link        TEXT NOT NULL,
  title       TEXT NOT NULL,
  error       TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (feed_id, guid)
);
