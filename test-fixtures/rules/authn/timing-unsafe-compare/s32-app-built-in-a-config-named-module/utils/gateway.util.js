import crypto from "crypto";

export const verifyWebhookSignature = (rawBody, signature) => {
  const expectedSignature = crypto.createHmac("sha256", process.env.GATEWAY_WEBHOOK_SECRET).update(rawBody).digest("hex");
  return signature === expectedSignature; // expect: authn/timing-unsafe-compare
};
