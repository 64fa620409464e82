import { describe, expect, it } from "vitest";
import { prepareDigest } from "../../src/core/digest";
import { capNestingDepth, MAX_DEPTH } from "../../src/core/html-depth";
import { renderInGroups } from "../../src/core/render/budget";
import type { Review } from "../../src/core/types";

const nested = (depth: number, inner: string) => `${"<div>".repeat(depth)}${inner}${"</div>".repeat(depth)}`;

function depthOf(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const match of html.matchAll(/<(\/?)(?:div|p|em)>/g)) {
    depth += match[1] ? -1 : 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

describe("capNestingDepth", () => {
  it("returns a real post unchanged, as the same string", () => {
    const html = '<p>One <em>two</em></p><ul><li>three</li></ul><img src="x.png"><br>' + nested(20, "<p>deep enough</p>");
    expect(capNestingDepth(html)).toBe(html);
  });

  it("flattens hostile nesting below the cap, keeping its text and images in order", () => {
    const html = nested(10_000, '<p>first</p><img src="https://example.com/a.png"><p>second</p>') + "<p>after</p>";
    const capped = capNestingDepth(html);
    expect(depthOf(capped)).toBeLessThanOrEqual(MAX_DEPTH + 1);
    expect(capped).toMatch(/first<img src="https:\/\/example.com\/a.png">second/);
    expect(capped.endsWith("<p>after</p>")).toBe(true);
  });

  it("lets a 10,000-deep review through the whole digest path", () => {
    const review: Review = {
      id: "deep",
      link: "https://example.com/deep",
      title: "Deep",
      categories: [],
      html: nested(10_000, "<p>Deep down, the film works.</p>"),
      source: "generic",
      containsSpoilers: false,
    };
    expect(prepareDigest([review]).digest.html).toContain("Deep down, the film works.");
  });
});

describe("renderInGroups", () => {
  it("fills emails of at most N items, in order", () => {
    const rendering = renderInGroups([...Array(60).keys()], (group) => group.length, 25);
    expect(rendering.groups.map((group) => group.items.length)).toEqual([25, 25, 10]);
    expect(rendering.groups.flatMap((group) => group.items)).toEqual([...Array(60).keys()]);
  });

  it("halves a group that does not fit, and isolates the one item that fails alone", () => {
    const render = (group: number[]) => {
      if (group.includes(7)) throw new Error("item 7 is broken");
      if (group.length > 4) throw new RangeError("too large for one email");
      return group.length;
    };
    const rendering = renderInGroups([...Array(10).keys()], render, 10);
    expect(rendering.failed).toEqual([{ item: 7, error: "item 7 is broken" }]);
    expect(rendering.groups.flatMap((group) => group.items)).toEqual([0, 1, 2, 3, 4, 5, 6, 8, 9]);
    expect(rendering.groups.every((group) => group.items.length <= 4)).toBe(true);
  });
});
