// Previews (the CLI, the console) show an email before anyone subscribes: its per-subscriber
// links are filled with these examples instead of raw {{unsubscribe_url}} placeholders.
import type { PlaceholderValues } from "./render/placeholders";

export const SAMPLE_LINKS: PlaceholderValues = {
  unsubscribeUrl: "https://your-worker.example/unsubscribe?token=sample",
  preferencesUrl: "https://your-worker.example/preferences?token=sample",
  viewInBrowserUrl: "https://your-worker.example/archive/sample",
};
