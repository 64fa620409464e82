-- Operator console sessions (issue 8). The cookie is signed and expires by itself; this row
-- lets sign-out end a session at once, before its cookie would have expired.
CREATE TABLE console_sessions (
  id         TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
