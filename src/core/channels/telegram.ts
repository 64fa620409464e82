// Telegram Bot API sendMessage bodies, one per review, in parse_mode HTML. Marked spoilers sit
// inside <tg-spoiler> (tap to reveal); nothing else of the review is hidden. The HTML subset is
// Telegram's: b, i, a href, tg-spoiler, blockquote; every other <, > and & is escaped, and the
// only named entities Telegram decodes are &lt; &gt; &amp; &quot;.
import { describeFilm } from "./edition";
import { TELEGRAM_LIMITS, truncateGraphemes } from "./limits";
import { renderBlocks, type Flavour } from "./markdown";
import type { ChannelEdition, ChannelReview } from "./types";

export interface TelegramMessage {
  chat_id: string;
  text: string;
  parse_mode: "HTML";
  link_preview_options: { is_disabled: true } | { url: string; prefer_small_media: true };
}

const escapeHtml = (text: string) =>
  text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttribute = (text: string) => escapeHtml(text).replace(/"/g, "&quot;");

export const telegramFlavour: Flavour = {
  // The renderer never reads the name; "plain" is the nearest of its kinds.
  name: "plain",
  escape: escapeHtml,
  bold: (text) => `<b>${text}</b>`,
  italic: (text) => `<i>${text}</i>`,
  link: (text, href) => `<a href="${escapeAttribute(href)}">${text}</a>`,
  quote: (text) => `<blockquote>${text}</blockquote>`,
  item: (text) => `• ${text}`,
  spoiler: (text) => `<tg-spoiler>${text}</tg-spoiler>`,
};

const WITHHELD_NOTICE = "⚠️ This whole review is a spoiler, so it is not quoted here.";
const TOKEN = /<\/?([a-z-]+)[^>]*>|&(?:lt|gt|amp|quot);|[^<&]+|&/g;

/** Characters Telegram counts: the text after tags are parsed out and entities decoded. */
export function countTelegramText(html: string): number {
  let count = 0;
  for (const match of html.matchAll(TOKEN)) {
    if (match[1] !== undefined) continue;
    count += match[0].startsWith("&") && match[0].length > 1 ? 1 : match[0].length;
  }
  return count;
}

/**
 * Cuts our own (well-formed) Telegram HTML to at most `max` counted characters at a word,
 * ending in "…", and closes every tag left open: a cut spoiler stays a spoiler.
 */
export function cutTelegramHtml(html: string, max: number): string {
  if (countTelegramText(html) <= max) return html;
  const open: string[] = [];
  let out = "";
  let left = max - 1;
  for (const match of html.matchAll(TOKEN)) {
    const [token, tag] = match;
    if (tag !== undefined) {
      if (token.startsWith("</")) open.pop();
      else open.push(tag);
      out += token;
      continue;
    }
    const size = token.startsWith("&") && token.length > 1 ? 1 : token.length;
    if (size <= left) {
      out += token;
      left -= size;
      continue;
    }
    if (!token.startsWith("&")) out += cutWords(token, left);
    break;
  }
  return `${out.trimEnd()}…${open.reverse().map((tag) => `</${tag}>`).join("")}`;
}

function cutWords(text: string, room: number): string {
  let cut = text.slice(0, Math.max(room, 0));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.search(/\s\S*$/);
  return space > room / 2 ? cut.slice(0, space) : cut;
}

function fitBlocks(blocks: string[], max: number): string {
  const kept: string[] = [];
  let used = 0;
  for (const block of blocks) {
    const size = countTelegramText(block) + (kept.length ? 2 : 0);
    if (used + size > max) {
      const room = max - used - (kept.length ? 2 : 0);
      if (room >= 80 || kept.length === 0) kept.push(cutTelegramHtml(block, Math.max(room, 1)));
      break;
    }
    kept.push(block);
    used += size;
  }
  return kept.join("\n\n");
}

function heading(review: ChannelReview, link: string): string {
  // Graphemes, so a cut never leaves half a surrogate pair (invalid UTF-8 for Telegram).
  const cut = truncateGraphemes(review.title.trim() || review.link, TELEGRAM_LIMITS.title);
  const film = describeFilm(review);
  const byline = [film, review.author ? `by ${review.author}` : undefined].filter(Boolean).join(" · ");
  return `<b>${telegramFlavour.link(escapeHtml(cut), link)}</b>${byline ? `\n<i>${escapeHtml(byline)}</i>` : ""}`;
}

/**
 * One review → one sendMessage body: the title linked to the original, film and rating when
 * known, an excerpt with spoilers in <tg-spoiler>, and a link on. A review that is a spoiler
 * as a whole gets a notice instead of any text, and no link preview (the page's own
 * description could give it away).
 */
export function buildTelegramMessage(review: ChannelReview, chatId: string, link: string): TelegramMessage {
  const more = `<a href="${escapeAttribute(link)}">Read the whole review</a>`;
  const body = review.withheld ? escapeHtml(WITHHELD_NOTICE) : fitBlocks(renderBlocks(review.html, telegramFlavour), TELEGRAM_LIMITS.excerpt);
  const text = [heading(review, link), body, more].filter(Boolean).join("\n\n");
  return {
    chat_id: chatId,
    text,
    parse_mode: "HTML",
    link_preview_options: review.withheld ? { is_disabled: true } : { url: link, prefer_small_media: true },
  };
}

/** An edition → one message per review whose link is http(s); `safeLink` vets each. */
export function buildTelegramMessages(edition: ChannelEdition, chatId: string, safeLink: (url: string) => string | undefined): TelegramMessage[] {
  return edition.reviews.flatMap((review) => {
    const link = safeLink(review.link);
    return link ? [buildTelegramMessage(review, chatId, link)] : [];
  });
}
