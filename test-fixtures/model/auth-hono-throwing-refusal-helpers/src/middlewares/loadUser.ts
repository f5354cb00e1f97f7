import { createMiddleware } from "hono/factory";

const users = new Map<string, { id: string; permissions: string[] }>();

const loadUser = createMiddleware(async (c, next) => {
  const uid = c.get("uid");
  if (uid) c.set("currentUser", users.get(uid));
  await next();
});

export default loadUser;
