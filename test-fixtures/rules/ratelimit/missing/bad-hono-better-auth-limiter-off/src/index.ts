import { Hono } from "hono";
import { betterAuth } from "better-auth";

const auth = betterAuth({
  emailAndPassword: { enabled: true },
  rateLimit: { enabled: false },
});

const app = new Hono(); // expect: ratelimit/missing

app.on(["POST", "GET"], "/api/auth/**", (c) => auth.handler(c.req.raw));
app.get("/api/plans", (c) => c.json([]));

export default { port: 8787, fetch: app.fetch };
