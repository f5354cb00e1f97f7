import { trace } from "@opentelemetry/api";
import { createMiddleware } from "hono/factory";
import { notAllowed, notSignedIn } from "../errors/PortalError";

const requirePermission = (...wanted: string[]) =>
  createMiddleware(async (c, next) => {
    const tracer = trace.getTracer("staff-portal");
    return tracer.startActiveSpan("permission", async (span) => {
      try {
        if (wanted.includes("*")) return await next();
        const user = c.var.currentUser;
        if (user) {
          if (user.permissions.some((p: string) => wanted.includes(p)) || wanted.includes("signed-in")) {
            return await next();
          }
          if (wanted.includes("guest-only")) return notSignedIn();
          return notAllowed();
        }
        if (wanted.includes("guest-only")) return await next();
        return notSignedIn();
      } finally {
        span.end();
      }
    });
  });

export default requirePermission;
