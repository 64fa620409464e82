import { applyD1Migrations, env } from "cloudflare:test";

// Each test file gets its own D1 storage; apply the real migrations to it.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);

// src/index.ts loads each handler's modules with import() on first use, and src/core/feed.ts
// loads its XML reader (src/core/feed-xml.ts) on its first parse. In the pool such an import goes through Vitest's module
// runner, which cannot do its I/O from inside a request: load them here, outside any request,
// so the handlers find them already evaluated.
await Promise.all([import("../src/http/app"), import("../src/jobs/scheduled"), import("../src/jobs/queue"), import("../src/core/feed-xml")]);
