import { applyD1Migrations, env } from "cloudflare:test";

// Each test file gets its own D1 storage; apply the real migrations to it.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
