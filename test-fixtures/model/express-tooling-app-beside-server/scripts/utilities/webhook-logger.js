const express = require('express');

// a local helper: prints the webhooks the AI service sends while you set it up (started by hand, see setup.sh)
const app = express();
app.use(express.json());

app.post('/webhook', (req, res) => {
  console.log('webhook', JSON.stringify(req.body));
  res.json({ received: true });
});

app.listen(3001, () => console.log('webhook logger on 3001'));
