// issue 6: GET /, POST /subscribe, GET /confirm, GET|POST /unsubscribe, GET|POST /preferences
import { Hono } from "hono";

export const subscribersRoutes = new Hono<{ Bindings: Env }>();
