// Faults in the fan-out, for 1,000 subscribers through the real bundled worker in Miniflare
// (local D1 on disk, local queues, the real fetch, queue and scheduled handlers) against the
// Resend fake on 127.0.0.1 at 5 requests/s. Faults are injected only in the fake.
// 1. A 429 storm of BENCH_STORM_SECONDS (default 60, real time): every call answers 429
//    rate_limit_exceeded with retry-after 1 until it ends.
// 2. A restart mid fan-out: workerd is stopped once 300 emails are accepted, and started again on
//    the same D1 directory; Miniflare's queue lives in memory, so every queued message is lost.
//    One cron tick then reaches the sweeper. Time is compressed here, and only here: the tick is
//    given a scheduledTime 11 minutes ahead, past the 10-minute lease, instead of waiting for it.
// Each reports lost readers and duplicates; both must be 0.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Miniflare } from "miniflare";
import { createFakeResend, type FakeResend } from "../test/support/fake-resend";
import { buildMediumFeed, createFakeFeed, uniqueItem } from "../test/support/fake-feed";
import { startFaultWorker } from "./support/fault-worker";
import { serve } from "./support/serve";
import { BENCH_ADMIN_TOKEN as ADMIN_TOKEN, BENCH_RESEND_KEY, bundleWorker, emulatorSettings } from "./support/worker";

const SUBSCRIBERS = Number(process.env.BENCH_FAULT_SUBSCRIBERS ?? 1_000);
const STORM_SECONDS = Number(process.env.BENCH_STORM_SECONDS ?? 60);
const CRASH_AFTER = 300;
const root = path.join(import.meta.dirname, "..");
const workdir = mkdtempSync(path.join(tmpdir(), "faults-bench-"));
const scriptPath = bundleWorker(root, path.join(workdir, "dist"));
let failures = 0;

interface Scenario {
  resend: FakeResend;
  worker: Miniflare;
  persist: string;
  overrides: Record<string, string>;
  close: () => Promise<void>;
}

async function admin(worker: Miniflare, pathname: string, init: { method?: string; body?: string } = {}): Promise<unknown> {
  const response = await worker.dispatchFetch(`http://digest.bench${pathname}`, {
    ...init,
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" },
  });
  if (!response.ok) throw new Error(`${pathname}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** A worker with 1,000 subscribers and a seeded feed; the next poll publishes one edition. */
async function arrange(name: string): Promise<Scenario & { publish: () => Promise<void> }> {
  const resend = createFakeResend({ ratePerSecond: 5, apiKeys: [BENCH_RESEND_KEY], latencyMs: 20 });
  const firstItem = uniqueItem("seed");
  const feed = createFakeFeed(buildMediumFeed([firstItem]));
  const [resendServer, feedServer] = await Promise.all([serve(resend.handle), serve(feed.handle)]);
  const persist = path.join(workdir, name);
  const overrides = emulatorSettings(`${feedServer.url}/feed.xml`, resendServer.url);
  const worker = await startFaultWorker(root, scriptPath, persist, overrides, { migrate: true });
  const rows = Array.from({ length: SUBSCRIBERS }, (_, index) => ({ email: `${name}-${index}@bench.example` }));
  await admin(worker, "/admin/subscribers", { method: "POST", body: JSON.stringify(rows) });
  await admin(worker, "/admin/poll", { method: "POST" });
  feed.publish(buildMediumFeed([uniqueItem(name), firstItem]));
  const close = () => Promise.all([resendServer.close(), feedServer.close()]).then(() => undefined);
  return { resend, worker, persist, overrides, close, publish: async () => void (await admin(worker, "/admin/poll", { method: "POST" })) };
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  return condition();
}

function tally(resend: FakeResend): { unique: number; lost: number; duplicates: number } {
  const perRecipient = new Map<string, number>();
  for (const email of resend.sent) for (const to of email.to) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
  const duplicates = [...perRecipient.values()].reduce((sum, count) => sum + count - 1, 0);
  return { unique: perRecipient.size, lost: SUBSCRIBERS - perRecipient.size, duplicates };
}

function report(label: string, resend: FakeResend, extra: string): void {
  const { lost, duplicates } = tally(resend);
  const rejected = resend.calls.filter((call) => call.status === 429).length;
  console.log(`${label.padEnd(22)} lost ${lost}, duplicates ${duplicates}; ${resend.sent.length} emails accepted, ${rejected} calls answered 429; ${extra}`);
  if (lost !== 0 || duplicates !== 0) failures++;
}

async function stormScenario(): Promise<void> {
  const scenario = await arrange("storm");
  try {
    const stormEnds = Date.now() + STORM_SECONDS * 1000;
    scenario.resend.failUntil(stormEnds, { type: "rate_limit", retryAfterSeconds: 1 });
    await scenario.publish();
    await waitFor(() => tally(scenario.resend).unique >= SUBSCRIBERS, STORM_SECONDS * 1000 + 120_000);
    const after = ((Date.now() - stormEnds) / 1000).toFixed(1);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const status = (await admin(scenario.worker, "/admin/status")) as { deadLetters: { count: number }; counts: { deliveries: Record<string, number> } };
    const d1 = JSON.stringify(status.counts.deliveries);
    report(`${STORM_SECONDS} s 429 storm`, scenario.resend, `all delivered ${after} s after it ended; D1 ${d1}; dead letters ${status.deadLetters.count}`);
  } finally {
    await scenario.worker.dispose();
    await scenario.close();
  }
}

async function restartScenario(): Promise<void> {
  const scenario = await arrange("restart");
  let restarted: Miniflare | undefined;
  try {
    await scenario.publish();
    await waitFor(() => scenario.resend.sent.length >= CRASH_AFTER, 60_000);
    await scenario.worker.dispose();
    const atCrash = scenario.resend.sent.length;
    restarted = await startFaultWorker(root, scriptPath, scenario.persist, scenario.overrides, { migrate: false });
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const beforeCron = scenario.resend.sent.length;
    const tickAt = Date.now() + 11 * 60_000;
    await (await restarted.getWorker()).scheduled({ scheduledTime: new Date(tickAt), cron: "*/15 * * * *" });
    const started = Date.now();
    await waitFor(() => tally(scenario.resend).unique >= SUBSCRIBERS, 120_000);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    report(
      "restart mid fan-out",
      scenario.resend,
      `${atCrash} accepted before the stop, ${beforeCron - atCrash} in the 3 s after the restart (queue lost), the rest ${seconds} s after one cron tick (scheduledTime +11 min)`,
    );
  } finally {
    await restarted?.dispose();
    await scenario.close();
  }
}

try {
  console.log(`subscribers          ${SUBSCRIBERS} (10 chunks of 100), Resend fake at 5 requests/s`);
  await stormScenario();
  await restartScenario();
} finally {
  rmSync(workdir, { recursive: true, force: true });
}
if (failures > 0) {
  console.error(`${failures} fault scenario(s) lost or doubled a reader`);
  process.exitCode = 1;
}
