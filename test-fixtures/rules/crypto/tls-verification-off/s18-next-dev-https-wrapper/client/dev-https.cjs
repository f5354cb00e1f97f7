// local HTTPS in front of next dev, with certificates from mkcert; production runs `next start`
const https = require('https');
const { readFileSync } = require('fs');
const { parse } = require('url');
const next = require('next');

process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

const port = Number(process.env.PORT || 3443);
const app = next({ dev: true, hostname: 'localhost', port });
const handle = app.getRequestHandler();
const tlsFiles = { key: readFileSync('./certs/dev-key.pem'), cert: readFileSync('./certs/dev-cert.pem') };

app.prepare().then(() => {
  https.createServer(tlsFiles, (req, res) => handle(req, res, parse(req.url, true))).listen(port, () => {
    console.log(`dev server on https://localhost:${port}`);
  });
});
