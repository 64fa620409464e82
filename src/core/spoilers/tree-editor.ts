// Node moves in O(1). domutils' removeElement/prepend/append splice the parent's `children`
// array, which costs O(siblings) each: a paragraph with a thousand inline spoilers made the
// pass quadratic. Here edits only relink prev/next/parent; `children` arrays are rebuilt once,
// in flush(), before anything reads them again (the serialiser, or the block listing).
import type { ChildNode, ParentNode } from "domhandler";

export class TreeEditor {
  /** First child of each parent whose `children` array is stale. */
  readonly #first = new Map<ParentNode, ChildNode | null>();

  #firstChild(parent: ParentNode): ChildNode | null {
    const first = this.#first.get(parent);
    return first === undefined ? (parent.children[0] ?? null) : first;
  }

  /** Visits a parent's current children in order until `visit` returns false. */
  everyChild(parent: ParentNode, visit: (child: ChildNode) => boolean): boolean {
    for (let child = this.#firstChild(parent); child; child = child.next) if (!visit(child)) return false;
    return true;
  }

  /** Whether an element has no children left. */
  isEmpty(parent: ParentNode): boolean {
    return this.#firstChild(parent) === null;
  }

  remove(node: ChildNode): void {
    const parent = node.parent;
    if (!parent) return;
    const first = this.#firstChild(parent);
    this.#first.set(parent, first === node ? node.next : first);
    if (node.prev) node.prev.next = node.next;
    if (node.next) node.next.prev = node.prev;
    node.prev = null;
    node.next = null;
    node.parent = null;
  }

  insertBefore(reference: ChildNode, node: ChildNode): void {
    const parent = reference.parent;
    if (!parent) return;
    const first = this.#firstChild(parent);
    this.#first.set(parent, first === reference ? node : first);
    node.parent = parent;
    node.prev = reference.prev;
    node.next = reference;
    if (reference.prev) reference.prev.next = node;
    reference.prev = node;
  }

  insertAfter(reference: ChildNode, node: ChildNode): void {
    const parent = reference.parent;
    if (!parent) return;
    this.#first.set(parent, this.#firstChild(parent));
    node.parent = parent;
    node.prev = reference;
    node.next = reference.next;
    if (reference.next) reference.next.prev = node;
    reference.next = node;
  }

  /** Appends to a parent this editor created and filled only by append (a fresh wrapper). */
  append(parent: ParentNode, node: ChildNode): void {
    this.remove(node);
    const last = parent.children.at(-1) ?? null;
    node.parent = parent;
    node.prev = last;
    node.next = null;
    if (last) last.next = node;
    parent.children.push(node);
  }

  /** Rebuilds every stale `children` array from the sibling links. */
  flush(): void {
    for (const [parent, first] of this.#first) {
      const children: ChildNode[] = [];
      for (let child = first; child; child = child.next) children.push(child);
      parent.children = children;
    }
    this.#first.clear();
  }
}
