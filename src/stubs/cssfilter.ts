// Stands in for cssfilter in the worker bundle (wrangler.toml [alias]). js-xss loads it at the
// top of its modules and builds its default CSS allowlist (~300 properties) when an isolate
// first loads the sanitiser, but calls it only for `style` attributes when its `css` option is
// on. Our final gate sets `css: false` (src/core/sanitize.ts: the one style allowed is checked
// there), so the filter never runs. Should it ever be asked to, it fails loudly instead of
// letting a style through unchecked.
export class FilterCSS {
  process(): never {
    throw new Error("review-digest: cssfilter is not bundled (src/stubs/cssfilter.ts); js-xss must run with css: false");
  }
}

export function getDefaultWhiteList(): Record<string, boolean> {
  return {};
}

export default { FilterCSS, getDefaultWhiteList };
