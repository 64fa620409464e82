// GET /archive, GET /archive/:id ("view in browser" from every email) and GET /feed.xml.
// Only the editions readers were sent (instant, daily, weekly), never the operator's tests.
// The HTML is the edition's own spoiler-free email, with the per-subscriber links filled
// with public ones: a page for everyone must not carry anyone's unsubscribe token.
import { Hono } from "hono/tiny";
import { buildEditionsFeed } from "../core/channels/rss";
import { fillPlaceholders } from "../core/render";
import { listPublicEditions, listRecentPublicEditions, readFeedTitle, readPublicEdition } from "../db/archive";
import { describeIssues, z } from "../validation";
import { publicUrl, requireSettings, siteNameOf } from "./page-context";
import { ArchivePage } from "./pages/archive";

export const archiveRoutes = new Hono<{ Bindings: Env }>();

const PAGE_SIZE = 50;
const FEED_SIZE = 20;
const EditionId = z.coerce.number().check(z.int(), z.positive());
const ArchiveQuery = z.object({ before: z.optional(EditionId) });

// The email HTML is sanitised, but a page on our origin gets a second fence: no scripts,
// no forms, no framing; only its inline styles and https images.
const EDITION_CSP = "default-src 'none'; img-src https: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

archiveRoutes.get("/archive", async (c) => {
  const settings = requireSettings(c.env);
  const query = ArchiveQuery.safeParse(c.req.query());
  if (!query.success) return c.json({ error: "invalid_query", message: describeIssues(query.error) }, 400);
  const editions = await listPublicEditions(c.env.DB, PAGE_SIZE + 1, query.data.before);
  const shown = editions.slice(0, PAGE_SIZE);
  const oldest = shown[shown.length - 1];
  const olderHref = editions.length > PAGE_SIZE && oldest ? `/archive?before=${oldest.id}` : undefined;
  const page = ArchivePage({ siteName: siteNameOf(settings), editions: shown, feedHref: "/feed.xml", ...(olderHref ? { olderHref } : {}) });
  return c.html(page, 200, { "cache-control": "public, max-age=300" });
});

archiveRoutes.get("/archive/:id", async (c) => {
  const settings = requireSettings(c.env);
  const id = EditionId.safeParse(c.req.param("id"));
  if (!id.success) return c.json({ error: "invalid_id", message: "An edition id is a positive whole number." }, 400);
  const edition = await readPublicEdition(c.env.DB, id.data);
  if (!edition) return c.json({ error: "not_found", message: `There is no edition ${id.data}.` }, 404);
  const home = publicUrl(settings, "/");
  const filled = fillPlaceholders(edition, { unsubscribeUrl: home, preferencesUrl: home, viewInBrowserUrl: publicUrl(settings, `/archive/${edition.id}`) });
  // Any placeholder a later template adds is blanked rather than shown as "{{…}}".
  const html = filled.html.replace(/\{\{\s*[a-z_]+\s*\}\}/gi, "");
  return c.html(html, 200, {
    "content-security-policy": EDITION_CSP,
    "x-content-type-options": "nosniff",
    "cache-control": "public, max-age=300",
  });
});

archiveRoutes.get("/feed.xml", async (c) => {
  const settings = requireSettings(c.env);
  const [editions, feedTitle] = await Promise.all([listRecentPublicEditions(c.env.DB, FEED_SIZE), readFeedTitle(c.env.DB)]);
  const xml = buildEditionsFeed({
    title: `${siteNameOf(settings)} (spoiler-free)`,
    description: `Reviews from ${feedTitle ?? siteNameOf(settings)}, with spoilers taken out.`,
    siteUrl: publicUrl(settings, "/archive"),
    feedUrl: publicUrl(settings, "/feed.xml"),
    editions: editions.map((edition) => ({
      id: edition.id,
      subject: edition.subject,
      url: publicUrl(settings, `/archive/${edition.id}`),
      createdAt: edition.createdAt,
      reviews: edition.reviews,
      text: edition.text,
    })),
  });
  return c.body(xml, 200, { "content-type": "application/rss+xml; charset=utf-8", "cache-control": "public, max-age=300" });
});
