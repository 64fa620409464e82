// Which channels are switched on, from the settings alone: publishing asks before it loads the
// channel code (post formats, the spoiler engine's mark mode, the senders), so a worker with no
// channel configured never evaluates it.
import type { ChannelName } from "../core/channels/types";
import type { Settings } from "../settings";

export const CHANNELS = ["discord", "slack", "webhook", "telegram", "mastodon", "bluesky"] as const satisfies readonly ChannelName[];

/** The webhook URL of a webhook channel; undefined for the posting ones. */
export function webhookUrl(settings: Settings, channel: ChannelName): string | undefined {
  if (channel === "discord") return settings.DISCORD_WEBHOOK_URL;
  if (channel === "slack") return settings.SLACK_WEBHOOK_URL;
  if (channel === "webhook") return settings.JSON_WEBHOOK_URL;
  return undefined;
}

/** True when the channel's settings are all there; an empty setting turns a channel off. */
export function isChannelConfigured(settings: Settings, channel: ChannelName): boolean {
  if (channel === "telegram") return Boolean(settings.TELEGRAM_BOT_TOKEN && settings.TELEGRAM_CHAT_ID);
  if (channel === "mastodon") return Boolean(settings.MASTODON_URL && settings.MASTODON_TOKEN);
  if (channel === "bluesky") return Boolean(settings.BLUESKY_HANDLE && settings.BLUESKY_APP_PASSWORD);
  return Boolean(webhookUrl(settings, channel));
}

/** The channels whose settings are filled in. */
export function listConfiguredChannels(settings: Settings): ChannelName[] {
  return CHANNELS.filter((channel) => isChannelConfigured(settings, channel));
}
