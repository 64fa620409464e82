// issue 6: GET /admin/subscribers, DELETE /admin/subscribers/:email, bearer token
import { Hono } from "hono";

export const adminSubscribersRoutes = new Hono<{ Bindings: Env }>();
