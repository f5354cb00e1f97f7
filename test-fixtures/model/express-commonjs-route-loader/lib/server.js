const express = require('express');
const installMiddleware = require('./boot/middleware');
const installRoutes = require('./boot/routes');

const server = express(); // expect: api/compression-missing
installMiddleware(server);
installRoutes(server);
server.listen(process.env.PORT || 4000);
