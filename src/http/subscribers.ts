// GET /, POST /subscribe; the link routes (confirm, unsubscribe, preferences) are mounted from
// subscriber-links.ts. Mounted at "/".
import type { Context } from "hono";
import { Hono } from "hono/tiny";
import { cors } from "hono/cors";
import { clearRateLimit, hitRateLimit, subscribeAddressKey } from "../db/rate-limits";
import type { Subscriber } from "../db/subscribers";
import { createMailer } from "../mail/mailer";
import type { Settings } from "../settings";
import { buildConfirmationEmail, buildConfirmUrl } from "./confirmation-email";
import { clientNetwork } from "./client-address";
import { MessagePage } from "./pages/layout";
import { SubscribePage } from "./pages/subscribe";
import { requireSettings, siteNameOf } from "./page-context";
import { PER_ADDRESS_LIMIT, PER_IP_LIMIT, readSubscribeRequest, recordSubscribeRequest, type Caller } from "./subscribe";
import { subscriberLinkRoutes } from "./subscriber-links";

type AppContext = Context<{ Bindings: Env }>;

export const subscribersRoutes = new Hono<{ Bindings: Env }>();

subscribersRoutes.route("/", subscriberLinkRoutes);

subscribersRoutes.get("/", (c) => c.html(SubscribePage({ siteName: siteNameOf(requireSettings(c.env)) })));

subscribersRoutes.use(
  "/subscribe",
  cors({
    origin: (origin, c: AppContext) => (requireSettings(c.env).CORS_ORIGINS.includes(origin) ? origin : null),
    allowMethods: ["POST"],
    allowHeaders: ["Content-Type"],
    maxAge: 600,
  }),
);

subscribersRoutes.post("/subscribe", async (c) => {
  const settings = requireSettings(c.env);
  const request = await readSubscribeRequest(c.req.raw);
  if (!request.ok) return answerProblem(c, settings, request);
  const now = new Date();
  const ipLimit = await hitRateLimit(c.env.DB, `subscribe:ip:${clientNetwork(c.req.header("cf-connecting-ip"))}`, PER_IP_LIMIT, now);
  if (!ipLimit.allowed) {
    const message = `Too many subscribe requests from your network. Try again in ${Math.ceil(ipLimit.retryAfterSeconds / 60)} minutes.`;
    c.header("Retry-After", String(ipLimit.retryAfterSeconds));
    return answerProblem(c, settings, { caller: request.caller, status: 429, error: "rate_limited", message });
  }
  // A filled honeypot gets the usual answer, so a bot learns nothing; nothing is stored.
  if (!request.input.website) {
    const subscriber = await recordSubscribeRequest(c.env.DB, request.input.email, now);
    // Sent after the answer, so its time does not tell the caller whether mail went out.
    if (subscriber) c.executionCtx.waitUntil(sendConfirmation(c.env, settings, subscriber, now));
  }
  return answerAccepted(c, settings, request.caller);
});

async function sendConfirmation(env: Env, settings: Settings, subscriber: Subscriber, now: Date): Promise<void> {
  const url = await buildConfirmUrl(settings, subscriber, now);
  const window = Math.floor(now.getTime() / (PER_ADDRESS_LIMIT.windowSeconds * 1000));
  const outcome = await createMailer(env, settings).send(buildConfirmationEmail(settings, subscriber.email, url), {
    idempotencyKey: `confirm-${subscriber.id}-${subscriber.tokenVersion}-${window}`,
  });
  if (outcome.ok) return;
  console.error(`review-digest: confirmation email for subscriber ${subscriber.id} failed: ${outcome.kind}: ${outcome.message}`);
  // The address's limit was spent on an email that never left: the reader's next try sends it.
  await clearRateLimit(env.DB, subscribeAddressKey(subscriber.email));
}

const ACCEPTED_MESSAGE = "Check your inbox: if this address can be subscribed, a confirmation link is on its way.";

function answerAccepted(c: AppContext, settings: Settings, caller: Caller): Response | Promise<Response> {
  if (caller === "json") return c.json({ ok: true, message: ACCEPTED_MESSAGE }, 202);
  const back = refererOnAllowedOrigin(c.req.header("referer"), settings.CORS_ORIGINS);
  if (back) {
    back.searchParams.set("subscribed", "1");
    return c.redirect(back.toString(), 303);
  }
  const page = MessagePage({ siteName: siteNameOf(settings), title: "Almost there", lines: [ACCEPTED_MESSAGE, "The link in it works for 48 hours."] });
  return c.html(page);
}

/** Redirects go back only to the author's own site, never to an arbitrary Referer. */
function refererOnAllowedOrigin(referer: string | undefined, origins: string[]): URL | undefined {
  if (!referer || !URL.canParse(referer)) return undefined;
  const url = new URL(referer);
  return origins.includes(url.origin) ? url : undefined;
}

type Problem = { caller: Caller; status: 400 | 413 | 415 | 429; error: string; message: string; email?: string };

function answerProblem(c: AppContext, settings: Settings, problem: Problem): Response | Promise<Response> {
  if (problem.caller === "json") return c.json({ error: problem.error, message: problem.message }, problem.status);
  const siteName = siteNameOf(settings);
  if (problem.status === 400) return c.html(SubscribePage({ siteName, error: problem.message, email: problem.email }), 400);
  return c.html(MessagePage({ siteName, title: "That did not work", lines: [problem.message], link: { href: "/", text: "Back to the subscribe form" }, isError: true }), problem.status);
}
