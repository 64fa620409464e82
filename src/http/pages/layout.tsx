// The shell of every subscriber-facing page: no scripts, no external assets, readable
// without CSS, usable with a keyboard and a screen reader.
import { raw } from "hono/html";
import type { Child } from "hono/jsx";

const STYLE = `
body{font:17px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d1d1f;background:#fafaf7}
main{max-width:34rem;margin:3rem auto;padding:0 1.25rem}
h1{font-size:1.6rem;line-height:1.25;margin:0 0 1rem}
label{display:block;font-weight:600;margin:1rem 0 .35rem}
input[type=email]{width:100%;box-sizing:border-box;font:inherit;padding:.6rem .7rem;border:2px solid #6b6b6b;border-radius:6px}
button{font:inherit;font-weight:600;margin-top:1.25rem;padding:.6rem 1.2rem;border:0;border-radius:6px;background:#1f4fbf;color:#fff;cursor:pointer}
button.danger{background:#a31515}
:focus-visible{outline:3px solid #e3a600;outline-offset:2px}
fieldset{border:1px solid #c8c8c8;border-radius:6px;margin:1rem 0;padding:.5rem 1rem 1rem}
legend{font-weight:600;padding:0 .3rem}
fieldset label{font-weight:400;margin:.5rem 0}
.hint{color:#555;font-size:.95rem}
.error{border-left:4px solid #a31515;padding:.25rem .75rem;background:#fff0f0}
.trap{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
a{color:#1f4fbf}
`;

export function Layout(props: { title: string; siteName: string; children: Child }) {
  return (
    <>
      {raw("<!doctype html>")}
      <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${props.title} · ${props.siteName}`}</title>
        {/* Raw: a style element does not decode entities, so escaped quotes would break the CSS. */}
        <style>{raw(STYLE)}</style>
      </head>
      <body>
        <main>{props.children}</main>
      </body>
      </html>
    </>
  );
}

/** A page that says one thing: a confirmation, or why a link did not work. */
export function MessagePage(props: { siteName: string; title: string; lines: string[]; link?: { href: string; text: string }; isError?: boolean }) {
  return (
    <Layout title={props.title} siteName={props.siteName}>
      <h1>{props.title}</h1>
      <div class={props.isError ? "error" : undefined} role={props.isError ? "alert" : undefined}>
        {props.lines.map((line) => (
          <p>{line}</p>
        ))}
      </div>
      {props.link ? (
        <p>
          <a href={props.link.href}>{props.link.text}</a>
        </p>
      ) : null}
    </Layout>
  );
}
