import http from 'node:http';

// a throwaway identity provider for local end-to-end runs
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ sub: 'dev-user' }));
});
server.listen(4010, '127.0.0.1');
