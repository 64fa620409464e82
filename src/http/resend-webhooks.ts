// issue 6: POST /webhooks/resend (mounted at /webhooks)
import { Hono } from "hono";

export const resendWebhooksRoutes = new Hono<{ Bindings: Env }>();
