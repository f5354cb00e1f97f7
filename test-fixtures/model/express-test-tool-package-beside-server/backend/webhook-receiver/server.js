const express = require('express');

// prints the progress events the API posts, to check them while developing (see scripts/try-webhooks.sh)
const app = express();
app.use(express.json());

app.post('/webhook', (req, res) => {
  if (req.headers['x-signature'] !== process.env.WEBHOOK_SECRET) return res.status(401).end();
  console.log('event', JSON.stringify(req.body));
  res.json({ received: true });
});

app.listen(process.env.RECEIVER_PORT || 3099);
