const crypto = require('crypto');

// Slack signs `v0:<timestamp>:<raw body>` with the app's signing secret
function verifySlackSignature(req) {
  const secret = process.env.SLACK_SIGNING_SECRET;
  if (!secret) return false;
  const timestamp = req.headers['x-slack-request-timestamp'];
  const signature = req.headers['x-slack-signature'];
  if (!timestamp || !signature || !req.rawBody) return false;
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false;
  const mine = 'v0=' + crypto.createHmac('sha256', secret).update(`v0:${timestamp}:${req.rawBody}`).digest('hex');
  const a = crypto.createHash('sha256').update(mine).digest();
  const b = crypto.createHash('sha256').update(String(signature)).digest();
  return crypto.timingSafeEqual(a, b);
}

function paymentProvider() {
  return {
    verifyWebhookSignature(body, signature) {
      const expected = crypto.createHmac('sha256', process.env.PAYMENT_WEBHOOK_SECRET).update(JSON.stringify(body)).digest('hex');
      return typeof signature === 'string' && signature.length === expected.length
        && crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
    },
  };
}

module.exports = { verifySlackSignature, paymentProvider };
