// Plain-text excerpts for the social posts (Mastodon, Bluesky): the review's opening blocks,
// without markup. Marked spoilers are dropped, or kept between sentinels so a caller can
// tell whether its cut still holds any spoiler text (Mastodon then adds a content warning).
import { countGraphemes, truncateGraphemes } from "./limits";
import { renderBlocks, type Flavour } from "./markdown";

export const SPOILER_OPEN = "\u0001";
export const SPOILER_CLOSE = "\u0002";

// Control characters never reach a post; removing them also keeps the sentinels ours alone.
const stripControls = (text: string) => text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");

function excerptFlavour(keepSpoilers: boolean): Flavour {
  return {
    // The renderer never reads the name; "plain" is the nearest of its kinds.
    name: "plain",
    escape: stripControls,
    bold: (text) => text,
    italic: (text) => text,
    // The post links to the review itself; the review's own links would only spend characters.
    link: (text) => text,
    quote: (text) => `“${text}”`,
    item: (text) => `• ${text}`,
    ...(keepSpoilers ? { spoiler: (text: string) => `${SPOILER_OPEN}${text}${SPOILER_CLOSE}` } : {}),
  };
}

/** Marked review HTML → plain blocks; spoiler regions dropped unless `keepSpoilers`. */
export function renderExcerptBlocks(html: string, keepSpoilers = false): string[] {
  return renderBlocks(html, excerptFlavour(keepSpoilers));
}

/** True when `text` holds any kept spoiler text. */
export function holdsSpoiler(text: string): boolean {
  return text.includes(SPOILER_OPEN);
}

export function removeSentinels(text: string): string {
  return text.replace(/[\u0001\u0002]/g, "");
}

/**
 * Joins blocks with blank lines up to `max` graphemes; the first block that does not fit is
 * cut at a word ("…") when enough room is left for it to say something.
 */
export function fitExcerpt(blocks: string[], max: number): string {
  const kept: string[] = [];
  let used = 0;
  for (const block of blocks) {
    const separator = kept.length ? 2 : 0;
    const size = countGraphemes(block);
    if (used + separator + size <= max) {
      kept.push(block);
      used += separator + size;
      continue;
    }
    const room = max - used - separator;
    if (room >= 40 || kept.length === 0) kept.push(truncateGraphemes(block, Math.max(room, 0)));
    break;
  }
  return kept.filter(Boolean).join("\n\n");
}
