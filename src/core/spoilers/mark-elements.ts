// "mark" mode for spoilers marked by markup: each becomes a bare data-spoiler element holding
// the hidden content, with its label (a <summary>, a card heading) dropped.
import { Element } from "domhandler";
import type { ChildNode, ParentNode } from "domhandler";
import { textContent } from "domutils";
import type { RemovedPassage } from "../types";
import { containsNode, isBlockNode } from "./blocks";
import { detectSpoilerElement, type ElementSpoiler } from "./elements";
import { countWords, tidyText } from "./text";
import type { TreeEditor } from "./tree-editor";

/** Rewrites every outermost markup spoiler in place; returns what was hidden. Wrappers go into `opaque`. */
export function markSpoilerElements(root: ParentNode, opaque: Set<ChildNode>, editor: TreeEditor): RemovedPassage[] {
  const hidden: RemovedPassage[] = [];
  const stack: ChildNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== "tag") continue;
    const spoiler = detectSpoilerElement(node);
    if (!spoiler) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
      continue;
    }
    const wrapper = rewrapElement(node, spoiler, editor);
    opaque.add(wrapper);
    const text = tidyText(textContent(wrapper));
    hidden.push({ marker: spoiler.marker, trigger: spoiler.trigger, text, words: countWords(text) });
  }
  return hidden;
}

// The element's own children are read before any edit touches them (the pre-pass runs on a
// fresh tree), so their `children` arrays are current.
function rewrapElement(element: Element, spoiler: ElementSpoiler, editor: TreeEditor): Element {
  const wrapper = new Element(isBlockNode(element) ? "div" : "span", { "data-spoiler": spoiler.marker });
  const label = spoiler.label;
  // A table cell stays where it is, so the table keeps its shape: the wrapper goes inside it.
  if (/^t[dh]$/i.test(element.name)) {
    const children = [...element.children];
    if (children[0]) editor.insertBefore(children[0], wrapper);
    for (const child of children) editor.append(wrapper, child);
    return wrapper;
  }
  editor.insertBefore(element, wrapper);
  editor.remove(element);
  for (const child of [...element.children]) {
    if (child === label) continue;
    if (label && child.type === "tag" && containsNode(child, label)) {
      // Ghost nests the label and the content one level down: keep only the content.
      for (const inner of [...child.children]) if (inner !== label && !containsNode(inner, label)) editor.append(wrapper, inner);
      continue;
    }
    editor.append(wrapper, child);
  }
  return wrapper;
}
