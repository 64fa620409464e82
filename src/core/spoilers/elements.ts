// Spoilers marked by markup rather than prose: spoiler spans (Reddit, Discourse, Telegram,
// Matrix), <details> and collapsible cards (Ghost's toggle card) whose heading or class names
// spoilers, LiveJournal's <lj-cut text="Spoilers…">,
// content hidden until a button naming spoilers is clicked (Bootstrap, forum spoiler boxes), and
// text coloured as its own background (black on black).
// Classes are read here, on the feed's own markup: the sanitiser strips them only later.
import { findAll, findOne, textContent } from "domutils";
import type { Element } from "domhandler";
import type { SpoilerMarker } from "../types";
import { namesSpoilers } from "./patterns";

export interface ElementSpoiler {
  marker: SpoilerMarker;
  trigger: string;
  /** The part that only labels the spoiler (a summary, a card heading): dropped in "mark" mode. */
  label?: Element;
}

const COLLAPSIBLE = /(?:^|[-_])(?:toggle|accordion|collapsible|collapse)(?:$|[-_])/i;
// Classes that label a warning or a control rather than hold the hidden text itself.
const NOT_CONTENT = /free|warning|alert|ahead|below|notice|banner|badge|button|toggle|title|label|head|summary|icon|no-spoiler/i;

/** Says whether an element hides a spoiler by markup: <span class="spoiler"> → { marker: "spoiler-class", … }. */
export function detectSpoilerElement(element: Element): ElementSpoiler | undefined {
  const name = element.name.toLowerCase();
  if (name === "details") return detectDetails(element);
  if (name === "td") return detectTableCell(element);
  // LiveJournal and Dreamwidth's raw cut: <lj-cut text="Spoilers for the ending">…</lj-cut>.
  if (name === "lj-cut" || name === "cut") {
    const text = element.attribs.text ?? "";
    return namesSpoilers(text) ? { marker: "toggle-card", trigger: text } : undefined;
  }
  const classAttribute = element.attribs.class ?? "";
  // Most classes name neither: plain substring checks spare a cold isolate the case-blind regexes.
  const lowered = classAttribute.toLowerCase();
  const collapsible = lowered.includes("toggle") || lowered.includes("accordion") || lowered.includes("collaps");
  const spoilerClass = lowered.includes("spoil");
  const classes = collapsible || spoilerClass ? classAttribute.split(/\s+/).filter(Boolean) : [];
  if (collapsible && classes.some((token) => COLLAPSIBLE.test(token))) {
    const card = detectCollapsible(element, classes);
    if (card) return card;
  }
  // Tistory's "더보기" box: its button text lives in data-text-more ("스포일러 보기").
  const more = element.attribs["data-ke-type"]?.toLowerCase() === "moreless" ? element.attribs["data-text-more"] ?? "" : "";
  if (more && namesSpoilers(more)) {
    const button = element.children.find((child): child is Element => child.type === "tag" && /btn-toggle-moreless/i.test(child.attribs.class ?? ""));
    return { marker: "toggle-card", trigger: more, label: button };
  }
  const style = element.attribs.style;
  if (style !== undefined && style.includes("ackground") && hidesByColour(style)) return { marker: "spoiler-class", trigger: "text coloured as its background" };
  const toggled = isCollapsed(element, lowered) ? findSpoilerControl(element) : undefined;
  if (toggled !== undefined) return { marker: "toggle-card", trigger: toggled };
  if (name === "tg-spoiler" || name === "spoiler") return { marker: "spoiler-class", trigger: `<${name}>` };
  if ("data-mx-spoiler" in element.attribs) return { marker: "spoiler-class", trigger: "data-mx-spoiler" };
  if ("data-spoiler" in element.attribs) return { marker: "spoiler-class", trigger: "data-spoiler" };
  const token = spoilerClass ? findSpoilerClass(classes) : undefined;
  if (!token) return undefined;
  // Spoiler boxes (Shortcodes Ultimate's su-spoiler) carry a visible title: a label, not content.
  const label = element.children.find(
    (child): child is Element => child.type === "tag" && /title|head|summary|label/i.test(child.attribs.class ?? ""),
  );
  return { marker: "spoiler-class", trigger: `class="${token}"`, label };
}

/** The class naming spoilers as content ("spoiler", "md-spoiler-text", Pantip's "spoil-style"), not a warning or a control ("spoiler-warning"). */
function findSpoilerClass(classes: readonly string[]): string | undefined {
  return classes.find((item) => SPOILER_CLASS.test(item) && !NOT_CONTENT.test(item));
}

