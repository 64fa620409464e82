// issue 5: JSON admin API (POST /admin/poll, GET /admin/status, GET /admin/outbox, POST /admin/subscribers import), bearer token
import { Hono } from "hono";

export const adminApiRoutes = new Hono<{ Bindings: Env }>();
