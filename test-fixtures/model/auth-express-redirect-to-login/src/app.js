const express = require('express');
const cookieParser = require('cookie-parser');
const jwt = require('jsonwebtoken');

const app = express(); // expect: ratelimit/missing, headers/helmet-missing, errors/global-handler-missing, config/env-not-validated, observability/health-missing, observability/metrics-missing, observability/tracing-missing, api/compression-missing
app.set('view engine', 'ejs');
app.use(express.urlencoded({ extended: false }));
app.use(cookieParser());

// a server-rendered app: the signed-in user comes from a cookie, pages send strangers to the sign-in page
app.use((req, res, next) => {
  try {
    req.user = jwt.verify(req.cookies.session || '', process.env.JWT_SECRET); // expect: config/env-undocumented
  } catch {
    req.user = null;
  }
  next();
});

function signedIn(req, res, next) {
  if (!req.user) return res.redirect('/login');
  next();
}

// passport's session test: a stranger goes back to the home page
function ensureMember(req, res, next) {
  if (req.isAuthenticated()) return next();
  res.redirect('/');
}

// redirects to the sign-in page but never looks at who is calling
function backToLogin(req, res, next) {
  if (req.query.expired) return res.redirect('/login');
  next();
}

const letters = [];

app.post('/letters', signedIn, (req, res) => {
  letters.push({ from: req.user.sub, text: String(req.body.text).slice(0, 500) }); // expect: validation/unvalidated-input
  res.redirect('/letters');
});

app.post('/letters/:id/star', ensureMember, (req, res) => {
  res.redirect('/letters');
});

app.post('/letters/clear', backToLogin, (req, res) => { // expect: authn/unauthenticated-mutation
  letters.length = 0;
  res.redirect('/letters');
});

app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
