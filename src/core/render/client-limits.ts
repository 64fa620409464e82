// What the mail clients we design for can take (caniemail.com data, checked in
// test/core/email-clients.test.ts). Numbers and lists only: the renderer reads them.

/** The card: Outlook for Windows gets it from a ghost table, everyone else from max-width. */
export const EMAIL_WIDTH = 600;
/** Left and right padding of a review inside the card. */
export const CONTENT_PADDING = 24;
/** The widest an image may be: the content column of the card. */
export const CONTENT_WIDTH = EMAIL_WIDTH - 2 * CONTENT_PADDING;

/**
 * Elements caniemail lists as "HTML5 semantics": Yahoo and Outlook for Windows drop them (and
 * their styles), so none may carry meaning in an email. Each becomes a plain element.
 */
export const UNSUPPORTED_ELEMENTS: Readonly<Record<string, string>> = {
  article: "div",
  aside: "div",
  details: "div",
  figcaption: "p",
  figure: "div",
  footer: "div",
  header: "div",
  main: "div",
  mark: "strong",
  nav: "div",
  section: "div",
  summary: "p",
  time: "span",
};
