import { betterAuth } from "better-auth";

// no rateLimit option: better-auth limits its own endpoints in production (sign-in 3 per 10 s)
export const auth = betterAuth({
  emailAndPassword: { enabled: true },
});
