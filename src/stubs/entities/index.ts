// One copy of the `entities` package in the worker bundle (wrangler.toml [alias]), instead of three.
// htmlparser2 ships entities 7 (its decode tables are in the bundle anyway); dom-serializer
// imports entities 4 and rss-parser entities 2, each with its own ~35-70 KB of tables that
// cannot be tree-shaken. This module gives both of them what they import, from entities 7:
// - dom-serializer: encodeXML, escapeAttribute, escapeText (same escapes in 4 and 7);
// - rss-parser: decodeHTML, for `contentSnippet`, which ingest never reads (src/core/feed.ts).
// wrangler aliases only the bare name, so htmlparser2's `entities/decode` still resolves to its
// own copy, which the paths below name too: a different install layout fails the build, loudly.
export { encodeXML, escapeAttribute, escapeText } from "../../../node_modules/htmlparser2/node_modules/entities/dist/esm/escape.js";
export { decodeHTML } from "../../../node_modules/htmlparser2/node_modules/entities/dist/esm/decode.js";
