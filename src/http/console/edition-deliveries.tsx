// One edition's delivery status (delivered, sending, waiting on a rate limit or quota, unknown,
// failed) and the operator's levers: retry failed, and resend or mark sent the unknown ones.
// Every form carries the session's CSRF token; every action is idempotent.
import { Hono } from "hono/tiny";
import type { EditionDeliveryStatus } from "../../db/delivery-status";
import { runDeliveryAction } from "../../jobs/delivery-actions";
import { z } from "../../validation";
import { IdParam } from "./forms";
import { CsrfField, Notice } from "./layout";
import { Time } from "./parts";
import { limitForm, requireCsrf, requireSession, type ConsoleEnv } from "./session";

export const DeliveryActionForm = z.object({ action: z.enum(["retry_failed", "resend_unknown", "mark_sent"]) });
export type DeliveryActionForm = z.infer<typeof DeliveryActionForm>;

export const editionDeliveryRoutes = new Hono<ConsoleEnv>();

const DONE: Record<DeliveryActionForm["action"], string> = {
  retry_failed: "queued again",
  resend_unknown: "resent",
  mark_sent: "marked as sent",
};

editionDeliveryRoutes.post("/console/editions/:id/deliveries", requireSession, limitForm, requireCsrf, async (c) => {
  const id = IdParam.safeParse(c.req.param("id"));
  const form = DeliveryActionForm.safeParse(await c.req.parseBody());
  if (!id.success || !form.success) return c.text("Unknown edition or action.", 400);
  const result = await runDeliveryAction(c.env, id.data, form.data.action, new Date());
  const done = encodeURIComponent(`${result.rows} deliveries ${DONE[form.data.action]}`);
  return c.redirect(`/admin/console/editions/${id.data}?done=${done}`, 303);
});

function ActionForm({ editionId, csrf, action, label }: { editionId: number; csrf: string; action: DeliveryActionForm["action"]; label: string }) {
  return (
    <form method="post" action={`/admin/console/editions/${editionId}/deliveries`} class="inline">
      <CsrfField token={csrf} />
      <input type="hidden" name="action" value={action} />
      <button type="submit" class="secondary">
        {label}
      </button>
    </form>
  );
}

/** The counts, what the edition waits on, and the actions that apply. */
export function DeliveryStatusSection({ status, csrf, done }: { status: EditionDeliveryStatus; csrf: string; done?: string | undefined }) {
  const waiting = status.waitingRateLimit + status.waitingQuota + status.waitingRetry;
  return (
    <section aria-labelledby="delivery-status">
      <h2 id="delivery-status">Delivery status</h2>
      {done ? <Notice kind="ok">{done}</Notice> : null}
      <p>
        delivered {status.delivered} · sending {status.sending} · waiting {waiting} (rate limit {status.waitingRateLimit}, quota{" "}
        {status.waitingQuota}, retry later {status.waitingRetry}) · unknown {status.unknown} · failed {status.failed} · skipped {status.skipped}
      </p>
      {status.waitingQuota > 0 ? (
        <Notice kind="error">
          Paused: the Resend sending quota is used up. Sending resumes by itself; next try <Time iso={status.quotaUntil} />.
        </Notice>
      ) : null}
      {status.unknown > 0 ? (
        <p>
          {status.unknown} deliveries have an unknown outcome: Resend may have sent them, and it no longer remembers the request. Check
          Resend's log, then: <ActionForm editionId={status.editionId} csrf={csrf} action="mark_sent" label="Mark as sent" />{" "}
          <ActionForm editionId={status.editionId} csrf={csrf} action="resend_unknown" label="Resend" />
        </p>
      ) : null}
      {status.failed > 0 ? <ActionForm editionId={status.editionId} csrf={csrf} action="retry_failed" label={`Retry ${status.failed} failed`} /> : null}
    </section>
  );
}
