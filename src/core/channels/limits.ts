// Length limits shared by the chat payloads. Lengths are UTF-16 code units, which is never
// fewer than the characters Discord and Slack count, so staying under them is safe.

/** Counts `||` pairs that are markup, skipping backslash-escaped characters. */
function countSpoilerBars(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\\") i += 1;
    else if (text[i] === "|" && text[i + 1] === "|") {
      count += 1;
      i += 1;
    }
  }
  return count;
}

/**
 * Cuts `text` to at most `max` characters at a word boundary, ending in "…". A cut inside a
 * Discord spoiler is closed again, so the tail of a spoiler can never show unhidden.
 * truncate("one two three", 9) → "one two…"
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = cutAt(text, max - 1);
  if (countSpoilerBars(cut) % 2 === 0) return `${cut}…`;
  // Room for the closing bars too.
  const shorter = cutAt(text, max - 3);
  return countSpoilerBars(shorter) % 2 === 0 ? `${shorter}…` : `${shorter}…||`;
}

function cutAt(text: string, room: number): string {
  if (room <= 0) return "";
  let cut = text.slice(0, room);
  const space = cut.search(/\s\S*$/);
  if (space > room / 2) cut = cut.slice(0, space);
  // Never leave a lone escape backslash or half a surrogate pair at the end.
  cut = cut.replace(/\\+$/, (slashes) => (slashes.length % 2 ? slashes.slice(1) : slashes));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trimEnd();
}

/**
 * Joins blocks with blank lines, up to `max` characters; if some are left out or cut, `more`
 * is appended (it must fit: it is counted in `max`).
 */
export function joinWithin(blocks: string[], max: number, more = ""): string {
  const full = blocks.join("\n\n");
  if (full.length <= max) return full;
  const room = max - (more ? more.length + 2 : 0);
  const kept: string[] = [];
  let used = 0;
  for (const block of blocks) {
    const separator = kept.length ? 2 : 0;
    if (used + separator + block.length > room) {
      const left = room - used - separator;
      if (left > 40 || kept.length === 0) kept.push(truncate(block, Math.max(left, 0)));
      break;
    }
    kept.push(block);
    used += separator + block.length;
  }
  const body = kept.filter(Boolean).join("\n\n");
  return more ? (body ? `${body}\n\n${more}` : more) : body;
}
