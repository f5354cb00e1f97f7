import { verifyWebhookSignature } from "../../utils/gateway.util.js";

export const paymentWebhook = async (req, res) => {
  if (!verifyWebhookSignature(JSON.stringify(req.body), req.get("x-gateway-signature"))) {
    return res.status(400).json({ error: "bad signature" });
  }
  res.json({ received: true });
};