const SPOILER_CLASS = /spoiler|(?:^|[-_])spoil(?:$|[-_])/i;

function detectDetails(element: Element): ElementSpoiler | undefined {
  const summary = element.children.find(
    (child): child is Element => child.type === "tag" && child.name.toLowerCase() === "summary",
  );
  const label = summary ? textContent(summary).trim() : "";
  if (summary && namesSpoilers(label)) return { marker: "details", trigger: label, label: summary };
  // <details class="spoiler"><summary>Click to reveal</summary>: the class names what the box hides.
  const classAttribute = element.attribs.class ?? "";
  const token = SPOILER_CLASS.test(classAttribute) ? findSpoilerClass(classAttribute.split(/\s+/)) : undefined;
  return token ? { marker: "details", trigger: `class="${token}"`, label: summary } : undefined;
}

// A review's fact box, <tr><th>Spoiler</th><td>…</td></tr>: the cell goes, so the notice stays
// inside the table and the row keeps its header.
function detectTableCell(element: Element): ElementSpoiler | undefined {
  let header = element.prev;
  // The row's header: the nearest <th> before the cell, past the row's other cells.
  while (header && (header.type !== "tag" || header.name.toLowerCase() === "td")) header = header.prev;
  if (!header || header.name.toLowerCase() !== "th") return undefined;
  const label = textContent(header).trim();
  return namesSpoilers(label) ? { marker: "spoiler-class", trigger: label } : undefined;
}

function detectCollapsible(element: Element, classes: string[]): ElementSpoiler | undefined {
  const heading = findOne(
    (node) => /^h[1-6]$/i.test(node.name) || /(?:heading|title|summary|header)/i.test(node.attribs.class ?? ""),
    element.children,
  );
  if (!heading) return undefined;
  const label = textContent(heading).trim();
  if (!namesSpoilers(label)) return undefined;
  const ghost = classes.includes("kg-toggle-card");
  const labelBox = ghost ? findOne((node) => (node.attribs.class ?? "").includes("kg-toggle-heading"), element.children) : null;
  return { marker: "toggle-card", trigger: label, label: labelBox ?? heading };
}

/** Content hidden until clicked: Bootstrap's `.collapse`, `display: none`, the `hidden` attribute. */
function isCollapsed(element: Element, loweredClass: string): boolean {
  if ("hidden" in element.attribs) return true;
  if (loweredClass.includes("collapse") && loweredClass.split(/\s+/).includes("collapse")) return true;
  const style = element.attribs.style;
  return style !== undefined && /display\s*:\s*none/i.test(style);
}

const MAX_CONTROL_TEXT = 80;
const CONTROL_LEVELS = 3;

/**
 * The control that shows a hidden element, when it names spoilers: the element just before it,
 * or before one of its nearest ancestors (a forum box puts "Spoiler [Show]" beside the wrapper
 * of the hidden text). Its text, or an input button's value: "Show spoiler", "Spoiler Anzeigen".
 */
function findSpoilerControl(element: Element): string | undefined {
  let at: Element | null = element;
  for (let level = 0; at && level < CONTROL_LEVELS; level++) {
    let before = at.prev;
    while (before && before.type === "text" && before.data.trim() === "") before = before.prev;
    if (before?.type === "tag") {
      const values = findAll((node) => node.name === "input", [before]).map((input) => input.attribs.value ?? "");
      const text = `${textContent(before)} ${values.join(" ")}`.replace(/\s+/g, " ").trim();
      return text.length <= MAX_CONTROL_TEXT && namesSpoilers(text) ? text : undefined;
    }
    if (before) return undefined;
    at = at.parent?.type === "tag" ? at.parent : null;
  }
  return undefined;
}

const NAMED_COLOURS: Record<string, string> = { black: "#000000", white: "#ffffff" };
const COLOUR = /(?:^|;)\s*color\s*:\s*([^;!]+)/i;
const BACKGROUND = /(?:^|;)\s*background(?:-color)?\s*:\s*([^;!]+)/i;

/**
 * Text coloured as its own background, black on black as TV Tropes and forums redact a spoiler:
 * invisible until selected, and email clients may drop one colour and show it.
 */
function hidesByColour(style: string): boolean {
  const colour = COLOUR.exec(style)?.[1];
  const background = BACKGROUND.exec(style)?.[1];
  return colour !== undefined && background !== undefined && normaliseColour(colour) === normaliseColour(background);
}

function normaliseColour(value: string): string {
  const colour = value.trim().toLowerCase().replace(/\s+/g, "");
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(colour);
  return short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : (NAMED_COLOURS[colour] ?? colour);
}
