const express = require('express');
const knex = require('knex');
const Stripe = require('stripe');
const { run } = require('./sql');

const db = knex({ client: 'sqlite3', connection: { filename: 'shelf.db' } });
const books = require('./books')(db);
const stripe = Stripe(process.env.STRIPE_KEY);
const app = express();

app.get('/books/:isbn', async (req, res) => {
  const book = await books.byIsbn(req.params.isbn);
  if (!book) return res.status(404).end();
  res.json(book);
});

app.post('/books/:isbn/retire', async (req, res) => {
  res.json(await books.retire(req.params.isbn));
});

app.get('/books/:isbn/card', async (req, res) => {
  res.json(await books.mustFind(req.params.isbn));
});

app.get('/shelves/:name', async (req, res) => {
  res.json(await books.shelf(req.params.name)); // expect: validation/unvalidated-input
});

app.get('/loans/:loanId', async (req, res) => {
  const rows = await run('SELECT * FROM loans WHERE id = $1', [req.params.loanId]);
  res.json(rows);
});

// the SDK encodes the id into its request path; the redirect keeps a fixed origin and path
app.get('/checkout/done/:sessionId', async (req, res) => {
  const { sessionId } = req.params;
  const session = await stripe.checkout.sessions.retrieve(sessionId);
  if (session.payment_status !== 'paid') return res.redirect(`${process.env.SHOP_URL}/checkout/failed`);
  res.redirect(`${process.env.SHOP_URL}/checkout/thanks?session=${sessionId}`);
});

app.get('/books/:isbn/back', async (req, res) => {
  res.redirect('/books/' + req.params.isbn);
});

// "/" + value may become //other.example: not a fixed path
app.get('/go/:target', async (req, res) => {
  res.redirect('/' + req.params.target); // expect: validation/unvalidated-input
});

app.listen(3000);
