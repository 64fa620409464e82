-- Daily and weekly digests.
-- When a subscriber's last digest slot was handled (sent, or nothing new to send), so a cron
-- tick that runs again in the same slot sends nothing twice.
ALTER TABLE subscribers ADD COLUMN last_digest_at TEXT;

-- One digest edition per (cadence, slot, starting edition): overlapping cron ticks that try to
-- create the same digest find the first one instead of making another.
ALTER TABLE editions ADD COLUMN digest_key TEXT;
CREATE UNIQUE INDEX editions_digest_key ON editions (digest_key);
