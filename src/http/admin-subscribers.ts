// GET /admin/subscribers and DELETE /admin/subscribers/:email, each behind the bearer token
// (attached per route: this sub-app shares the /admin prefix with others).
import { Hono } from "hono/tiny";
import { countSubscribersByStatus, eraseSubscriber, listSubscribers } from "../db/subscriber-admin";
import { SUBSCRIBER_STATUSES, type Subscriber } from "../db/subscribers";
import { describeIssues, z } from "../validation";
import { requireAdminToken } from "./middleware/admin-auth";

export const adminSubscribersRoutes = new Hono<{ Bindings: Env }>();

const MAX_PAGE = 200;

const ListQuery = z.object({
  status: z.optional(z.enum(SUBSCRIBER_STATUSES, { error: `status must be one of: ${SUBSCRIBER_STATUSES.join(", ")}` })),
  after: z._default(z.coerce.number({ error: "after must be a subscriber id" }).check(z.int("after must be a whole number"), z.minimum(0, "after must be 0 or more")), 0),
  limit: z._default(
    z.coerce.number({ error: "limit must be a number" }).check(z.int("limit must be a whole number"), z.minimum(1, "limit must be at least 1"), z.maximum(MAX_PAGE, `limit must be at most ${MAX_PAGE}`)),
    50,
  ),
});

const EmailParam = z.pipe(
  z.string().check(z.trim(), z.toLowerCase(), z.maxLength(254, "An email address has at most 254 characters.")),
  z.email("The path must end with a valid email address, like /admin/subscribers/name@example.com."),
);

function toJson(subscriber: Subscriber) {
  return {
    id: subscriber.id,
    email: subscriber.email,
    name: subscriber.name,
    status: subscriber.status,
    cadence: subscriber.cadence,
    paused: subscriber.paused,
    created_at: subscriber.createdAt,
    confirmed_at: subscriber.confirmedAt,
    unsubscribed_at: subscriber.unsubscribedAt,
  };
}

adminSubscribersRoutes.get("/subscribers", requireAdminToken, async (c) => {
  const query = ListQuery.safeParse(c.req.query());
  if (!query.success) return c.json({ error: "invalid_query", message: describeIssues(query.error) }, 400);
  const [page, counts] = await Promise.all([listSubscribers(c.env.DB, query.data), countSubscribersByStatus(c.env.DB)]);
  const next = page.nextAfter === null ? null : nextPageUrl(c.req.url, page.nextAfter);
  return c.json({ subscribers: page.subscribers.map(toJson), counts, next_after: page.nextAfter, next });
});

function nextPageUrl(current: string, after: number): string {
  const url = new URL(current);
  url.searchParams.set("after", String(after));
  return `${url.pathname}${url.search}`;
}

// GDPR erase. Answers the same whether or not the address was known: the operator asked for
// it to be gone, and it is. The report says what was removed.
adminSubscribersRoutes.delete("/subscribers/:email", requireAdminToken, async (c) => {
  const email = EmailParam.safeParse(c.req.param("email"));
  if (!email.success) return c.json({ error: "invalid_email", message: describeIssues(email.error) }, 400);
  const removed = await eraseSubscriber(c.env.DB, email.data);
  return c.json({ ok: true, email: email.data, removed });
});
