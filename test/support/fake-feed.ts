// A feed server for tests, at the network boundary: serves RSS built from items, honours
// If-None-Match with a 304, and records what each request asked for.

export interface FeedItem {
  guid: string;
  link: string;
  title: string;
  html?: string;
  /** RFC 822 date. */
  published?: string;
}

const cdata = (text: string) => `<![CDATA[${text}]]>`;

/** A Medium-shaped RSS document holding the items, newest first as given. */
export function buildMediumFeed(items: FeedItem[]): string {
  const body = items
    .map(
      (item) =>
        `<item><title>${cdata(item.title)}</title><link>${item.link}?source=rss-5c1e2a9d7b3f------2</link>` +
        `<guid isPermaLink="false">${item.guid}</guid><dc:creator>${cdata("Jeff Light")}</dc:creator>` +
        `<pubDate>${item.published ?? "Tue, 05 Dec 2023 14:31:07 GMT"}</pubDate>` +
        `<content:encoded>${cdata(item.html ?? `<p>${item.title}: a review.</p>`)}</content:encoded></item>`,
    )
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" ` +
    `xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">` +
    `<channel><title>${cdata("Stories by Jeff Light on Medium")}</title><link>https://medium.com/@jefflight</link>` +
    `<generator>Medium</generator><atom:link href="http://medium.superfeedr.com" rel="hub"/>${body}</channel></rss>`
  );
}

let counter = 0;

/** A unique review item, so tests sharing one D1 never see each other's reviews. */
export function uniqueItem(label = "review"): FeedItem {
  counter += 1;
  const id = `${label}-${counter}-${crypto.randomUUID().slice(0, 8)}`;
  return { guid: `https://medium.com/p/${id}`, link: `https://medium.com/@jefflight/${id}`, title: `Review ${id}` };
}

/** A unique feed URL on the fake host. */
export function uniqueFeedUrl(): string {
  counter += 1;
  return `https://feeds.test/${counter}-${crypto.randomUUID().slice(0, 8)}.xml`;
}

export function createFakeFeed(initial: string) {
  let xml = initial;
  let version = 1;
  const requests: Request[] = [];
  let override: ((request: Request) => Response | Promise<Response>) | undefined;
  return {
    requests,
    /** Serves a new document (with a new ETag). */
    publish(next: string) {
      xml = next;
      version += 1;
    },
    /** Answers every request this way until cleared. */
    respondWith(handler: ((request: Request) => Response | Promise<Response>) | undefined) {
      override = handler;
    },
    async handle(request: Request): Promise<Response> {
      requests.push(request);
      if (override) return override(request);
      const etag = `"v${version}"`;
      if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers: { etag } });
      return new Response(xml, {
        headers: { "content-type": "application/rss+xml", etag, "last-modified": "Tue, 05 Dec 2023 14:35:00 GMT" },
      });
    },
  };
}
