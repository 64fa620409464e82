// issue 7: WebSub callback (mounted at /websub)
import { Hono } from "hono";

export const websubRoutes = new Hono<{ Bindings: Env }>();
