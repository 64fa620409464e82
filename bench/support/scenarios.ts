// The invocations bench/invocations.bench.ts measures: how each is made, what state it needs
// before its call (unmeasured), and how to tell afterwards that the calls did their work.
import type { FakeResend } from "../../test/support/fake-resend";
import { PUBLIC_URL, type BenchState } from "./bench-state";
import type { MediumFeed } from "./medium-feed";
import type { ProfiledWorker } from "./profiled-worker";

export interface Context {
  worker: ProfiledWorker;
  feed: MediumFeed;
  resend: FakeResend;
  state: BenchState;
}

export interface Scenario {
  name: string;
  coldGoalMs?: number;
  warmGoalMs: number;
  /** Unmeasured preparation of call `run` (0 = the cold call). */
  before?: (context: Context, run: number) => void;
  /** The invocation, measured. */
  invoke: (context: Context, run: number) => Promise<void>;
  /** After all calls: what went wrong, if the calls did not do their work. */
  check: (context: Context, runs: number) => string | undefined | Promise<string | undefined>;
}

/** How many of the reviews the fake feed published were sent in an edition (read from D1). */
async function sentOfPublished(context: Context): Promise<number> {
  const newest = context.feed.published;
  const db = await context.worker.mf.getD1Database("DB");
  const row = await db
    .prepare("SELECT COUNT(*) AS sent FROM reviews WHERE edition_id IS NOT NULL AND guid IN (SELECT value FROM json_each(?1))")
    .bind(JSON.stringify(newest.map((id) => `https://medium.com/p/${id}`)))
    .first<{ sent: number }>();
  return row?.sent ?? 0;
}

async function dispatch(context: Context, pathname: string, init: RequestInit & { headers?: Record<string, string> }, expected: number): Promise<void> {
  const response = await context.worker.mf.dispatchFetch(pathname.startsWith("http") ? pathname : `${PUBLIC_URL}${pathname}`, { ...init, redirect: "manual" } as never);
  const body = await response.text();
  if (response.status !== expected) throw new Error(`${init.method ?? "GET"} ${pathname}: ${response.status} ${body.slice(0, 200)}`);
}

async function tick(context: Context): Promise<void> {
  const result = await (await context.worker.mf.getWorker()).scheduled({ scheduledTime: new Date(), cron: "*/15 * * * *" });
  if (result.outcome !== "ok") throw new Error(`the cron tick ended with ${result.outcome}`);
}

/** The invocations measured: queue batches of `batch` chunks, a state of `subscribers` readers. */
export function createScenarios(batch: number, subscribers: number): Scenario[] {
  return [
    {
      name: "cron tick, feed answers 304",
      warmGoalMs: 2,
      invoke: tick,
      check: (context, runs) => (context.feed.answers.filter((status) => status === 304).length === runs ? undefined : `expected ${runs} 304 answers, got ${context.feed.answers.join(",")}`),
    },
    {
      name: `cron tick, one new review (10-item feed, ${subscribers.toLocaleString("en")} subscribers)`,
      coldGoalMs: 40,
      warmGoalMs: 5,
      before: (context) => void context.feed.publish(),
      invoke: tick,
      async check(context, runs) {
        const fetched = context.feed.answers.filter((status) => status === 200).length;
        if (fetched !== runs) return `expected ${runs} feed fetches, got ${context.feed.answers.join(",")}`;
        const sent = await sentOfPublished(context);
        return sent === runs ? undefined : `expected each tick to send its new review: ${sent} of ${runs} sent`;
      },
    },
    {
      name: `queue invocation, ${batch} chunk(s) of 100 emails (max_batch_size = ${batch})`,
      coldGoalMs: 20,
      warmGoalMs: 10,
      async invoke(context, run) {
        const chunks = context.state.openChunks.slice(run * batch, (run + 1) * batch);
        if (chunks.length < batch) throw new Error("the bench state ran out of undelivered chunks");
        const messages = chunks.map(([editionId, chunk]) => ({ id: `bench-${editionId}-${chunk}`, timestamp: new Date(), attempts: 1, body: { kind: "deliver", editionId, chunk } }));
        const result = await (await context.worker.mf.getWorker()).queue("review-digest-deliveries", messages);
        if (result.outcome !== "ok" || result.retryMessages.length > 0) throw new Error(`the queue invocation ended with ${result.outcome}, ${result.retryMessages.length} retried`);
      },
      check: (context, runs) => (context.resend.sent.length === runs * batch * 100 ? undefined : `expected ${runs * batch * 100} emails sent, got ${context.resend.sent.length}`),
    },
    {
      name: "POST /subscribe (form)",
      warmGoalMs: 5,
      invoke: (context, run) =>
        dispatch(context, "/subscribe", {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", accept: "text/html", "cf-connecting-ip": `203.0.113.${run + 1}` },
          body: new URLSearchParams({ email: `new-reader-${run}@bench.example` }).toString(),
        }, 200),
      check: (context, runs) => (context.resend.sent.length === runs ? undefined : `expected ${runs} confirmation emails, got ${context.resend.sent.length}`),
    },
    {
      name: "POST /unsubscribe (one-click, RFC 8058)",
      warmGoalMs: 5,
      invoke: (context, run) =>
        dispatch(context, context.state.unsubscribeUrls[run] ?? "missing", {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: "List-Unsubscribe=One-Click",
        }, 200),
      check: () => undefined,
    },
    {
      name: "GET /admin (console overview)",
      warmGoalMs: 5,
      invoke: (context) => dispatch(context, "/admin", { headers: { cookie: context.state.consoleCookie } }, 200),
      check: () => undefined,
    },
  ];
}
