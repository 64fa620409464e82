// Where a profile's time went, by original source: each sample's function is traced through
// the bundle's source map to its package (node_modules) or our file (src/...). Self time only;
// "(program)" is V8 outside JS (mostly parsing and compiling), "(gc)" the garbage collector.
import { readFileSync } from "node:fs";
import { SourceMapConsumer, type RawSourceMap } from "source-map-js";
import { sampleUs, type CpuProfile } from "./profiler";

function bucketOf(source: string | null): string {
  if (!source) return "(bundle)";
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (modules?.[1]) return modules[1];
  const ours = /(?:^|\/)(src\/.+)$/.exec(source);
  return ours?.[1] ?? source.replace(/^(\.\.\/)+/, "");
}

export class Attribution {
  private readonly map: SourceMapConsumer;

  constructor(mapPath: string) {
    this.map = new SourceMapConsumer(JSON.parse(readFileSync(mapPath, "utf8")) as RawSourceMap);
  }

  /** Busy milliseconds per source bucket, heaviest first. */
  bySource(profile: CpuProfile): [string, number][] {
    const bucketOfNode = new Map<number, string | undefined>();
    for (const node of profile.nodes) {
      const frame = node.callFrame;
      if (frame.functionName === "(idle)") bucketOfNode.set(node.id, undefined);
      else if (frame.functionName === "(garbage collector)") bucketOfNode.set(node.id, "(gc)");
      else if (frame.functionName === "(program)") bucketOfNode.set(node.id, "(program)");
      else if (!frame.url.endsWith("index.bench.js")) bucketOfNode.set(node.id, frame.url ? "(runtime)" : "(program)");
      else if (frame.lineNumber < 0) bucketOfNode.set(node.id, "(bundle)");
      else bucketOfNode.set(node.id, bucketOf(this.map.originalPositionFor({ line: frame.lineNumber + 1, column: Math.max(0, frame.columnNumber) }).source));
    }
    const totals = new Map<string, number>();
    profile.samples.forEach((sample, index) => {
      const bucket = bucketOfNode.get(sample);
      if (bucket) totals.set(bucket, (totals.get(bucket) ?? 0) + sampleUs(profile, index) / 1000);
    });
    return [...totals.entries()].sort((a, b) => b[1] - a[1]);
  }
}

/** "htmlparser2 12.1, src/core/render/text.ts 8.0, …" — the top `count` buckets. */
export function describeBuckets(buckets: [string, number][], count = 6): string {
  return buckets
    .slice(0, count)
    .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
    .join(", ");
}
