// One copy of the `entities` package in the worker bundle (wrangler.toml [alias]), instead of two.
// htmlparser2 ships entities 7 (its decode tables are in the bundle anyway); dom-serializer
// imports entities 4, with its own ~35-70 KB of tables that cannot be tree-shaken. This module
// gives what is imported by the bare name, from entities 7:
// - dom-serializer: encodeXML, escapeAttribute, escapeText (same escapes in 4 and 7);
// - src/core/feed-xml.ts: decodeHTML, for HTML entities in feed titles (same in 4 and 7).
// wrangler aliases only the bare name, so htmlparser2's `entities/decode` still resolves to its
// own copy, which the paths below name too: a different install layout fails the build, loudly.
export { encodeXML, escapeAttribute, escapeText } from "../../../node_modules/htmlparser2/node_modules/entities/dist/esm/escape.js";
export { decodeHTML } from "../../../node_modules/htmlparser2/node_modules/entities/dist/esm/decode.js";
