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

export function Badge({ value }: { value: string | null | undefined }) {
  return <span class={`badge ${value ?? ""}`}>{value ?? "none"}</span>;
}

export function Table({ caption, head, children }: { caption: string; head: string[]; children?: Child }) {
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
    <Table caption="Editions" head={["Edition", "Created", "Queued", "Sent", "Delivered", "Failed", "Bounced"]}>
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
          <td>{edition.bounced}</td>
        </tr>
      ))}
    </Table>
  );
}
