// Where setup's answers come from, in order: a flag (--feed-url X), an environment variable
// (FEED_URL=X), the value saved by an earlier run, then a question — unless non-interactive.
import { createInterface } from "node:readline";
import { Writable } from "node:stream";

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
 * readline's own question() does to every line after the first. On a terminal readline echoes
 * through `echo`, which a secret question mutes, so an API key never shows on screen.
 */
function createLineReader() {
  let muted = false;
  const echo = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const lines = createInterface({ input: process.stdin, output: echo, terminal: Boolean(process.stdin.isTTY) });
  const queued = [];
  const waiting = [];
  let closed = false;
  lines.on("line", (line) => (waiting.length ? waiting.shift()(line) : queued.push(line)));
  // In terminal mode readline takes Ctrl-C itself; without this it would only pause.
  lines.on("SIGINT", () => {
    process.stdout.write("\n");
    process.exit(130);
  });
  lines.on("close", () => {
    closed = true;
    while (waiting.length) waiting.shift()(undefined);
  });
  return {
    async question(text, { secret = false } = {}) {
      process.stdout.write(text);
      muted = secret;
      const line = queued.length ? queued.shift() : closed ? undefined : await new Promise((resolve) => waiting.push(resolve));
      muted = false;
      if (secret) process.stdout.write(line ? "(hidden)\n" : "\n");
      if (line === undefined) throw new Error("input ended before every question was answered");
      return line;
    },
    close: () => lines.close(),
  };
}

export function createAsker({ flags, env, interactive }) {
  let lines;
  const question = async (text, options) => {
    lines ??= createLineReader();
    return (await lines.question(text, options)).trim();
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
    /** Like ask, without echoing what is typed or pasted. */
    async askSecret(prompt) {
      return interactive ? question(`${prompt}: `, { secret: true }) : "";
    },
    close: () => lines?.close(),
  };
}
