// DOM surgery on a text range of a block: split the text nodes at its edges, then find the
// outermost nodes lying wholly inside it, so a span crossing <em>…</em> is taken whole.
import { Element, Text } from "domhandler";
import type { ChildNode, ParentNode } from "domhandler";
import type { Block, Segment } from "./blocks";
import type { TreeEditor } from "./tree-editor";

/**
 * The outermost nodes inside [start, end) of a block, after splitting text at the edges.
 * Callers work from the end of a block backwards: earlier offsets stay valid that way.
 */
export function takeRange(block: Block, start: number, end: number, editor: TreeEditor): ChildNode[] {
  const leaves: ChildNode[] = [];
  const segments = block.segments;
  for (let i = findFirstSegment(segments, start); i < segments.length && segments[i]!.start < end; i++) {
    const segment = segments[i]!;
    if (segment.node.type !== "text") {
      if (segment.start >= start && segment.end <= end) leaves.push(segment.node);
      continue;
    }
    const from = Math.max(start, segment.start) - segment.start;
    const to = Math.min(end, segment.end) - segment.start;
    if (to <= from) continue;
    const node = segment.node as Text;
    if (to < node.data.length) splitText(node, to, editor);
    leaves.push(from > 0 ? splitText(node, from, editor) : node);
  }
  return hoistNodes(leaves, block.element ?? block.parent, editor);
}

function findFirstSegment(segments: Segment[], offset: number): number {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (segments[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Cuts a text node in two and returns the second half: "abcd" at 1 → "a" + returned "bcd". */
function splitText(node: Text, at: number, editor: TreeEditor): Text {
  const rest = new Text(node.data.slice(at));
  node.data = node.data.slice(0, at);
  editor.insertAfter(node, rest);
  return rest;
}

function isNeutral(node: ChildNode, editor: TreeEditor): boolean {
  if (node.type === "comment") return true;
  if (node.type === "text") return node.data === "";
  return node.type === "tag" && editor.isEmpty(node) && !/^(?:img|br|hr|iframe|video|audio|embed|object|svg|canvas)$/i.test(node.name);
}

// A table keeps its rows and cells: a notice outside a cell is not valid table markup, and email
// clients move it out of the table.
const TABLE_PARTS = new Set(["td", "th", "tr", "thead", "tbody", "tfoot", "caption"]);

/** Replaces nodes by their parent while the parent holds nothing else, never climbing past `stop` or into a table's cells. */
export function hoistNodes(leaves: ChildNode[], stop: ParentNode | null, editor: TreeEditor): ChildNode[] {
  const inside = new Set<ChildNode>(leaves);
  let frontier: ChildNode[] = leaves;
  while (frontier.length > 0) {
    const parents = new Set<Element>();
    for (const node of frontier) {
      const parent = node.parent;
      if (parent && parent !== stop && parent.type === "tag" && !inside.has(parent) && !TABLE_PARTS.has(parent.name.toLowerCase())) parents.add(parent);
    }
    frontier = [...parents].filter((parent) => editor.everyChild(parent, (child) => inside.has(child) || isNeutral(child, editor)));
    for (const parent of frontier) inside.add(parent);
  }
  const tops: ChildNode[] = [];
  for (const leaf of leaves) {
    let top = leaf;
    while (top.parent && top.parent !== stop && inside.has(top.parent as ChildNode)) top = top.parent as ChildNode;
    if (tops.at(-1) !== top) tops.push(top);
  }
  return tops;
}

/** Removes nodes, putting `replacement` (if any) where the first one stood. */
export function replaceNodes(nodes: ChildNode[], replacement: ChildNode | undefined, editor: TreeEditor): void {
  const first = nodes[0];
  if (first && replacement) editor.insertBefore(first, replacement);
  for (const node of nodes) editor.remove(node);
}

/** Wraps each run of sibling nodes in a fresh `tag` element carrying data-spoiler. */
export function wrapNodes(nodes: ChildNode[], tag: "span" | "div", marker: string, editor: TreeEditor): void {
  let wrapper: Element | undefined;
  for (const node of nodes) {
    if (!wrapper || node.prev !== wrapper) {
      wrapper = new Element(tag, { "data-spoiler": marker });
      editor.insertBefore(node, wrapper);
    }
    editor.append(wrapper, node);
  }
}
