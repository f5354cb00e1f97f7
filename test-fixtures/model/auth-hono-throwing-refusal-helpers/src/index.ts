import { Hono } from "hono";
import PortalError from "./errors/PortalError";
import requirePermission from "./middlewares/requirePermission";
import readToken from "./middlewares/readToken";
import prefsRoute from "./routes/prefs";
import teamsRoute from "./routes/teams";
import toolsRoute from "./routes/tools";

const app = new Hono() // expect: api/openapi-missing, api/versioning-missing, config/env-not-validated, headers/helmet-missing, observability/metrics-missing, ratelimit/missing
  .use(readToken)
  .route("/teams", teamsRoute)
  .route("/tools", toolsRoute)
  .route("/prefs", prefsRoute)
  .get("/status", (c) => c.json({ up: true }))
  .onError((err, c) => {
    if (err instanceof PortalError) return c.json({ error: err.code }, err.statusCode as 401);
    return c.json({ error: "internal" }, 500);
  });

export default { fetch: app.fetch };
