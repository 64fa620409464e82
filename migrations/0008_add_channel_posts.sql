-- Telegram, Mastodon and Bluesky get one post per review. A delivery's payload_json is then
-- the list of posts, and posts_done counts those the platform confirmed, so a retry after a
-- 429 halfway through an edition resumes at the next post instead of repeating the first.
ALTER TABLE channel_deliveries ADD COLUMN posts_done INTEGER NOT NULL DEFAULT 0;

-- A platform session kept between invocations (Bluesky's accessJwt and refreshJwt): logging in
-- anew for each post would spend createSession's tight rate limit. Keyed by service and account.
CREATE TABLE channel_sessions (
  key          TEXT PRIMARY KEY,
  session_json TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);
