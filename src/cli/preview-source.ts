// Where `npm run preview` reads from: a file or an http(s) URL, decoded by its declared encoding,
// and classified as a feed or a single post (an .html file, or a page that is not RSS/Atom).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { looksLikeHtmlPage } from "../core/draft";
import { decodeFeedBytes } from "../core/feed-encoding";

const FETCH_TIMEOUT_MS = 15_000;

/** An expected failure: its message is shown as is, without a stack. */
export class PreviewError extends Error {}

export type Source = { kind: "feed"; text: string } | { kind: "post"; text: string; link: string };

function describeFetchFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === "TimeoutError") return `no answer within ${FETCH_TIMEOUT_MS / 1000} s`;
  const cause = error.cause;
  if (cause instanceof Error) return "code" in cause && typeof cause.code === "string" ? cause.code : cause.message;
  return error.message;
}

async function fetchSource(url: string): Promise<Source> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch (error) {
    throw new PreviewError(`cannot fetch ${url}: ${describeFetchFailure(error)}`);
  }
  if (!response.ok) throw new PreviewError(`cannot fetch ${url}: HTTP ${response.status} ${response.statusText}`.trim());
  const contentType = response.headers.get("content-type");
  const text = decodeFeedBytes(new Uint8Array(await response.arrayBuffer()), contentType);
  const isPage = /^text\/html\b/i.test(contentType ?? "") || looksLikeHtmlPage(text);
  return isPage ? { kind: "post", text, link: response.url || url } : { kind: "feed", text };
}

async function readSourceFile(file: string): Promise<Source> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "";
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code || String(error);
    throw new PreviewError(`cannot read ${file}: ${reason}`);
  }
  const text = decodeFeedBytes(new Uint8Array(bytes), null);
  if (/\.x?html?$/i.test(file) || looksLikeHtmlPage(text)) {
    // A draft has no address yet: its notices point at a sample one unless --link names it.
    return { kind: "post", text, link: `https://your-blog.example/${encodeURIComponent(path.basename(file).replace(/\.x?html?$/i, ""))}` };
  }
  return { kind: "feed", text };
}

export function loadSource(source: string): Promise<Source> {
  return /^https?:\/\//i.test(source) ? fetchSource(source) : readSourceFile(source);
}
