// The page frame shared by every console page: one inline stylesheet, the nav and sign-out.
import type { Context } from "hono";
import type { Child } from "hono/jsx";
import type { HtmlEscapedString } from "hono/utils/html";
import { raw } from "hono/html";
import { CONSOLE_CSS } from "./styles";

export const NAV = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/console/editions", label: "Editions" },
  { href: "/admin/console/preview", label: "Preview" },
  { href: "/admin/console/test-send", label: "Test send" },
  { href: "/admin/console/subscribers", label: "Subscribers" },
  { href: "/admin/console/outbox", label: "Outbox" },
] as const;

export type NavHref = (typeof NAV)[number]["href"];

interface PageProps {
  title: string;
  current?: NavHref;
  csrf?: string;
  children?: Child;
}

export function Page({ title, current, csrf, children }: PageProps) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{`${title} · review-digest console`}</title>
        <style>{raw(CONSOLE_CSS)}</style>
      </head>
      <body>
        <header>
          <a class="brand" href="/admin">review-digest</a>
          {csrf ? <ConsoleNav current={current} csrf={csrf} /> : null}
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}

function ConsoleNav({ current, csrf }: { current: NavHref | undefined; csrf: string }) {
  return (
    <>
      <nav aria-label="Console">
        <ul>
          {NAV.map((item) => (
            <li>
              <a href={item.href} aria-current={item.href === current ? "page" : undefined}>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <form method="post" action="/admin/logout">
        <input type="hidden" name="csrf" value={csrf} />
        <button type="submit" class="secondary">Sign out</button>
      </form>
    </>
  );
}

/** A hidden field carrying the session's CSRF token, for every state-changing form. */
export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="csrf" value={token} />;
}

export function Notice({ kind, children }: { kind: "ok" | "error"; children?: Child }) {
  return (
    <p class={`notice ${kind}`} role={kind === "error" ? "alert" : "status"}>
      {children}
    </p>
  );
}

// Email and feed HTML render in frames with every sandbox restriction: no scripts, no forms,
// no same-origin access, no top navigation. The page's CSP (inherited by srcdoc) also blocks scripts.
// Lazy loading suits long lists of frames (the outbox); elsewhere frames load with the page.
export function SandboxedFrame({ title, html, height, lazy }: { title: string; html: string; height?: string; lazy?: boolean }) {
  return <iframe title={title} sandbox="" srcdoc={html} loading={lazy ? "lazy" : undefined} style={height ? `height:${height}` : undefined} />;
}

const SECURITY_HEADERS: Record<string, string> = {
  "Content-Security-Policy":
    "default-src 'none'; style-src 'unsafe-inline'; img-src https: http: data:; frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  "Cache-Control": "no-store",
  "Referrer-Policy": "no-referrer",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
};

/** Answers with a console page, with headers that keep it out of caches and frames. */
export function renderPage(c: Context, page: HtmlEscapedString | Promise<HtmlEscapedString>, status: 200 | 400 | 401 | 403 | 404 | 429 | 502 = 200) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.header(name, value);
  return c.html(page, status);
}
