const express = require('express');

const app = express();
// the load balancer probes GET /
app.get('/', (req, res) => res.json({ service: 'greeting-api', status: 'up' }));
app.get('/greetings/:name', (req, res) => res.json({ text: `Hello, ${req.params.name}` }));
app.listen(process.env.PORT || 3000);
