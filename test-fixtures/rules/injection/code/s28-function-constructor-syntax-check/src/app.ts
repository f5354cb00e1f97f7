import express from 'express';

const app = express();
app.use(express.json());

// the user's script is compiled once to report a syntax error; the function is dropped, nothing calls it
app.post('/scripts/validate', (req, res) => {
  try {
    const wrapped = `(async () => { ${req.body.source} })()`;
    // eslint-disable-next-line no-new-func
    new Function(wrapped);
    res.json({ valid: true });
  } catch (err) {
    res.status(400).json({ valid: false, error: String(err) });
  }
});

// compiled and called
app.post('/scripts/run', (req, res) => {
  const fn = new Function('input', req.body.source); // expect: injection/code
  res.json({ out: fn(req.body.input) });
});

app.listen(3000);
