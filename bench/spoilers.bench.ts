// The spoiler engine's time per review: the seed review, then synthetic posts at 1×, 10× and
// 100× size, to show the time grows in line with the post (linear, not quadratic).
import { readFileSync } from "node:fs";
import path from "node:path";
import { removeSpoilers } from "../src/core/spoilers";

const link = "https://critic.test/post";
const xml = readFileSync(path.join(import.meta.dirname, "../test/fixtures/medium-ballerina.xml"), "utf8");
const seed = /<content:encoded><!\[CDATA\[([\s\S]*?)\]\]><\/content:encoded>/.exec(xml)?.[1] ?? "";

function measureMedian(html: string, runs: number, mode: "remove" | "mark"): number {
  for (let i = 0; i < 20; i++) removeSpoilers(html, { link, mode });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    removeSpoilers(html, { link, mode });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** ~10 KB of varied markup: prose markers, inline spoilers, a details block, plain paragraphs. */
function buildUnit(index: number): string {
  const words = "the neon rain falls on a quiet city while the camera follows her through the crowd".repeat(3);
  return [
    `<h2>Part ${index}</h2><p>${words}.</p>`,
    `<p>${words} and then (mild spoiler warning): ${words}.</p>`,
    `<p><em>(Skip this paragraph to avoid plot spoilers)</em></p><p>${words}.</p><figure><img src="https://x.test/${index}.jpg"><figcaption>${words}</figcaption></figure><p>(End of spoilers)</p>`,
    `<p>${words} [spoiler]${words}[/spoiler] ${words} &gt;!${words}!&lt; and ||${words}||.</p>`,
    `<details><summary>Spoilers</summary><p>${words}.</p></details>`,
    `<ul><li>${words}</li><li>I won't spoil it, but ${words}</li></ul><blockquote>${words}</blockquote>`,
    `<p>${words}. ${words}. ${words}.</p>`.repeat(6),
  ].join("");
}

/** One paragraph holding many inline spoilers: the in-block surgery must stay linear too. */
function buildDenseParagraph(count: number): string {
  return `<p>${Array.from({ length: count }, (_, i) => `word ${i} <b>&gt;!hidden ${i}!&lt;</b> kept ||gone ${i}||`).join(" ")}</p>`;
}

function report(label: string, html: string, runs: number, mode: "remove" | "mark" = "remove"): number {
  const median = measureMedian(html, runs, mode);
  const kb = Buffer.byteLength(html) / 1024;
  console.log(`${label.padEnd(34)} ${kb.toFixed(0).padStart(6)} KB  median ${median.toFixed(3).padStart(8)} ms/review  (${runs} runs, ${(median / kb * 1000).toFixed(1)} µs/KB)`);
  return median;
}

const removed = removeSpoilers(seed, { link }).removed;
console.log(`seed review removes ${removed.length} passages: ${removed.map((p) => `${p.marker} (${p.words} words)`).join(", ")}`);
report("seed review (medium-ballerina)", seed, 500);

const base = report("synthetic post ×1", buildUnit(0), 300);
const ten = report("synthetic post ×10", Array.from({ length: 10 }, (_, i) => buildUnit(i)).join(""), 200);
const hundred = report("synthetic post ×100", Array.from({ length: 100 }, (_, i) => buildUnit(i)).join(""), 200);
console.log(`growth: ×10 size → ×${(ten / base).toFixed(1)} time; ×100 size → ×${(hundred / base).toFixed(1)} time (linear ≈ ×10, ×100)`);

const dense = report("one paragraph, 100 inline spoilers", buildDenseParagraph(100), 300);
const denser = report("one paragraph, 1000 inline spoilers", buildDenseParagraph(1000), 200);
console.log(`growth: ×10 spoilers in one paragraph → ×${(denser / dense).toFixed(1)} time`);

// One region covering a whole long post ("Spoilers ahead" at the top, never closed).
const open10 = report("×10 post under one opener", `<p>Spoilers ahead</p>${Array.from({ length: 10 }, (_, i) => buildUnit(i)).join("")}`, 200);
const open100 = report("×100 post under one opener", `<p>Spoilers ahead</p>${Array.from({ length: 100 }, (_, i) => buildUnit(i)).join("")}`, 200);
console.log(`growth: ×10 size under one opener → ×${(open100 / open10).toFixed(1)} time`);

const mark10 = report("mark mode, synthetic ×10", Array.from({ length: 10 }, (_, i) => buildUnit(i)).join(""), 200, "mark");
const mark100 = report("mark mode, synthetic ×100", Array.from({ length: 100 }, (_, i) => buildUnit(i)).join(""), 200, "mark");
console.log(`growth: mark mode ×10 size → ×${(mark100 / mark10).toFixed(1)} time`);
