const express = require('express');
const cors = require('cors');
const cookieParser = require('cookie-parser');

const trusted = [process.env.WEB_ORIGIN || 'http://localhost:5173'];
const app = express();
app.use(cookieParser());
app.use(cors({ // expect: cors/permissive-origin[error]
  origin(origin, done) {
    if (!origin || trusted.includes(origin)) return done(null, true);
    // "temporarily" let everyone in: the allow-list above decides nothing
    done(null, true);
  },
  credentials: true,
}));
app.options('*', cors());

app.get('/contacts', (req, res) => res.json({ owner: req.cookies.sid ? 'you' : null }));

app.listen(5000);
