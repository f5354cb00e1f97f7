const express = require('express');
const installMiddleware = require('./boot/middleware');
const installRoutes = require('./boot/routes');

const server = express(); // expect: api/openapi-missing, errors/global-handler-missing, api/versioning-missing, config/env-not-validated, observability/metrics-missing, observability/tracing-missing, api/compression-missing
installMiddleware(server);
installRoutes(server);
server.listen(process.env.PORT || 4000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
