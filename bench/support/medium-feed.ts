// A Medium feed for the CPU bench: ten items, each the real Ballerina review (11 KB of Medium's
// markup) under its own guid and link, newest first, as Medium serves a critic's feed. The
// ETag is derived from the items, so two fakes holding the same items answer alike: a worker
// started from a saved D1 state gets its 304 from a fresh fake.
import { readFileSync } from "node:fs";
import path from "node:path";

const FIXTURE = readFileSync(path.join(import.meta.dirname, "../../test/fixtures/medium-ballerina.xml"), "utf8");
const ITEM_START = FIXTURE.indexOf("<item>");
const ITEM_END = FIXTURE.lastIndexOf("</item>") + "</item>".length;
const ITEM = FIXTURE.slice(ITEM_START, ITEM_END);
// The post id inside the fixture's guid and link.
const POST_ID = "7f3a9c2e1b4d";
const ITEMS_PER_FEED = 10;

export class MediumFeed {
  private serial: number;
  /** The status each request got (200 or 304), in order. */
  readonly answers: number[] = [];
  /** The ids this fake published, oldest first. */
  readonly published: string[] = [];

  constructor(private ids: string[] = []) {
    // Continue after the newest id ever published: the feed shows only ten, so counting the ids
    // would hand out one a saved state has already seen (a "new" review that sends nothing).
    this.serial = Math.max(0, ...ids.map((id) => Number(id.slice(1))).filter(Number.isFinite));
  }

  /** Puts a new review at the top (the oldest falls off past ten); returns its id. */
  publish(): string {
    this.serial += 1;
    const id = `b${String(this.serial).padStart(11, "0")}`;
    this.ids = [id, ...this.ids].slice(0, ITEMS_PER_FEED);
    this.published.push(id);
    return id;
  }

  get itemIds(): string[] {
    return [...this.ids];
  }

  get etag(): string {
    return `"${this.ids.join(".")}"`;
  }

  xml(): string {
    return FIXTURE.slice(0, ITEM_START) + this.ids.map((id) => ITEM.replaceAll(POST_ID, id)).join("") + FIXTURE.slice(ITEM_END);
  }

  readonly handle = (request: Request): Response => {
    const status = request.headers.get("if-none-match") === this.etag ? 304 : 200;
    this.answers.push(status);
    if (status === 304) return new Response(null, { status, headers: { etag: this.etag } });
    return new Response(this.xml(), { headers: { "content-type": "application/rss+xml; charset=utf-8", etag: this.etag } });
  };
}
