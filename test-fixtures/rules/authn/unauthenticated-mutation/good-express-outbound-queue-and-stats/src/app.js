const express = require('express');
const jwt = require('jsonwebtoken');
const advisor = require('./advisor');
const TitleWriter = require('./titles');

function requireUser(req, res, next) {
  try {
    req.user = jwt.verify(String(req.headers.authorization || '').replace('Bearer ', ''), process.env.JWT_SECRET, { algorithms: ['HS256'] });
    next();
  } catch {
    res.status(401).end();
  }
}

function withoutInternals(query) {
  delete query.tenantKey;
  return query;
}

// the HTTP helper is handed in: what it does is not read, but its call names another service's absolute URL
function buildRouter(remote, genai) {
  const router = express.Router();
  const titles = new TitleWriter(genai);

  // a title written by a model client held on the service
  router.post('/title', async (req, res) => {
    res.json({ title: await titles.suggest(String(req.body.text || '')) });
  });

  // a search through a service looked up at run time: named as a read
  router.post('/find', async (req, res) => {
    res.json(await remote.lookup().searchEntries(String(req.body.q || '')));
  });

  // a question proxied to a model: queued in memory, counted in the service's statistics, nothing stored
  router.post('/advice', async (req, res) => {
    res.json({ answer: await advisor.ask(String(req.body.question || '')) });
  });

  // a score computed by another service
  router.post('/score', async (req, res) => {
    const result = await remote.post(String(req.body.text || ''), 'https://scores.example.com/v2/analyse');
    res.json({ score: result.value });
  });

  // an answer's lines sorted into sections built right here
  router.post('/outline', (req, res) => {
    const sections = { steps: [], notes: [] };
    for (const line of String(req.body.text || '').split('\n')) {
      const kind = line.startsWith('-') ? 'steps' : 'notes';
      sections[kind].push(line.trim());
    }
    res.json(sections);
  });

  // hits of the search service labelled for display
  router.post('/hits', async (req, res) => {
    const hits = await remote.lookup().searchEntries(String(req.body.q || ''));
    res.json(hits.map((hit) => {
      hit.label = String(hit.title || '').trim();
      return hit;
    }));
  });

  // a query with a private key dropped before it is echoed back
  router.post('/preview', (req, res) => {
    delete req.body.tenantKey;
    res.json(req.body);
  });

  // the same through a helper given the body
  router.post('/preview/plain', (req, res) => {
    res.json(withoutInternals(req.body));
  });

  router.get('/me', requireUser, (req, res) => res.json(req.user));
  return router;
}

// the server starts with the HTTP helper its deployment gives it
module.exports = function start(remote, genai) {
  const app = express();
  app.use(express.json());
  app.use('/api', buildRouter(remote, genai));
  return app;
};
