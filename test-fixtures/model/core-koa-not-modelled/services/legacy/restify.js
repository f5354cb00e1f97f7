const restify = require('restify');

const server = restify.createServer({ name: 'legacy' });
server.get('/status', (req, res, next) => { res.send(200); next(); });
server.listen(5000);
