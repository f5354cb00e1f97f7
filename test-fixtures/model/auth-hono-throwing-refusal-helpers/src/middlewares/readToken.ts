import { createMiddleware } from "hono/factory";
import jwt from "jsonwebtoken";
import PortalError from "../errors/PortalError";

const checkToken = async (token: string) => {
  try {
    return jwt.verify(token, process.env.JWT_PUBLIC_KEY as string) as { uid: string }; // expect: config/env-undocumented
  } catch (e) {
    if (e instanceof jwt.JsonWebTokenError && e.message === "invalid signature") {
      throw new PortalError({ message: "Bad signature", statusCode: 401 });
    }
    return null;
  }
};

// sets the caller when a token is sent; a request without one goes on
const readToken = createMiddleware(async (c, next) => {
  const header = c.req.header("Authorization");
  const token = header?.startsWith("Bearer ") ? header.substring(7) : undefined;
  if (token) {
    const payload = await checkToken(token);
    if (payload) c.set("uid", payload.uid);
  }
  await next();
});

export default readToken;
