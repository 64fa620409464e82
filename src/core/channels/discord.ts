// Discord webhook payload: one embed per review. Spoilers stay in, hidden behind Discord's
// own `||…||` markup. Limits (Discord's "Embed Limits"): title 256, description 4096,
// 6000 characters across every embed of a message, 10 embeds, content 2000.
import { joinWithin, truncate } from "./limits";
import { discordFlavour, renderBlocks } from "./markdown";
import type { ChannelEdition, ChannelReview } from "./types";

export const DISCORD_LIMITS = { title: 256, description: 4096, total: 6000, embeds: 10, content: 2000, footer: 2048 };

export interface DiscordEmbed {
  title: string;
  url: string;
  description: string;
  timestamp?: string;
  footer?: { text: string };
  color: number;
}

export interface DiscordPayload {
  content: string;
  embeds: DiscordEmbed[];
  /** Nothing in a review may ping anyone. */
  allowed_mentions: { parse: never[] };
}

// Discord's own "blurple", so embeds look native.
const COLOR = 0x5865f2;

function describeFilm(review: ChannelReview): string | undefined {
  const film = review.film;
  if (!film) return review.author ? `by ${review.author}` : undefined;
  const year = film.year ? ` (${film.year})` : "";
  const stars = film.rating ? ` · ${"★".repeat(Math.floor(film.rating))}${film.rating % 1 ? "½" : ""}` : "";
  return truncate(`${film.title}${year}${stars}`, DISCORD_LIMITS.footer);
}

function startEmbed(review: ChannelReview): DiscordEmbed {
  const footer = describeFilm(review);
  const published = review.published ? new Date(review.published) : undefined;
  return {
    title: truncate(review.title.trim() || review.link, DISCORD_LIMITS.title),
    url: review.link,
    description: "",
    ...(published && !Number.isNaN(published.getTime()) ? { timestamp: published.toISOString() } : {}),
    ...(footer ? { footer: { text: footer } } : {}),
    color: COLOR,
  };
}

function countEmbed(embed: DiscordEmbed): number {
  return embed.title.length + embed.description.length + (embed.footer?.text.length ?? 0);
}

/** An edition → a Discord webhook body whose every embed, and whose total, fit Discord's limits. */
export function buildDiscordPayload(edition: ChannelEdition): DiscordPayload {
  const shown = edition.reviews.slice(0, DISCORD_LIMITS.embeds);
  const embeds = shown.map(startEmbed);
  let budget = DISCORD_LIMITS.total - embeds.reduce((sum, embed) => sum + countEmbed(embed), 0);
  embeds.forEach((embed, index) => {
    // A fair share of what is left; whatever a short review leaves unused rolls on to the next.
    const share = Math.min(DISCORD_LIMITS.description, Math.floor(budget / (embeds.length - index)));
    const review = shown[index];
    if (!review) return;
    const more = `[Read the whole review](${review.link.replace(/[()]/g, encodeURIComponent)})`;
    embed.description = joinWithin(renderBlocks(review.html, discordFlavour, review.withheld), Math.max(share, 0), more);
    if (embed.description.length > share) embed.description = "";
    budget -= embed.description.length;
  });
  const hidden = edition.reviews.length - shown.length;
  const extra = hidden > 0 ? ` (+${hidden} more)` : "";
  const content = truncate(`**${discordFlavour.escape(edition.subject)}**${extra} · ${edition.archiveUrl}`, DISCORD_LIMITS.content);
  return { content, embeds, allowed_mentions: { parse: [] } };
}
