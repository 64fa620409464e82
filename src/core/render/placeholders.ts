// The digest is rendered once; these tokens are swapped per subscriber by the sender.
import type { Digest } from "../types";

export const PLACEHOLDERS = {
  unsubscribeUrl: "{{unsubscribe_url}}",
  preferencesUrl: "{{preferences_url}}",
  viewInBrowserUrl: "{{view_in_browser_url}}",
} as const;

export interface PlaceholderValues {
  unsubscribeUrl: string;
  preferencesUrl: string;
  viewInBrowserUrl: string;
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

function replaceAll(text: string, values: PlaceholderValues, encode: (value: string) => string): string {
  let result = text;
  for (const key of Object.keys(PLACEHOLDERS) as (keyof PlaceholderValues)[]) {
    result = result.split(PLACEHOLDERS[key]).join(encode(values[key]));
  }
  return result;
}

/**
 * Fills one subscriber's links into a rendered digest: HTML-escaped in the HTML part,
 * raw in the plain-text part. Subject and preheader carry no placeholders.
 */
export function fillPlaceholders(digest: Digest, values: PlaceholderValues): Digest {
  return {
    ...digest,
    html: replaceAll(digest.html, values, escapeHtml),
    text: replaceAll(digest.text, values, (value) => value),
  };
}
