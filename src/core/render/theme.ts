// Colours and inline styles of the digest. Every colour is explicit (never left to the client)
// so that clients which force dark mode on light-only mail still have contrast to invert.
export const COLORS = {
  page: "#f2efe9",
  card: "#ffffff",
  text: "#1c1c1c",
  muted: "#5f5a52",
  link: "#1a56a8",
  rule: "#e2ddd3",
  notice: "#f7f3e8",
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
  .rd-muted { color: #b0aba3 !important; }
  .rd-notice { background-color: #2a2722 !important; }
}`;

export const STYLES = {
  page: `margin:0;padding:0;background-color:${COLORS.page};`,
  card: `background-color:${COLORS.card};color:${COLORS.text};font-family:${FONT};font-size:17px;line-height:1.6;`,
  masthead: `padding:24px 32px 8px 32px;font-family:${SANS};font-size:13px;letter-spacing:0.08em;text-transform:uppercase;color:${COLORS.muted};`,
  review: `padding:16px 32px 24px 32px;border-bottom:1px solid ${COLORS.rule};`,
  title: `margin:0 0 6px 0;font-family:${FONT};font-size:26px;line-height:1.25;color:${COLORS.text};`,
  meta: `margin:0 0 16px 0;font-family:${SANS};font-size:14px;color:${COLORS.muted};`,
  film: `margin:0 0 12px 0;font-family:${SANS};font-size:15px;color:${COLORS.text};`,
  notice: `margin:0 0 16px 0;padding:12px 16px;background-color:${COLORS.notice};font-family:${SANS};font-size:15px;color:${COLORS.text};`,
  action: `margin:16px 0 0 0;font-family:${SANS};font-size:15px;font-weight:bold;`,
  link: `color:${COLORS.link};`,
  footer: `padding:24px 32px 32px 32px;font-family:${SANS};font-size:13px;line-height:1.5;color:${COLORS.muted};`,
  preheader: "display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;mso-hide:all;font-size:1px;line-height:1px;color:transparent;",
} as const;
