// `npm run preview -- <feed or post, file or URL> [--out DIR] [--link URL]`: renders a feed (every
// item, one digest) or a single post (a saved .html page, or a post URL that is not a feed) on
// disk, through the same core the Worker uses, and lists every passage the spoiler pass removed.
// Errors are one line on stderr, exit 1.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { prepareDigest } from "../core/digest";
import { reviewFromPage } from "../core/draft";
import { FeedError, parseFeed } from "../core/feed";
import { countOf, describeMarker } from "../core/marker-labels";
import { fillPlaceholders } from "../core/render";
import { SAMPLE_LINKS } from "../core/sample-links";
import type { Review, SpoilerFreeReview } from "../core/types";
import { countWords } from "../core/words";
import { loadSource, PreviewError, type Source } from "./preview-source";

const USAGE = "usage: npm run preview -- <feed or post: file or URL> [--out DIR] [--link URL]";
interface Arguments {
  source: string;
  outDir: string;
  link?: string;
}

function readOption(argv: string[], index: number, name: string): [string, number] {
  const argument = argv[index] ?? "";
  if (argument.startsWith(`${name}=`)) return [argument.slice(name.length + 1), index];
  const value = argv[index + 1];
  if (!value) throw new PreviewError(`${name} needs a value. ${USAGE}`);
  return [value, index + 1];
}

function readArguments(argv: string[]): Arguments {
  let source: string | undefined;
  const args: Partial<Arguments> = { outDir: "out" };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? "";
    const option = ["--out", "--link"].find((name) => argument === name || argument.startsWith(`${name}=`));
    if (option) {
      const [value, next] = readOption(argv, index, option);
      if (option === "--out") args.outDir = value;
      else args.link = value;
      index = next;
    } else if (argument.startsWith("-")) {
      throw new PreviewError(`unknown option ${argument}. ${USAGE}`);
    } else if (source === undefined) {
      source = argument;
    } else {
      throw new PreviewError(`one feed or post at a time (got "${source}" and "${argument}"). ${USAGE}`);
    }
  }
  if (!source) throw new PreviewError(USAGE);
  return { source, outDir: args.outDir ?? "out", ...(args.link ? { link: args.link } : {}) };
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

async function readReviews(source: Source, args: Arguments): Promise<{ title: string; kind: string; reviews: Review[] }> {
  if (source.kind === "post") {
    const link = args.link ?? source.link;
    const review = reviewFromPage(source.text, { link });
    return { title: review.title, kind: "post", reviews: [review] };
  }
  const feed = await parseFeed(source.text);
  if (feed.reviews.length === 0) throw new PreviewError(`${args.source} is a feed, but it has no items to render.`);
  return { title: feed.title, kind: feed.source, reviews: feed.reviews };
}

/** One line per review, then one per removed passage: marker, trigger, word count. */
function report(summary: ReturnType<typeof summarise>): string[] {
  const note = summary.withheld ? " (withheld: marked as containing spoilers)" : "";
  const lines = [`${summary.title} — ${summary.wordsKept} words kept, ${countOf(summary.removed.length, "passage")} removed${note}`];
  summary.removed.forEach((passage, index) => {
    lines.push(`  ${index + 1}. ${describeMarker(passage.marker)}, triggered by “${passage.trigger}”: ${countOf(passage.words, "word")}`);
  });
  return lines;
}

async function preview(args: Arguments): Promise<void> {
  const source = await loadSource(args.source);
  const { title, kind, reviews: input } = await readReviews(source, args);
  const { digest, reviews } = prepareDigest(input, { publication: title });
  const sample = fillPlaceholders(digest, SAMPLE_LINKS);
  const summaries = reviews.map(summarise);
  await mkdir(args.outDir, { recursive: true });
  const json = { subject: digest.subject, preheader: digest.preheader, feed: { title, source: kind }, reviews: summaries };
  await writeFile(path.join(args.outDir, "digest.html"), sample.html);
  await writeFile(path.join(args.outDir, "digest.txt"), sample.text);
  await writeFile(path.join(args.outDir, "digest.json"), `${JSON.stringify(json, null, 2)}\n`);
  for (const summary of summaries) console.log(report(summary).join("\n"));
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
