// What the channel formatters read: one published edition and its reviews.
import type { FilmInfo } from "../types";

export type ChannelName = "discord" | "slack" | "webhook" | PostingChannelName;

/** Channels that get one post per review, each confirmed before the next (see posts_done). */
export type PostingChannelName = "telegram" | "mastodon" | "bluesky";

export interface ChannelReview {
  title: string;
  link: string;
  author?: string;
  /** ISO-8601. */
  published?: string;
  film?: FilmInfo;
  /**
   * Spoiler-free HTML for Slack and the JSON webhook; for Discord, Telegram, Mastodon and
   * Bluesky, the spoiler engine's "mark" output, whose `data-spoiler` regions each platform
   * hides its own way (or drops).
   */
  html: string;
  /** The whole body is withheld as one spoiler. */
  withheld: boolean;
}

export interface ChannelEdition {
  id: number;
  subject: string;
  /** The "view in browser" page: `${PUBLIC_URL}/archive/${id}`. */
  archiveUrl: string;
  /** ISO-8601. */
  createdAt: string;
  reviews: ChannelReview[];
}
