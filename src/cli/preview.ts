// `npm run preview -- <feed file or URL> [--out DIR]`: renders every item of a feed into one
// digest on disk, through the same core the Worker uses. Errors are one line on stderr, exit 1.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { prepareDigest } from "../core/digest";
import { FeedError, parseFeed } from "../core/feed";
import type { SpoilerFreeReview } from "../core/types";
import { countWords } from "../core/words";

const USAGE = "usage: npm run preview -- <feed file or URL> [--out DIR]";
const FETCH_TIMEOUT_MS = 15_000;

/** An expected failure: its message is shown as is, without a stack. */
class PreviewError extends Error {}

interface Arguments {
  source: string;
  outDir: string;
}

function readArguments(argv: string[]): Arguments {
  let source: string | undefined;
  let outDir = "out";
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? "";
    if (argument === "--out") {
      const value = argv[++index];
      if (!value) throw new PreviewError(`--out needs a directory. ${USAGE}`);
      outDir = value;
    } else if (argument.startsWith("--out=")) {
      outDir = argument.slice("--out=".length);
    } else if (argument.startsWith("-")) {
      throw new PreviewError(`unknown option ${argument}. ${USAGE}`);
    } else if (source === undefined) {
      source = argument;
    } else {
      throw new PreviewError(`one feed at a time (got "${source}" and "${argument}"). ${USAGE}`);
    }
  }
  if (!source) throw new PreviewError(USAGE);
  return { source, outDir };
}

function describeFetchFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === "TimeoutError") return `no answer within ${FETCH_TIMEOUT_MS / 1000} s`;
  const cause = error.cause;
  if (cause instanceof Error) return "code" in cause && typeof cause.code === "string" ? cause.code : cause.message;
  return error.message;
}

async function loadFeedText(source: string): Promise<string> {
  if (/^https?:\/\//i.test(source)) {
    let response: Response;
    try {
      response = await fetch(source, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    } catch (error) {
      throw new PreviewError(`cannot fetch ${source}: ${describeFetchFailure(error)}`);
    }
    if (!response.ok) throw new PreviewError(`cannot fetch ${source}: HTTP ${response.status} ${response.statusText}`.trim());
    return response.text();
  }
  try {
    return await readFile(source, "utf8");
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "";
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code || String(error);
    throw new PreviewError(`cannot read ${source}: ${reason}`);
  }
}

function summarise(review: SpoilerFreeReview) {
  return {
    id: review.id,
    title: review.title,
    link: review.link,
    wordsKept: review.withheld ? 0 : countWords(review.html),
    withheld: review.withheld,
    removed: review.removed,
  };
}

async function preview(args: Arguments): Promise<void> {
  const feed = await parseFeed(await loadFeedText(args.source));
  if (feed.reviews.length === 0) throw new PreviewError(`${args.source} is a feed, but it has no items to render.`);
  const { digest, reviews } = prepareDigest(feed.reviews, { publication: feed.title });
  const summaries = reviews.map(summarise);
  await mkdir(args.outDir, { recursive: true });
  const json = { subject: digest.subject, preheader: digest.preheader, feed: { title: feed.title, source: feed.source }, reviews: summaries };
  await writeFile(path.join(args.outDir, "digest.html"), digest.html);
  await writeFile(path.join(args.outDir, "digest.txt"), digest.text);
  await writeFile(path.join(args.outDir, "digest.json"), `${JSON.stringify(json, null, 2)}\n`);
  for (const summary of summaries) {
    const note = summary.withheld ? " (withheld: marked as containing spoilers)" : "";
    console.log(`${summary.title} — ${summary.wordsKept} words kept, ${summary.removed.length} passages removed${note}`);
  }
  console.log(`Wrote digest.html, digest.txt and digest.json to ${args.outDir}`);
}

try {
  await preview(readArguments(process.argv.slice(2)));
} catch (error) {
  const known = error instanceof PreviewError || error instanceof FeedError;
  const message = error instanceof Error ? error.message : String(error);
  console.error(`preview: ${known ? message : `unexpected error: ${message}`}`);
  process.exit(1);
}
