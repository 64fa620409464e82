// issue 8: the operator console HTML under /admin
import { Hono } from "hono";

export const consoleRoutes = new Hono<{ Bindings: Env }>();
