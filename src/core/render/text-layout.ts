// The plain-text part's layout (text.ts writes into it): inline text collapsed as HTML collapses
// whitespace, blocks separated by blank lines, and greedy word wrap at a width.

/**
 * HTML's whitespace where collapsing changes it: a lone space is left alone (most text then needs
 * no copy), and a no-break space is text, which keeps two words on one line.
 */
const HTML_WHITESPACE = /[ \t\n\f\r]{2,}|[\t\n\f\r]/g;

export const collapseWhitespace = (text: string) => text.replace(HTML_WHITESPACE, " ").trim();

/** Greedy word wrap at spaces; a word longer than the width (a URL) keeps a line of its own. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let start = 0;
  while (text.length - start > width) {
    let end = text.lastIndexOf(" ", start + width);
    if (end <= start) end = text.indexOf(" ", start + width);
    if (end === -1) break;
    lines.push(text.slice(start, end));
    start = end + 1;
  }
  lines.push(text.slice(start));
  return lines;
}

/** Finished lines, and the inline text of the block being written ("\n" for each <br>). */
export class TextLayout {
  private readonly lines: string[] = [];
  private inline = "";
  /** The inline text is empty or ends in a space or line break: a space here would be a second one. */
  private afterSpace = true;
  private pendingBreaks = 0;

  constructor(readonly width: number) {}

  addInline(text: string): void {
    const collapsed = text.replace(HTML_WHITESPACE, " ");
    if (!collapsed) return;
    this.inline += this.afterSpace && collapsed.startsWith(" ") ? collapsed.slice(1) : collapsed;
    this.afterSpace = this.inline === "" || collapsed.endsWith(" ");
  }

  addLineBreak(): void {
    this.inline += "\n";
    this.afterSpace = true;
  }

  /** Ends the inline text: at least `lineBreaks` line breaks come before whatever follows. */
  breakBlock(lineBreaks: number): void {
    this.flushInline();
    this.pendingBreaks = Math.max(this.pendingBreaks, lineBreaks);
  }

  /** Lines as given, not wrapped; an empty block adds no blank lines. */
  addLines(lines: string[]): void {
    this.flushInline();
    this.pushLines(lines);
  }

  private pushLines(lines: string[]): void {
    if (lines.length === 0) return;
    if (this.lines.length > 0) for (let blank = 1; blank < this.pendingBreaks; blank++) this.lines.push("");
    this.pendingBreaks = 0;
    for (const line of lines) this.lines.push(line.trimEnd());
  }

  /** The lines written; line breaks asked for around them are the caller's to place. */
  finish(): string[] {
    this.flushInline();
    return this.lines;
  }

  private flushInline(): void {
    this.afterSpace = true;
    if (!this.inline) return;
    // Spaces around a <br> are dropped, and so is a <br> at either end of the text (as browsers do).
    const segments = this.inline.split("\n").map((segment) => segment.trimEnd());
    this.inline = "";
    while (segments.length > 0 && !segments.at(-1)) segments.pop();
    while (segments.length > 0 && !segments[0]) segments.shift();
    this.pushLines(segments.flatMap((segment) => (segment ? wrap(segment, this.width) : [""])));
  }
}
