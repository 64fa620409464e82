// The D1 state every CPU measurement starts from, built once through the worker's own routes
// and handlers (never by writing our tables by hand): subscribers imported, the feed seeded,
// editions published into delivery chunks, one chunk delivered for its unsubscribe links, and
// a console session opened. Each measured worker then starts on a copy of this state.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { createFakeResend } from "../../test/support/fake-resend";
import { MediumFeed } from "./medium-feed";
import { startProfiledWorker, type ProfiledWorker } from "./profiled-worker";
import { applyMigrations } from "./worker";

export const FEED_HOST = "feeds.bench";
export const RESEND_HOST = "resend.bench";
export const PUBLIC_URL = "https://digest.bench";
const ADMIN_TOKEN = "bench-admin-token-0123456789";
const RESEND_KEY = "re_bench_key_0123456789abcdef";

export const BINDINGS = {
  FEED_URL: `https://${FEED_HOST}/feed.xml`,
  FROM: "Jeff Light Reviews <reviews@digest.bench>",
  PUBLIC_URL,
  RESEND_API_KEY: RESEND_KEY,
  RESEND_BASE_URL: `https://${RESEND_HOST}`,
  ADMIN_TOKEN,
  TOKEN_SECRET: "bench-token-secret-0123456789abcdef",
  PUBLISH_SECRET: "bench-publish-secret-0123456789",
  RESEND_WEBHOOK_SECRET: "whsec_YmVuY2gtd2ViaG9vay1zZWNyZXQtMDEyMw==",
  JSON_WEBHOOK_SECRET: "bench-json-webhook-secret-0123456789",
};

/** A Resend fake that never rate-limits: pacing is wall time, not CPU, and would only slow the bench. */
export const benchResend = () => createFakeResend({ apiKeys: [RESEND_KEY], ratePerSecond: 10_000 });

export interface BenchState {
  dir: string;
  feedIds: string[];
  subscribers: number;
  /** Delivery chunks not yet sent: [editionId, chunk]. */
  openChunks: [number, number][];
  unsubscribeUrls: string[];
  consoleCookie: string;
}

async function call(worker: ProfiledWorker, pathname: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}) {
  const response = await worker.mf.dispatchFetch(`${PUBLIC_URL}${pathname}`, {
    method: init.method ?? "GET",
    body: init.body,
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json", ...init.headers },
    redirect: "manual",
  });
  if (response.status >= 400) throw new Error(`bench state: ${pathname} answered ${response.status}: ${await response.text()}`);
  return response;
}

type PollSummary = { feeds: { editionId?: number; chunks?: number; error?: string }[] };

export async function buildBenchState(options: { root: string; scriptPath: string; workDir: string; subscribers: number; chunksNeeded: number }): Promise<BenchState> {
  const empty = path.join(options.workDir, "empty");
  mkdirSync(empty, { recursive: true });
  const feed = new MediumFeed();
  for (let item = 0; item < 10; item++) feed.publish();
  const resend = benchResend();
  const workDir = path.join(options.workDir, "state");
  const worker = await startProfiledWorker({ ...options, stateDir: empty, workDir, bindings: BINDINGS, routes: { [FEED_HOST]: feed.handle, [RESEND_HOST]: resend.handle } });
  try {
    await applyMigrations(worker.mf, options.root);
    const rows = Array.from({ length: options.subscribers }, (_, index) => ({ email: `reader-${index}@bench.example` }));
    await call(worker, "/admin/subscribers", { method: "POST", body: JSON.stringify(rows) });
    await call(worker, "/admin/poll", { method: "POST" });
    const chunks: [number, number][] = [];
    while (chunks.length < options.chunksNeeded + 1) {
      feed.publish();
      const summary = (await (await call(worker, "/admin/poll", { method: "POST" })).json()) as PollSummary;
      const { editionId, chunks: count, error } = summary.feeds[0] ?? {};
      if (editionId === undefined || !count) throw new Error(`bench state: the poll published no edition (${error ?? "no error"})`);
      for (let chunk = 0; chunk < count; chunk++) chunks.push([editionId, chunk]);
    }
    const [first, ...openChunks] = chunks;
    const delivered = await (await worker.mf.getWorker()).queue("review-digest-deliveries", [
      { id: "bench-links", timestamp: new Date(), attempts: 1, body: { kind: "deliver", editionId: first?.[0], chunk: first?.[1] } },
    ]);
    const unsubscribeUrls = resend.sent.flatMap((email) => /^<(.+)>$/.exec(email.headers?.["List-Unsubscribe"] ?? "")?.[1] ?? []);
    if (delivered.outcome !== "ok" || unsubscribeUrls.length === 0) throw new Error(`bench state: the first chunk was not delivered (${delivered.outcome})`);
    const login = await call(worker, "/admin/login", {
      method: "POST",
      body: new URLSearchParams({ token: ADMIN_TOKEN }).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded", "cf-connecting-ip": "198.51.100.1" },
    });
    const consoleCookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    if (!consoleCookie) throw new Error("bench state: the console sign-in set no cookie");
    return { dir: path.join(workDir, "d1"), feedIds: feed.itemIds, subscribers: options.subscribers, openChunks, unsubscribeUrls, consoleCookie };
  } finally {
    await worker.dispose();
  }
}
