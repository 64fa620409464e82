/** @jsxRuntime automatic @jsxImportSource hono/jsx */
// The frame every email shares: a 600 px card in table layout with inline styles, the form mail
// clients (Outlook's Word engine, Gmail's style stripping, Yahoo) render most reliably.
import { html, raw } from "hono/html";
import type { StringBufferWithCallbacks } from "hono/utils/html";
import type { Child } from "hono/jsx";
import { EMAIL_WIDTH } from "./client-limits";
import { DARK_MODE_CSS, STYLES } from "./theme";

// Outlook for Windows ignores max-width: a table it alone sees (a "ghost table") holds the card
// at 600 px there. Other clients read these as comments.
const GHOST_OPEN = `<!--[if mso]><table role="presentation" align="center" width="${EMAIL_WIDTH}" cellpadding="0" cellspacing="0" border="0"><tr><td width="${EMAIL_WIDTH}"><![endif]-->`;
const GHOST_CLOSE = "<!--[if mso]></td></tr></table><![endif]-->";
// Outlook at 120 DPI would scale pixel sizes unless told the document is 96 DPI.
const OUTLOOK_DPI = "<!--[if mso]><noscript><xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml></noscript><![endif]-->";

export interface ShellProps {
  subject: string;
  /** The inbox line after the subject; hidden in the message itself. */
  preheader: string;
  /** The masthead at the top of the card. */
  publication: string;
  /** The card's rows (<tr> elements). */
  children: Child;
}

/** A layout table of one cell: the row and cell carry no meaning, so screen readers skip them. */
export function LayoutTable(props: { style: string; cellClass?: string; cellStyle: string; fullWidth?: boolean; children: Child }) {
  const { style, cellClass, cellStyle, fullWidth = true, children } = props;
  return (
    <table role="presentation" width={fullWidth ? "100%" : undefined} cellpadding="0" cellspacing="0" border={0} style={style}>
      <tr>
        <td class={cellClass} style={cellStyle}>{children}</td>
      </tr>
    </table>
  );
}

/**
 * The document's <head>, as one escaped template. In hono's JSX a <head> element gives its
 * children a namespace context (so <meta>, <title> and <style> render in place instead of being
 * hoisted), and once that context exists every element rendered after it reads it, which probes
 * for AsyncLocalStorage: workerd then builds its process and async_hooks polyfills, 8-12 ms of
 * CPU on an isolate's first email. The markup is the same as the JSX wrote.
 */
function head(subject: string) {
  return html`<head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><meta name="color-scheme" content="light dark"/><meta name="supported-color-schemes" content="light dark"/><title>${subject}</title>${raw(OUTLOOK_DPI)}<style>${raw(DARK_MODE_CSS)}</style></head>`;
}

/** The whole email document; the caller prepends the doctype. */
export function EmailShell(props: ShellProps) {
  return (
    <html lang="en">
      {head(props.subject)}
      <body class="rd-page" style={STYLES.page}>
        <div class="rd-preheader" style={STYLES.preheader}>{props.preheader}</div>
        <table role="presentation" class="rd-page" width="100%" cellpadding="0" cellspacing="0" border={0} style={STYLES.page}>
          <tr>
            <td align="center" style="padding:24px 8px;">
              {raw(GHOST_OPEN)}
              <table role="presentation" class="rd-card" width="100%" cellpadding="0" cellspacing="0" border={0} style={`${STYLES.card}width:100%;max-width:${EMAIL_WIDTH}px;`}>
                <tr>
                  <td class="rd-muted" style={STYLES.masthead}>{props.publication}</td>
                </tr>
                {props.children}
              </table>
              {raw(GHOST_CLOSE)}
            </td>
          </tr>
        </table>
      </body>
    </html>
  );
}

interface Renderable {
  toStringToBuffer(buffer: StringBufferWithCallbacks): void;
}

function isRenderable(node: unknown): node is Renderable {
  return typeof (node as Partial<Renderable> | null)?.toStringToBuffer === "function";
}

/**
 * Renders a component to a document string. Not through JSXNode#toString: that first probes
 * for AsyncLocalStorage (to carry useContext across awaits), which makes workerd build its
 * `process` and async_hooks polyfills, ~8 ms of CPU on an isolate's first email. These
 * templates are synchronous and read no context, so their markup is written straight out.
 */
export function renderDocument(node: unknown): string {
  if (!isRenderable(node)) throw new TypeError("Email template did not render to a JSX node.");
  const buffer = [""] as StringBufferWithCallbacks;
  node.toStringToBuffer(buffer);
  // A promise in the buffer, or callbacks to run, would mean an async component: none is.
  if (buffer.length !== 1 || typeof buffer[0] !== "string" || buffer.callbacks?.length) throw new TypeError("Email template rendered asynchronously.");
  return `<!DOCTYPE html>${buffer[0]}`;
}
