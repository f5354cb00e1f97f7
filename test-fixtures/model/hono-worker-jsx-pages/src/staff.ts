import type { MiddlewareHandler } from "hono";

export const requireStaff: MiddlewareHandler = async (c, next) => {
  const token = c.req.header("x-staff-token");
  if (!token || token !== c.env.STAFF_TOKEN) { // expect: authn/timing-unsafe-compare
    return c.json({ error: "staff only" }, 401);
  }
  c.set("staff", { name: "desk" });
  await next();
};
