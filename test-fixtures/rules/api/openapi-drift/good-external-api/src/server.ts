import express from 'express';

// the document in vendor/ describes the payment provider this app calls, not this app
const app = express();
app.post('/checkout', (req, res) => res.json({ ok: true, cart: req.body }));
app.listen(3000);
