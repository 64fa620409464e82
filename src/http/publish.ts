// issue 7: POST /hooks/publish (mounted at /hooks)
import { Hono } from "hono";

export const publishRoutes = new Hono<{ Bindings: Env }>();
