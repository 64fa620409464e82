// Hostile nesting: the spoiler pass, the sanitiser, the email styler and the serialiser all
// walk the DOM recursively, and an item nested 10,000 elements deep overflows the stack. Before
// any of them runs, a body nested deeper than MAX_DEPTH is flattened: below that depth, elements
// are dropped and their text (and images, line breaks) kept in order. Real posts nest a few
// dozen levels, so they pass through untouched, as the same string.
import render from "dom-serializer";
import type { ChildNode, ParentNode } from "domhandler";
import { hasChildren, isTag } from "domhandler";
import { parseDocument } from "htmlparser2";

export const MAX_DEPTH = 128;

const VOID_ELEMENTS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;

/** An upper bound on the nesting depth, from the tags alone (unclosed <p> and <li> only raise it). */
function estimateDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const match of html.matchAll(TAG)) {
    const name = (match[2] ?? "").toLowerCase();
    if (match[1]) depth = Math.max(0, depth - 1);
    else if (!match[3] && !VOID_ELEMENTS.has(name)) deepest = Math.max(deepest, ++depth);
  }
  return deepest;
}

/** Text, comments and void elements under `root`, in document order, found without recursion. */
function collectLeaves(root: ParentNode): ChildNode[] {
  const leaves: ChildNode[] = [];
  const stack: ChildNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as ChildNode;
    if (hasChildren(node) && node.children.length > 0) {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as ChildNode);
    } else if (!isTag(node) || VOID_ELEMENTS.has(node.name)) {
      leaves.push(node);
    }
  }
  return leaves;
}

function replaceChildren(parent: ParentNode, children: ChildNode[]): void {
  children.forEach((child, index) => {
    child.parent = parent;
    child.prev = children[index - 1] ?? null;
    child.next = children[index + 1] ?? null;
  });
  parent.children = children;
}

/** Flattens every element at depth `maxDepth` in place; returns whether anything changed. */
function flattenBelow(root: ParentNode, maxDepth: number): boolean {
  let changed = false;
  const stack: { node: ParentNode; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: ParentNode; depth: number };
    if (depth >= maxDepth && node.children.some((child) => hasChildren(child) && child.children.length > 0)) {
      replaceChildren(node, collectLeaves(node));
      changed = true;
      continue;
    }
    for (const child of node.children) if (hasChildren(child)) stack.push({ node: child, depth: depth + 1 });
  }
  return changed;
}

/**
 * The body with nesting below `maxDepth` flattened; the same string when it nests less.
 * "<div><div>…10,000 deep…<p>deep text</p>…" → "<div>…128 deep…deep text</div>…"
 */
export function capNestingDepth(html: string, maxDepth = MAX_DEPTH): string {
  if (estimateDepth(html) <= maxDepth) return html;
  const document = parseDocument(html);
  if (!flattenBelow(document, maxDepth)) return html;
  return render(document, { encodeEntities: "utf8" });
}
