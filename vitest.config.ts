import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

// Two projects: the worker (and the pure core) inside workerd, and the things that are
// Node by nature — the preview CLI run as a subprocess, and the browser tests.
const nodeOnly = ["test/cli/**/*.test.ts", "test/browser/**/*.test.ts", "test/scripts/**/*.test.ts", "test/types-sync.test.ts"];

export default defineConfig(async () => {
  const migrations = await readD1Migrations(path.join(import.meta.dirname, "migrations"));
  return {
    test: {
      projects: [
        {
          plugins: [
            cloudflareTest({
              main: "./src/index.ts",
              wrangler: { configPath: "./wrangler.toml" },
              miniflare: {
                bindings: {
                  TEST_MIGRATIONS: migrations,
                  // Test-only settings: real secrets come from `wrangler secret put`.
                  ADMIN_TOKEN: "test-admin-token-0123456789",
                  TOKEN_SECRET: "test-token-secret-0123456789abcdef",
                  PUBLISH_SECRET: "test-publish-secret-0123456789",
                  RESEND_API_KEY: "re_test_key",
                  RESEND_BASE_URL: "https://resend.test",
                  RESEND_WEBHOOK_SECRET: "whsec_dGVzdC13ZWJob29rLXNlY3JldC0wMTIzNDU2Nzg5",
                  FEED_URL: "https://feeds.test/medium.xml",
                  PUBLIC_URL: "https://digest.test",
                  // A local run: the embedded example.com sender and short test keys are allowed.
                  LOCAL_DEV: "true",
                },
              },
            }),
          ],
          test: {
            name: "workers",
            include: ["test/**/*.test.{ts,tsx}"],
            exclude: nodeOnly,
            setupFiles: ["./test/setup.ts"],
          },
        },
        {
          test: {
            name: "node",
            include: nodeOnly,
            environment: "node",
            testTimeout: 60_000,
            hookTimeout: 120_000,
          },
        },
      ],
    },
  };
});
