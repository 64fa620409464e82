// CPU time of the workerd processes wrangler starts (all the worker's JS, D1's SQLite and the
// local queue broker run there), read from /proc: an upper bound on the worker's own CPU.
import { readdirSync, readFileSync } from "node:fs";
import { execSync } from "node:child_process";

const TICKS_PER_SECOND = Number(execSync("getconf CLK_TCK").toString().trim()) || 100;

function readStat(pid: number): { ppid: number; comm: string; ticks: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    const close = text.lastIndexOf(")");
    const comm = text.slice(text.indexOf("(") + 1, close);
    const fields = text.slice(close + 2).split(" ");
    return { ppid: Number(fields[1]), comm, ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return undefined;
  }
}

/** CPU milliseconds used so far by workerd processes descended from this process. */
export function workerdCpuMs(): number {
  const stats = new Map<number, NonNullable<ReturnType<typeof readStat>>>();
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    const stat = Number.isInteger(pid) ? readStat(pid) : undefined;
    if (stat) stats.set(pid, stat);
  }
  const descends = (pid: number): boolean => {
    for (let current = stats.get(pid)?.ppid; current; current = stats.get(current)?.ppid) if (current === process.pid) return true;
    return false;
  };
  let ticks = 0;
  for (const [pid, stat] of stats) if (stat.comm.startsWith("workerd") && descends(pid)) ticks += stat.ticks;
  return (ticks * 1000) / TICKS_PER_SECOND;
}
