import { Hono } from "hono/tiny";
import { HTTPException } from "hono/http-exception";
import { adminApiRoutes } from "./admin-api";
import { adminSubscribersRoutes } from "./admin-subscribers";
import { archiveRoutes } from "./archive";
import { consoleRoutes } from "./console";
import { publishRoutes } from "./publish";
import { resendWebhooksRoutes } from "./resend-webhooks";
import { subscribersRoutes } from "./subscribers";
import { websubRoutes } from "./websub";

export const app = new Hono<{ Bindings: Env }>();

app.route("/", subscribersRoutes);
app.route("/", archiveRoutes);
app.route("/webhooks", resendWebhooksRoutes);
app.route("/hooks", publishRoutes);
app.route("/websub", websubRoutes);
app.route("/admin", adminApiRoutes);
app.route("/admin", adminSubscribersRoutes);
app.route("/admin", consoleRoutes);

app.notFound((c) => c.json({ error: "not_found", message: `No route for ${c.req.method} ${new URL(c.req.url).pathname}` }, 404));

// Known errors carry their public message; anything else is logged and answered with a generic 500.
app.onError((error, c) => {
  if (error instanceof HTTPException) return error.getResponse();
  console.error("review-digest: unhandled error", error);
  return c.json({ error: "internal_error", message: "Something went wrong. The operator can find details in the logs." }, 500);
});
