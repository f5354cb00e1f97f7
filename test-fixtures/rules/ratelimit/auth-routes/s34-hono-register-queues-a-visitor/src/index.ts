import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { rateLimiter } from "hono-rate-limiter";
import { z } from "zod";

const queue: { kind: string; value: string; patientId: number }[] = [];
const codes = new Map<string, number>();

const app = new Hono();

app.use(
  "/api/login",
  rateLimiter({ windowMs: 15 * 60 * 1000, limit: 5, keyGenerator: (c) => c.req.header("x-forwarded-for") ?? "anon" }),
);

app.post("/api/login", zValidator("json", z.object({ email: z.string().email(), password: z.string() })), (c) => {
  const { email } = c.req.valid("json");
  return c.json({ email, ok: false }, 401);
});

// a kiosk hands in which card it scanned: a visitor queued for a clerk, nothing checked, nothing to guess
app.post(
  "/api/register",
  zValidator("json", z.object({ kind: z.enum(["card", "phone"]), value: z.string().min(1), patientId: z.number().int() })),
  (c) => {
    const { kind, value, patientId } = c.req.valid("json");
    queue.push({ kind, value: value.trim(), patientId });
    return c.json({ position: queue.length });
  },
);

// a code checked against storage without a limit: a guess target
app.post("/api/auth/verify-code", zValidator("json", z.object({ code: z.string().length(6) })), (c) => { // expect: ratelimit/auth-routes[warning]
  const { code } = c.req.valid("json");
  const patientId = codes.get(code);
  if (patientId === undefined) return c.json({ error: "invalid code" }, 400);
  codes.delete(code);
  return c.json({ patientId });
});

export default app;
