-- The whole schema of review-digest. Times are ISO-8601 UTC strings.

CREATE TABLE feeds (
  id             INTEGER PRIMARY KEY,
  url            TEXT NOT NULL UNIQUE,
  title          TEXT,
  etag           TEXT,
  last_modified  TEXT,
  last_polled_at TEXT,
  -- ok | not_modified | seeded | error
  last_status    TEXT,
  last_error     TEXT,
  seeded_at      TEXT,
  -- WebSub hub named by the feed, if any
  hub_url        TEXT,
  created_at     TEXT NOT NULL
);

CREATE TABLE editions (
  id          INTEGER PRIMARY KEY,
  -- instant | daily | weekly | test
  kind        TEXT NOT NULL DEFAULT 'instant',
  subject     TEXT NOT NULL,
  preheader   TEXT NOT NULL DEFAULT '',
  html        TEXT NOT NULL,
  text        TEXT NOT NULL,
  -- JSON: the SpoilerFreeReview[] after the spoiler pass and sanitising, so digests and
  -- channels can re-render without refetching; their `removed` is shown only in the console
  reviews_json TEXT NOT NULL DEFAULT '[]',
  created_at  TEXT NOT NULL
);

CREATE TABLE reviews (
  id            INTEGER PRIMARY KEY,
  feed_id       INTEGER NOT NULL REFERENCES feeds(id),
  guid          TEXT NOT NULL,
  link          TEXT NOT NULL,
  title         TEXT NOT NULL,
  published_at  TEXT,
  first_seen_at TEXT NOT NULL,
  -- NULL for reviews recorded by the seeding first poll
  edition_id    INTEGER REFERENCES editions(id),
  UNIQUE (feed_id, guid),
  UNIQUE (feed_id, link)
);
CREATE INDEX reviews_edition ON reviews (edition_id);

CREATE TABLE subscribers (
  id              INTEGER PRIMARY KEY,
  -- stored lower-cased
  email           TEXT NOT NULL UNIQUE,
  name            TEXT,
  -- pending | active | unsubscribed | bounced | complained
  status          TEXT NOT NULL,
  -- instant | daily | weekly
  cadence         TEXT NOT NULL DEFAULT 'instant',
  paused          INTEGER NOT NULL DEFAULT 0,
  created_at      TEXT NOT NULL,
  confirmed_at    TEXT,
  unsubscribed_at TEXT,
  -- the newest edition this subscriber has been sent (daily/weekly digests combine everything after it)
  last_edition_id INTEGER,
  -- bumped on unsubscribe/resubscribe so that old confirmation links stop working
  token_version   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX subscribers_status ON subscribers (status, cadence, paused);

CREATE TABLE deliveries (
  edition_id          INTEGER NOT NULL REFERENCES editions(id),
  subscriber_id       INTEGER NOT NULL REFERENCES subscribers(id),
  -- queued | sent | delivered | delayed | bounced | complained | failed
  status              TEXT NOT NULL,
  provider_message_id TEXT,
  attempts            INTEGER NOT NULL DEFAULT 0,
  last_error          TEXT,
  updated_at          TEXT NOT NULL,
  PRIMARY KEY (edition_id, subscriber_id)
);
CREATE INDEX deliveries_message ON deliveries (provider_message_id);

-- Mail kept locally when no RESEND_API_KEY is set (GET /admin/outbox).
CREATE TABLE outbox (
  id              INTEGER PRIMARY KEY,
  idempotency_key TEXT,
  provider_message_id TEXT NOT NULL,
  from_address    TEXT NOT NULL,
  to_address      TEXT NOT NULL,
  subject         TEXT NOT NULL,
  html            TEXT NOT NULL,
  text            TEXT NOT NULL,
  headers_json    TEXT NOT NULL DEFAULT '{}',
  created_at      TEXT NOT NULL
);

-- Queue messages that exhausted their retries.
CREATE TABLE dead_letters (
  id         INTEGER PRIMARY KEY,
  queue      TEXT NOT NULL,
  body_json  TEXT NOT NULL,
  error      TEXT,
  created_at TEXT NOT NULL
);

-- Deliveries to Discord, Slack and JSON webhooks.
CREATE TABLE channel_deliveries (
  edition_id INTEGER NOT NULL REFERENCES editions(id),
  -- discord | slack | webhook
  channel    TEXT NOT NULL,
  status     TEXT NOT NULL,
  attempts   INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (edition_id, channel)
);

-- Webhook ids and nonces already processed (svix-id, publish nonces), for replay protection.
CREATE TABLE seen_messages (
  source      TEXT NOT NULL,
  id          TEXT NOT NULL,
  received_at TEXT NOT NULL,
  PRIMARY KEY (source, id)
);

-- Fixed-window counters for rate limits (subscribe per IP and per address).
CREATE TABLE rate_limits (
  key          TEXT PRIMARY KEY,
  window_start INTEGER NOT NULL,
  count        INTEGER NOT NULL
);

CREATE TABLE websub_subscriptions (
  topic            TEXT PRIMARY KEY,
  hub_url          TEXT NOT NULL,
  secret           TEXT NOT NULL,
  -- requested | verified | denied | expired
  state            TEXT NOT NULL,
  lease_seconds    INTEGER,
  expires_at       TEXT,
  requested_at     TEXT NOT NULL,
  verified_at      TEXT,
  last_delivery_at TEXT,
  last_error       TEXT
);

-- Aggregate counters kept after a GDPR erase (erased subscribers, their deliveries).
CREATE TABLE counters (
  name  TEXT PRIMARY KEY,
  value INTEGER NOT NULL
);
