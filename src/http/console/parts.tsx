// Small pieces shared by several console pages.
import type { Child } from "hono/jsx";
import type { EditionSummary } from "../../db/console";

/** "2026-11-24T20:15:00.000Z" → "2026-11-24 20:15 UTC", inside a <time>. */
export function Time({ iso }: { iso: string | null | undefined }) {
  if (!iso) return <span class="muted">never</span>;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return <span>{iso}</span>;
  const text = `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  return <time datetime={date.toISOString()}>{text}</time>;
}

/** A status in plain words: the class keeps the identifier ("not_modified"), the text reads "not modified". */
export function Badge({ value }: { value: string | null | undefined }) {
  return <span class={`badge ${value ?? ""}`}>{value ? value.replace(/[_-]+/g, " ") : "none"}</span>;
}

interface ElementNode {
  tag: unknown;
  props: Record<string, unknown>;
  children: unknown[];
}

const isElement = (node: unknown): node is ElementNode =>
  typeof node === "object" && node !== null && "tag" in node && "props" in node && Array.isArray((node as { children?: unknown }).children);

/**
 * Gives each cell its column's name (data-label), which the phone layout shows before the
 * value when rows stack; done here once instead of in every page that builds rows.
 */
function labelCells(rows: unknown, head: string[]): void {
  if (Array.isArray(rows)) return rows.forEach((row) => labelCells(row, head));
  if (!isElement(rows) || rows.tag !== "tr") return;
  const cells = rows.children.flat().filter((cell): cell is ElementNode => isElement(cell) && (cell.tag === "td" || cell.tag === "th"));
  cells.forEach((cell, index) => {
    const label = head[index];
    if (label && cell.props["data-label"] === undefined) cell.props["data-label"] = label;
  });
}

export function Table({ caption, head, children }: { caption: string; head: string[]; children?: Child }) {
  labelCells(children, head);
  return (
    <div class="table-wrap">
      <table>
        <caption class="sr-only">{caption}</caption>
        <thead>
          <tr>
            {head.map((label) => (
              <th scope="col">{label}</th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export function EditionTable({ editions }: { editions: EditionSummary[] }) {
  if (editions.length === 0) return <p class="muted">No editions yet.</p>;
  return (
    <Table caption="Editions" head={["Edition", "Created", "Queued", "Sent", "Delivered", "Failed", "Unknown", "Bounced"]}>
      {editions.map((edition) => (
        <tr>
          <td>
            <a href={`/admin/console/editions/${edition.id}`}>
              #{edition.id} {edition.subject}
            </a>{" "}
            {edition.kind === "instant" ? null : <Badge value={edition.kind} />}
          </td>
          <td>
            <Time iso={edition.createdAt} />
          </td>
          <td>{edition.queued}</td>
          <td>{edition.sent}</td>
          <td>{edition.delivered}</td>
          <td>{edition.failed}</td>
          <td>{edition.unknown > 0 ? <a href={`/admin/console/editions/${edition.id}`}>{edition.unknown}</a> : 0}</td>
          <td>{edition.bounced}</td>
        </tr>
      ))}
    </Table>
  );
}
