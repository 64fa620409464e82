// CPU of one isolate inside workerd, read from V8's sampling profiler over the inspector
// protocol — the mechanism `wrangler check startup` uses. Samples are taken only while the
// isolate runs (JS, compilation, GC); time it spends waiting for D1, a queue or a fetch is not
// sampled, and the next sample's delta then spans the gap. So each sample counts for at most
// CAP × the sampling interval: idle gaps, and the moments another process (a busy shared
// machine) held the core, fall out of the figure.
import { WebSocket } from "undici";

export const SAMPLING_INTERVAL_US = 200;
const CAP = 2;

/** One sample's share of busy time, in microseconds (see above). */
export function sampleUs(profile: CpuProfile, index: number, intervalUs = SAMPLING_INTERVAL_US): number {
  return Math.min(profile.timeDeltas[index] ?? 0, CAP * intervalUs);
}

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
    if (!idle.has(sample)) total += sampleUs(profile, index, intervalUs);
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
