// White "highlight to read" text: Hatena, FC2, Naver and Tistory writers colour a spoiler white
// and announce it ("ネタバレは白文字です（反転してください）", "드래그하면 보입니다"). Email drops the
// colour, so the text would show. It counts as a spoiler only when its block or the one before
// announces it with a lexicon phrase naming highlighting: white text is also plain design.
import type { Element } from "domhandler";
import type { Block } from "./blocks";
import { HitContext } from "./hits";
import { foldText } from "./text";

// Only the colour itself: white on a background of the author's own is design, not a spoiler.
const WHITE_COLOR = /(?:^|;)\s*color\s*:\s*(?:#fff(?:fff)?|white|rgb\(\s*255\s*,\s*255\s*,\s*255\s*\))\s*(?:!important\s*)?(?:;|$)/i;

/** Whether an element colours its text white, without a background: `<span style="color:#fff">`. */
export function isWhiteText(element: Element): boolean {
  const style = element.attribs.style;
  if (style !== undefined) return WHITE_COLOR.test(style) && !style.toLowerCase().includes("background");
  const color = element.attribs.color;
  return color !== undefined && element.name.toLowerCase() === "font" && /^\s*(?:#fff(?:fff)?|white)\s*$/i.test(color);
}

/**
 * Whether white text in blocks[index] is announced there or in the block before the run of
 * wholly white blocks it belongs to: "Spoilers (highlight to read):" then two white paragraphs.
 */
export function isWhiteTextAnnounced(blocks: readonly Block[], index: number): boolean {
  if (announcesWhiteText(blocks[index]!)) return true;
  let before = index - 1;
  while (before >= 0 && isWhollyWhite(blocks[before]!)) before--;
  return before >= 0 && announcesWhiteText(blocks[before]!);
}

function announcesWhiteText(block: Block): boolean {
  return new HitContext(foldText(block.text)).of("scoped").some((hit) => hit.scope?.unit === "l");
}

function isWhollyWhite(block: Block): boolean {
  const text = block.text;
  let at = 0;
  for (const range of block.white) {
    if (range.start < at) continue;
    if (text.slice(at, range.start).trim() !== "") return false;
    at = range.end;
  }
  return block.white.length > 0 && text.slice(at).trim() === "";
}
