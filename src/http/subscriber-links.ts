// The routes behind the links in our emails: GET|POST /confirm, GET|POST /unsubscribe,
// GET|POST /preferences. GETs only show a page; a person's button press (a POST) acts, because
// mail scanners fetch every link. Each acts only on a token signed with TOKEN_SECRET for its own
// purpose and bound to the subscription it was sent for (src/tokens.ts): a forged, expired or
// malformed one gets a 400 page, and one whose subscription is gone (erased, or subscribed
// again since) gets the generic "no longer valid" page. Nothing changes either way.
import type { Context } from "hono";
import { Hono } from "hono/tiny";
import { confirmSubscriber, findSubscriberById, unsubscribeSubscriber, updatePreferences, CADENCES, type Subscriber } from "../db/subscribers";
import type { Settings } from "../settings";
import { signSubscriberToken, verifyToken, type TokenCheck } from "../tokens";
import { describeIssues, z } from "../validation";
import { mediaType, readCappedText } from "./body";
import { ConfirmPage } from "./pages/confirm";
import { MessagePage } from "./pages/layout";
import { PreferencesPage } from "./pages/preferences";
import { UnsubscribePage } from "./pages/unsubscribe";
import { publicUrl, requireSettings, siteNameOf } from "./page-context";

type AppContext = Context<{ Bindings: Env }>;

export const subscriberLinkRoutes = new Hono<{ Bindings: Env }>();

const MAX_FORM_BYTES = 4 * 1024;

type LinkPurpose = "confirm" | "unsubscribe" | "preferences";

type LinkCheck =
  | { ok: true; subscriber: Subscriber; subscriberId: number; version?: number }
  | { ok: false; message: string; gone?: true };

const NO_LONGER_VALID = "This link is no longer valid.";

/** v2: the link key must be this subscription's. v1 (sent before migration 0007): only for a row from before it. */
function isBoundTo(subscriber: Subscriber, check: Extract<TokenCheck, { ok: true }>): boolean {
  return check.version === 2 ? check.claims.key === subscriber.linkKey : subscriber.legacyLinks;
}

/** Verifies a link token and finds the subscription it was sent for. */
async function checkLink(db: D1Database, settings: Settings, purpose: LinkPurpose, token: string | undefined, now: Date): Promise<LinkCheck> {
  const result = await verifyToken(settings.TOKEN_SECRET, purpose, token, now.getTime());
  if (!result.ok && result.reason === "expired") return { ok: false, message: "This link has expired." };
  if (!result.ok || !/^[1-9]\d{0,15}$/.test(result.claims.sub)) {
    return { ok: false, message: "This link is not valid. Check that you copied all of it from the email." };
  }
  const subscriber = await findSubscriberById(db, Number(result.claims.sub));
  if (!subscriber || !isBoundTo(subscriber, result)) return { ok: false, message: NO_LONGER_VALID, gone: true };
  return { ok: true, subscriber, subscriberId: subscriber.id, ...(result.claims.ver === undefined ? {} : { version: result.claims.ver }) };
}

/** The page for a link that did not work; an erased or renewed subscription gets the same generic one. */
function linkFailed(c: AppContext, settings: Settings, link: Extract<LinkCheck, { ok: false }>, extra: string[] = []) {
  if (link.gone) return page(c, settings, 400, "This link is no longer valid", [NO_LONGER_VALID, "To get emails from us, subscribe again."], SUBSCRIBE_AGAIN);
  return page(c, settings, 400, "This link did not work", [link.message, ...extra], extra.length ? SUBSCRIBE_AGAIN : undefined);
}

function page(c: AppContext, settings: Settings, status: 200 | 400 | 409 | 413 | 415, title: string, lines: string[], link?: { href: string; text: string }) {
  return c.html(MessagePage({ siteName: siteNameOf(settings), title, lines, link, isError: status !== 200 }), status);
}

const SUBSCRIBE_AGAIN = { href: "/", text: "Subscribe again" };

const FRESH_CONFIRMATION = "Subscribe again to get a fresh confirmation link.";

function confirmStale(c: AppContext, settings: Settings) {
  return page(c, settings, 400, "This link did not work", ["This confirmation link is no longer valid.", "Subscribe again to get a fresh one."], SUBSCRIBE_AGAIN);
}

function confirmed(c: AppContext, settings: Settings) {
  return page(c, settings, 200, "You are subscribed", [`Thank you. The next review from ${siteNameOf(settings)} will reach your inbox.`]);
}

// GET only shows the button (a scanner's fetch changes nothing); an already active
// subscription, confirmed by this very link, just says so.
subscriberLinkRoutes.get("/confirm", async (c) => {
  const settings = requireSettings(c.env);
  const token = c.req.query("token");
  const link = await checkLink(c.env.DB, settings, "confirm", token, new Date());
  if (!link.ok) return linkFailed(c, settings, link, [FRESH_CONFIRMATION]);
  const current = link.version === link.subscriber.tokenVersion;
  if (current && link.subscriber.status === "active") return confirmed(c, settings);
  if (!current || link.subscriber.status !== "pending") return confirmStale(c, settings);
  return c.html(ConfirmPage({ siteName: siteNameOf(settings), token: token ?? "" }));
});

