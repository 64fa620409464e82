// CPU of one isolate inside workerd, read from V8's sampling profiler over the inspector
// protocol — the mechanism `wrangler check startup` uses. Samples are taken only while the
// isolate runs (JS, compilation, GC); time it spends waiting for D1, a queue or a fetch is not
// sampled, and the next sample's delta then spans the gap. So each sample counts for at most
// CAP × the sampling interval: idle gaps, and the moments another process (a busy shared
// machine) held the core, fall out of the figure.
import { WebSocket } from "undici";

export const SAMPLING_INTERVAL_US = 200;
const CAP = 2;

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Busy milliseconds in a profile: every sample but "(idle)", each capped at CAP intervals. */
export function busyMs(profile: CpuProfile, intervalUs = SAMPLING_INTERVAL_US): number {
  const idle = new Set(profile.nodes.filter((node) => node.callFrame.functionName === "(idle)").map((node) => node.id));
  let total = 0;
  profile.samples.forEach((sample, index) => {
    if (!idle.has(sample)) total += Math.min(profile.timeDeltas[index] ?? 0, CAP * intervalUs);
  });
  return total / 1000;
}

/** A connection to one worker's inspector (`/core:user:<name>`), profiling on demand. */
export class Profiler {
  private nextId = 0;
  private readonly pending = new Map<number, (result: unknown) => void>();

  private constructor(private readonly socket: WebSocket) {
    socket.addEventListener("message", (event) => {
      const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown };
      const resolve = message.id === undefined ? undefined : this.pending.get(message.id);
      if (message.id !== undefined && resolve) {
        this.pending.delete(message.id);
        resolve(message.result);
      }
    });
  }

  static async connect(url: URL): Promise<Profiler> {
    const socket = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      socket.addEventListener("open", () => resolve());
      socket.addEventListener("error", () => reject(new Error(`cannot open the inspector at ${url.href}`)));
    });
    const profiler = new Profiler(socket);
    await profiler.send("Profiler.enable");
    await profiler.send("Profiler.setSamplingInterval", { interval: SAMPLING_INTERVAL_US });
    return profiler;
  }

  private send(method: string, params: Record<string, unknown> = {}): Promise<unknown> {
    const id = ++this.nextId;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Profiles `run` and returns its result with the isolate's busy CPU milliseconds. */
  async measure<T>(run: () => Promise<T>): Promise<{ result: T; cpuMs: number; profile: CpuProfile }> {
    await this.send("Profiler.start");
    const outcome = await run().then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    const { profile } = (await this.send("Profiler.stop")) as { profile: CpuProfile };
    if (!outcome.ok) throw outcome.error;
    return { result: outcome.value, cpuMs: busyMs(profile), profile };
  }

  close(): void {
    this.socket.close();
  }
}

/** The heaviest self-time entries of a profile, by function and bundle position, for diagnosis. */
export function topFunctions(profile: CpuProfile, count = 8): { name: string; ms: number }[] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  profile.samples.forEach((sample, index) => {
    const frame = byNode.get(sample)?.callFrame;
    if (!frame || frame.functionName === "(idle)") return;
    const name = `${frame.functionName || "(anonymous)"}${frame.url ? ` ${frame.url.split("/").pop()}:${frame.lineNumber + 1}:${frame.columnNumber}` : ""}`;
    totals.set(name, (totals.get(name) ?? 0) + Math.min(profile.timeDeltas[index] ?? 0, CAP * SAMPLING_INTERVAL_US));
  });
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, us]) => ({ name, ms: us / 1000 }));
}
