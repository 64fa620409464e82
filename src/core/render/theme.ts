// Colours and inline styles of the digest. Every colour is explicit (never left to the client)
// so that clients which force dark mode on light-only mail still have contrast to invert.
// Sizes with a line height go in px with mso-line-height-rule:exactly, which Outlook for
// Windows needs to honour them; margins are always spelled out (Outlook's defaults differ).
import { CONTENT_PADDING } from "./client-limits";

export const COLORS = {
  page: "#f2efe9",
  card: "#ffffff",
  text: "#1c1c1c",
  muted: "#5f5a52",
  link: "#1a56a8",
  rule: "#e2ddd3",
  notice: "#f7f3e8",
  /** Mid-tone: visible on the light box and on the dark one. */
  noticeBorder: "#b08d3c",
} as const;

export const FONT = "Georgia,'Times New Roman',serif";
export const SANS = "-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif";

/** For clients that honour prefers-color-scheme (Apple Mail, iOS, some Outlook). */
export const DARK_MODE_CSS = `
:root { color-scheme: light dark; supported-color-schemes: light dark; }
@media (prefers-color-scheme: dark) {
  .rd-page { background-color: #121212 !important; }
  .rd-card { background-color: #1e1e1e !important; color: #e8e6e3 !important; }
  .rd-card a { color: #8ab4f8 !important; }
  .rd-card a.rd-button { color: #ffffff !important; }
  .rd-review, .rd-text { color: #e8e6e3 !important; }
  .rd-review { border-color: #3a3835 !important; }
  .rd-muted { color: #b0aba3 !important; }
  .rd-notice { background-color: #2a2722 !important; color: #e8e6e3 !important; }
}`;

const exact = (size: number, lineHeight: number) =>
  `font-size:${size}px;line-height:${lineHeight}px;mso-line-height-rule:exactly;`;
const pad = `${CONTENT_PADDING}px`;

export const STYLES = {
  page: `margin:0;padding:0;background-color:${COLORS.page};`,
  card: `background-color:${COLORS.card};color:${COLORS.text};font-family:${FONT};${exact(17, 27)}`,
  masthead: `padding:24px ${pad} 8px ${pad};font-family:${SANS};${exact(13, 18)}letter-spacing:0.08em;text-transform:uppercase;color:${COLORS.muted};`,
  // word-wrap: a long URL or word breaks instead of widening the card on a phone.
  review: `padding:16px ${pad} 24px ${pad};border-bottom:1px solid ${COLORS.rule};font-family:${FONT};${exact(17, 27)}color:${COLORS.text};word-wrap:break-word;`,
  title: `margin:0 0 6px 0;font-family:${FONT};${exact(26, 32)}font-weight:bold;color:${COLORS.text};`,
  meta: `margin:0 0 16px 0;font-family:${SANS};${exact(14, 20)}color:${COLORS.muted};`,
  film: `margin:0 0 12px 0;font-family:${SANS};${exact(15, 22)}color:${COLORS.text};`,
  action: `margin:16px 0 0 0;font-family:${SANS};${exact(15, 22)}font-weight:bold;`,
  link: `color:${COLORS.link};`,
  footer: `padding:24px ${pad} 32px ${pad};font-family:${SANS};${exact(13, 20)}color:${COLORS.muted};`,
  footerLine: "margin:0 0 8px 0;",
  preheader: "display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;mso-hide:all;font-size:1px;line-height:1px;color:transparent;",
  message: `padding:16px ${pad} 32px ${pad};font-family:${SANS};${exact(16, 24)}color:${COLORS.text};`,
  messageLine: `margin:0 0 16px 0;${exact(16, 24)}`,
  /** A button that Outlook draws too: the colour is on the cell, the link fills it. */
  buttonTable: "margin:8px 0 24px 0;",
  buttonCell: `padding:12px 20px;background-color:${COLORS.link};`,
  buttonLink: `color:#ffffff;font-family:${SANS};${exact(16, 20)}font-weight:bold;text-decoration:none;`,
  /** A block notice: a calm box, a table cell so Outlook keeps its padding and background. */
  noticeTable: "margin:0 0 16px 0;",
  noticeCell: `padding:10px 14px;background-color:${COLORS.notice};border-left:4px solid ${COLORS.noticeBorder};font-family:${SANS};${exact(15, 22)}color:${COLORS.text};`,
  /** An inline notice: a small marker inside the sentence. */
  noticeMarker: `font-style:normal;font-family:${SANS};font-size:13px;padding:1px 6px;background-color:${COLORS.notice};border:1px solid ${COLORS.noticeBorder};color:${COLORS.text};`,
} as const;

/** Inline styles of review body elements; margins explicit for Outlook. */
export const BODY_STYLES: Readonly<Record<string, string>> = {
  p: `margin:0 0 16px 0;${exact(17, 27)}`,
  h2: `margin:28px 0 12px 0;font-family:${FONT};${exact(22, 28)}font-weight:bold;`,
  h3: `margin:24px 0 10px 0;font-family:${FONT};${exact(19, 25)}font-weight:bold;`,
  h4: `margin:20px 0 8px 0;font-family:${FONT};${exact(17, 24)}font-weight:bold;`,
  h5: `margin:20px 0 8px 0;font-family:${FONT};${exact(17, 24)}font-weight:bold;`,
  h6: `margin:20px 0 8px 0;font-family:${FONT};${exact(17, 24)}font-weight:bold;`,
  ul: "margin:0 0 16px 0;padding:0 0 0 24px;",
  ol: "margin:0 0 16px 0;padding:0 0 0 24px;",
  li: `margin:0 0 6px 0;${exact(17, 27)}`,
  blockquote: `margin:0 0 16px 0;padding:0 0 0 16px;border-left:3px solid ${COLORS.rule};`,
  pre: `margin:0 0 16px 0;padding:12px;background-color:${COLORS.notice};font-size:14px;line-height:20px;mso-line-height-rule:exactly;white-space:pre-wrap;word-wrap:break-word;word-break:break-all;`,
  hr: `margin:24px 0;border:0;border-top:1px solid ${COLORS.rule};`,
  table: "margin:0 0 16px 0;border-collapse:collapse;width:100%;",
  td: `padding:4px 8px;border:1px solid ${COLORS.rule};vertical-align:top;`,
  th: `padding:4px 8px;border:1px solid ${COLORS.rule};vertical-align:top;text-align:left;`,
  a: `color:${COLORS.link};`,
  figure: "margin:0 0 20px 0;",
  caption: `margin:8px 0 0 0;font-family:${SANS};${exact(14, 20)}color:${COLORS.muted};`,
};
