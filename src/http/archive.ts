// issue 7: GET /archive, GET /archive/:id, GET /feed.xml
import { Hono } from "hono";

export const archiveRoutes = new Hono<{ Bindings: Env }>();
