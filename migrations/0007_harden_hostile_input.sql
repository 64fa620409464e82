-- Hostile input (issue 13).
--
-- 1. Subscriber ids are never reused. SQLite hands a deleted newest row's INTEGER PRIMARY KEY
--    to the next insert, so after a GDPR erase the next subscriber got the erased one's id and
--    the old links acted on them. AUTOINCREMENT cannot be added with ALTER TABLE, so the table
--    is rebuilt with every row and id kept; deliveries keep pointing at the same ids.
--    link_key: a random value per subscription, signed into every link token (v2) and renewed
--    when an unsubscribed address subscribes again, so links from before stop working.
--    legacy_links: 1 for rows that existed before this migration, whose emails carry unversioned
--    (v1) tokens bound only to the id; v1 links are honoured only while this is 1 (see src/tokens.ts).
--    Rebuilt in place under the same name: copied aside, dropped, created anew and refilled.
--    (A new table renamed over the old one fails in D1: dropping the parent counts every
--    delivery as a deferred foreign key violation, and only refilling a table of the same name
--    clears those counts before the migration's transaction commits.)
PRAGMA defer_foreign_keys = on;

CREATE TABLE subscribers_before_0007 AS SELECT * FROM subscribers;
DROP TABLE subscribers;

CREATE TABLE subscribers (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
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
  token_version   INTEGER NOT NULL DEFAULT 0,
  last_digest_at  TEXT,
  link_key        TEXT NOT NULL DEFAULT (lower(hex(randomblob(16)))),
  legacy_links    INTEGER NOT NULL DEFAULT 0
);

INSERT INTO subscribers (id, email, name, status, cadence, paused, created_at, confirmed_at,
  unsubscribed_at, last_edition_id, token_version, last_digest_at, legacy_links)
SELECT id, email, name, status, cadence, paused, created_at, confirmed_at,
  unsubscribed_at, last_edition_id, token_version, last_digest_at, 1
FROM subscribers_before_0007;

DROP TABLE subscribers_before_0007;
CREATE INDEX subscribers_status ON subscribers (status, cadence, paused);

-- 2. A warning on the feed's status (an item link that was not http(s) was replaced).
ALTER TABLE feeds ADD COLUMN last_warning TEXT;

-- 3. WebSub verifications are accepted only for a request we made and still wait on:
--    callback_key is a secret path segment of the callback URL we gave the hub, and
--    pending_mode the hub.mode we asked for ('subscribe' | 'unsubscribe'), NULL once answered.
ALTER TABLE websub_subscriptions ADD COLUMN callback_key TEXT;
ALTER TABLE websub_subscriptions ADD COLUMN pending_mode TEXT;
