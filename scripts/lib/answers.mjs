// Where setup's answers come from, in order: a flag (--feed-url X), an environment variable
// (FEED_URL=X), the value saved by an earlier run, then a question — unless non-interactive.
import { createInterface } from "node:readline";

/** `--feed-url=X`, `--feed-url X` and bare `--yes` into { "feed-url": "X", yes: true }. */
export function parseFlags(argv) {
  const flags = {};
  for (let index = 0; index < argv.length; index += 1) {
    const match = /^--([a-z0-9-]+)(?:=(.*))?$/.exec(argv[index]);
    if (!match) throw new Error(`setup: unexpected argument ${argv[index]} (see npm run setup -- --help)`);
    const [, name, inline] = match;
    if (inline !== undefined) flags[name] = inline;
    else if (argv[index + 1] !== undefined && !argv[index + 1].startsWith("--")) flags[name] = argv[(index += 1)];
    else flags[name] = true;
  }
  return flags;
}

/** FEED_URL -> feed-url */
export const flagName = (setting) => setting.toLowerCase().replaceAll("_", "-");

/**
 * Questions answered line by line. Lines typed (or pasted) ahead are queued, not lost, which
 * readline's own question() does to every line after the first.
 */
function createLineReader() {
  const lines = createInterface({ input: process.stdin, terminal: false });
  const queued = [];
  const waiting = [];
  let closed = false;
  lines.on("line", (line) => (waiting.length ? waiting.shift()(line) : queued.push(line)));
  lines.on("close", () => {
    closed = true;
    while (waiting.length) waiting.shift()(undefined);
  });
  return {
    async question(text) {
      process.stdout.write(text);
      const line = queued.length ? queued.shift() : closed ? undefined : await new Promise((resolve) => waiting.push(resolve));
      if (line === undefined) throw new Error("input ended before every question was answered");
      return line;
    },
    close: () => lines.close(),
  };
}

export function createAsker({ flags, env, interactive }) {
  let lines;
  const question = async (text) => {
    lines ??= createLineReader();
    return (await lines.question(text)).trim();
  };
  return {
    /** A value given on this run (flag or env), or undefined. */
    given(setting) {
      const flag = flags[flagName(setting)];
      if (typeof flag === "string") return flag.trim();
      const fromEnv = env[setting];
      return fromEnv?.trim() ? fromEnv.trim() : undefined;
    },
    /** Asks, showing `fallback` as the default; non-interactive runs take the fallback. */
    async ask(prompt, fallback = "") {
      if (!interactive) return fallback;
      const answer = await question(fallback ? `${prompt} [${fallback}]: ` : `${prompt}: `);
      return answer || fallback;
    },
    close: () => lines?.close(),
  };
}