subscriberLinkRoutes.post("/confirm", async (c) => {
  const settings = requireSettings(c.env);
  const body = await readCappedText(c.req.raw, MAX_FORM_BYTES);
  if (!body.ok) return page(c, settings, 413, "That did not work", [`The form may be at most ${MAX_FORM_BYTES} bytes.`]);
  const now = new Date();
  const link = await checkLink(c.env.DB, settings, "confirm", c.req.query("token"), now);
  if (!link.ok) return linkFailed(c, settings, link, [FRESH_CONFIRMATION]);
  const outcome = link.version === undefined ? "stale" : await confirmSubscriber(c.env.DB, link.subscriberId, link.version, now);
  return outcome === "stale" ? confirmStale(c, settings) : confirmed(c, settings);
});

subscriberLinkRoutes.get("/unsubscribe", async (c) => {
  const settings = requireSettings(c.env);
  const token = c.req.query("token");
  const link = await checkLink(c.env.DB, settings, "unsubscribe", token, new Date());
  if (!link.ok) return linkFailed(c, settings, link);
  const preferencesToken = await signSubscriberToken(settings.TOKEN_SECRET, "preferences", link.subscriber);
  const preferencesUrl = publicUrl(settings, `/preferences?token=${encodeURIComponent(preferencesToken)}`);
  return c.html(UnsubscribePage({ siteName: siteNameOf(settings), token: token ?? "", preferencesUrl }));
});

// RFC 8058 one-click: a mail client POSTs "List-Unsubscribe=One-Click" to the URL from the
// List-Unsubscribe header and expects an immediate, blank 200. The page's button posts
// "source=page" to the same URL and gets a page back.
subscriberLinkRoutes.post("/unsubscribe", async (c) => {
  const settings = requireSettings(c.env);
  const body = await readCappedText(c.req.raw, MAX_FORM_BYTES);
  if (!body.ok) return c.text(`An unsubscribe request may be at most ${MAX_FORM_BYTES} bytes.`, 413);
  const fromPage = new URLSearchParams(body.text).get("source") === "page";
  const now = new Date();
  const link = await checkLink(c.env.DB, settings, "unsubscribe", c.req.query("token"), now);
  if (!link.ok) return fromPage ? linkFailed(c, settings, link) : c.text(link.message, 400);
  await unsubscribeSubscriber(c.env.DB, link.subscriberId, now);
  if (!fromPage) return c.body(null, 200);
  return page(c, settings, 200, "You are unsubscribed", ["You will get no more emails from us.", "Changed your mind? You can subscribe again at any time."], SUBSCRIBE_AGAIN);
});

subscriberLinkRoutes.get("/preferences", async (c) => {
  const settings = requireSettings(c.env);
  const token = c.req.query("token");
  const link = await checkLink(c.env.DB, settings, "preferences", token, new Date());
  if (!link.ok) return linkFailed(c, settings, link);
  return showPreferences(c, settings, link.subscriberId, token ?? "", false);
});

const PreferencesInput = z.object({
  token: z.string({ error: "token is required: open this page from the link in an email" }),
  cadence: z.enum(CADENCES, { error: "Choose how often: instant, daily or weekly." }),
  paused: z.optional(z.literal("yes", { error: 'paused is either absent or "yes"' })),
});

subscriberLinkRoutes.post("/preferences", async (c) => {
  const settings = requireSettings(c.env);
  if (mediaType(c.req.raw) !== "application/x-www-form-urlencoded") {
    return page(c, settings, 415, "That did not work", ["Send the preferences form as application/x-www-form-urlencoded."]);
  }
  const body = await readCappedText(c.req.raw, MAX_FORM_BYTES);
  if (!body.ok) return page(c, settings, 413, "That did not work", [`The form may be at most ${MAX_FORM_BYTES} bytes.`]);
  const input = PreferencesInput.safeParse(Object.fromEntries(new URLSearchParams(body.text)));
  if (!input.success) return page(c, settings, 400, "That did not work", [describeIssues(input.error)]);
  const now = new Date();
  const link = await checkLink(c.env.DB, settings, "preferences", input.data.token, now);
  if (!link.ok) return linkFailed(c, settings, link);
  const preferences = { cadence: input.data.cadence, paused: input.data.paused === "yes" };
  const saved = await updatePreferences(c.env.DB, link.subscriberId, preferences, now);
  if (!saved) return notActive(c, settings);
  return showPreferences(c, settings, link.subscriberId, input.data.token, true);
});

async function showPreferences(c: AppContext, settings: Settings, subscriberId: number, token: string, saved: boolean) {
  const subscriber = await findSubscriberById(c.env.DB, subscriberId);
  if (subscriber?.status !== "active") return notActive(c, settings);
  const unsubscribeToken = await signSubscriberToken(settings.TOKEN_SECRET, "unsubscribe", subscriber);
  return c.html(
    PreferencesPage({
      siteName: siteNameOf(settings),
      token,
      cadence: subscriber.cadence,
      paused: subscriber.paused,
      saved,
      unsubscribeUrl: publicUrl(settings, `/unsubscribe?token=${encodeURIComponent(unsubscribeToken)}`),
    }),
  );
}

// Only the holder of this subscriber's own signed link gets here, so saying so reveals nothing.
function notActive(c: AppContext, settings: Settings) {
  return page(c, settings, 409, "This subscription is not active", ["There is nothing to change: this address gets no emails from us."], SUBSCRIBE_AGAIN);
}
