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

const KEY_OF_TOKEN = new Map<string, keyof PlaceholderValues>(Object.entries(PLACEHOLDERS).map(([key, token]) => [token, key as keyof PlaceholderValues]));
const TOKEN_PATTERN = new RegExp(Object.values(PLACEHOLDERS).map((token) => token.replace(/[{}]/g, "\\$&")).join("|"), "g");

/** A digest part cut at its placeholders: the text between them, and which link goes in each gap. */
export interface Template {
  source: string;
  /** One more piece than keys: pieces[0], keys[0], pieces[1], … */
  pieces: string[];
  keys: (keyof PlaceholderValues)[];
}

/** Which part a link goes into: HTML-escaped in the HTML part, raw in the plain-text part. */
export type PartKind = "html" | "text";

// A queue chunk fills the same digest for 100 subscribers: cut each part once, not per email
// (splitting and joining a 20 KB digest three times per email was most of a chunk's CPU).
let recent: Template[] = [];

/** `source` cut at its placeholders (the last few templates are kept: a chunk reuses one). */
export function cutAtPlaceholders(source: string): Template {
  const known = recent.find((template) => template.source === source);
  if (known) return known;
  const template: Template = { source, pieces: [], keys: [] };
  let last = 0;
  for (const match of source.matchAll(TOKEN_PATTERN)) {
    template.pieces.push(source.slice(last, match.index));
    template.keys.push(KEY_OF_TOKEN.get(match[0]) as keyof PlaceholderValues);
    last = match.index + match[0].length;
  }
  template.pieces.push(source.slice(last));
  recent = [template, ...recent.slice(0, 3)];
  return template;
}

/** A link as it goes into a part of the email. */
export function encodeLink(value: string, kind: PartKind): string {
  return kind === "html" ? escapeHtml(value) : value;
}

/** One part with one subscriber's links in its placeholders. */
export function fillPart(source: string, values: PlaceholderValues, kind: PartKind): string {
  const template = cutAtPlaceholders(source);
  let result = template.pieces[0] ?? "";
  template.keys.forEach((key, index) => {
    result += encodeLink(values[key], kind) + (template.pieces[index + 1] ?? "");
  });
  return result;
}

/**
 * Fills one subscriber's links into a rendered digest: HTML-escaped in the HTML part,
 * raw in the plain-text part. Subject and preheader carry no placeholders.
 */
export function fillPlaceholders(digest: Digest, values: PlaceholderValues): Digest {
  return {
    ...digest,
    html: fillPart(digest.html, values, "html"),
    text: fillPart(digest.text, values, "text"),
  };
}
