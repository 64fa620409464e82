// The overview's delivery alerts: editions paused on Resend's quota, waiting on its rate limit,
// with unknown or failed deliveries (each linked to its edition's actions), and feed items left
// out of their poll with the reason.
import type { EditionDeliveryStatus } from "../../db/delivery-status";
import type { ItemError } from "../../db/item-errors";
import { Notice } from "./layout";
import { Table, Time } from "./parts";

function needsAttention(status: EditionDeliveryStatus): boolean {
  return status.waitingQuota + status.waitingRateLimit + status.waitingRetry + status.unknown + status.failed > 0;
}

export function DeliveryAlerts({ statuses, itemErrors }: { statuses: EditionDeliveryStatus[]; itemErrors: ItemError[] }) {
  const open = statuses.filter(needsAttention);
  const paused = statuses.filter((status) => status.waitingQuota > 0);
  return (
    <section aria-labelledby="delivery-alerts">
      <h2 id="delivery-alerts">Delivery</h2>
      {paused.length > 0 ? (
        <Notice kind="error">
          Paused: the Resend sending quota is used up ({paused.map((status) => `#${status.editionId}`).join(", ")}). Sending resumes by itself
          after the reset.
        </Notice>
      ) : null}
      {open.length === 0 ? (
        <p class="muted">Nothing waiting, unknown or failed.</p>
      ) : (
        <Table caption="Editions needing attention" head={["Edition", "Delivered", "Sending", "Waiting", "Unknown", "Failed"]}>
          {open.map((status) => (
            <tr>
              <td>
                <a href={`/admin/console/editions/${status.editionId}`}>#{status.editionId}</a> {status.subject}
              </td>
              <td>{status.delivered}</td>
              <td>{status.sending}</td>
              <td>
                {status.waitingRateLimit + status.waitingQuota + status.waitingRetry}
                {status.waitingQuota > 0 ? " (quota)" : status.waitingRateLimit > 0 ? " (rate limit)" : ""}
              </td>
              <td>{status.unknown}</td>
              <td>{status.failed}</td>
            </tr>
          ))}
        </Table>
      )}
      {itemErrors.length > 0 ? (
        <Table caption="Feed items left out (tried again on every poll)" head={["Item", "Error", "Seen"]}>
          {itemErrors.map((item) => (
            <tr>
              <td>{item.title}</td>
              <td>{item.error}</td>
              <td>
                <Time iso={item.recordedAt} />
              </td>
            </tr>
          ))}
        </Table>
      ) : null}
    </section>
  );
}
