// The fields feed-xml.ts reads from a feed, checked with zod: a feed is an upstream document, so
// its fields are parsed at this edge instead of trusted. A field is loosely typed (text, or an
// element's attributes), so each reader tolerates junk by falling back to "absent" rather than
// failing the whole feed over one odd element.
import { z } from "../validation";

/** A text field: anything that is not a plain string counts as missing. */
const Text = z.catch(z.optional(z.string()), undefined);

/** `<link href rel>` (Atom, atom:link) or a bare `<link>text</link>` (RSS). */
const Link = z.union([z.string(), z.object({ $: z.object({ href: z.string(), rel: z.optional(z.string()) }) })]);
const Links = z.catch(z.array(z.catch(z.optional(Link), undefined)), []);

/** RSS `<category>x</category>`, with or without a domain attribute, or Atom `<category term>`. */
const Category = z.union([
  z.string(),
  z.object({ _: z.string() }),
  z.object({ $: z.object({ term: z.string() }) }),
]);

export const RawItem = z.object({
  guid: Text,
  id: Text,
  link: Text,
  title: Text,
  creator: Text,
  author: Text,
  isoDate: Text,
  "content:encoded": Text,
  content: Text,
  summary: Text,
  rawCategories: z.catch(z.array(z.catch(z.optional(Category), undefined)), []),
  filmTitle: Text,
  filmYear: Text,
  memberRating: Text,
});
export type RawItem = z.infer<typeof RawItem>;

export const RawFeed = z.object({
  title: Text,
  link: Text,
  generator: Text,
  atomLinks: Links,
  links: Links,
  items: z.array(z.unknown()),
});
export type RawFeed = z.infer<typeof RawFeed>;

/** Every category as plain text, whichever of the shapes above it came in. */
export function readCategories(raw: RawItem["rawCategories"]): string[] {
  const names = raw.map((category) => {
    if (category === undefined) return "";
    if (typeof category === "string") return category;
    return "_" in category ? category._ : category.$.term;
  });
  return names.map((name) => name.trim()).filter((name) => name.length > 0);
}

/** The href of the first link with this rel, from either link list. */
export function findLink(links: RawFeed["links"], rel: string): string | undefined {
  for (const link of links) {
    if (link && typeof link !== "string" && link.$.rel === rel) return link.$.href;
  }
  return undefined;
}
