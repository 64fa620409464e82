import { describe, expect, it } from "vitest";
import { removeTrackingPixels } from "../../src/core/feed-medium";

const PIXEL = '<img src="https://medium.com/_/stat?event=post.clientViewed&postId=1" width="1" height="1" alt="">';

describe("removeTrackingPixels", () => {
  it("removes each pixel and keeps the rest byte for byte", () => {
    const html = `<p>Intro &amp; more.</p>${PIXEL}<figure><img src="https://cdn.test/a.jpg"></figure>${PIXEL}`;
    expect(removeTrackingPixels(html)).toBe('<p>Intro &amp; more.</p><figure><img src="https://cdn.test/a.jpg"></figure>');
  });

  it("keeps text that only mentions the pixel's path, and still finds the pixel after it", () => {
    const html = `<p>Medium counts reads at medium.com/_/stat, which I block.</p>${PIXEL}`;
    expect(removeTrackingPixels(html)).toBe("<p>Medium counts reads at medium.com/_/stat, which I block.</p>");
  });

  it("finds a pixel whose attributes hold '>' by tokenizing the body", () => {
    const html = `<p>a</p><img alt="1 > 0" src="https://medium.com/_/stat?x=1"><p>b</p>`;
    expect(removeTrackingPixels(html)).toBe("<p>a</p><p>b</p>");
  });

  it("leaves an image from another host on the same path", () => {
    const html = '<img src="https://tracker.test/_/stat?x=1">';
    expect(removeTrackingPixels(html)).toBe(html);
  });
});
