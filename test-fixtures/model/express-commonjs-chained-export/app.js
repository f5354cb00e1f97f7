'use strict'
const express = require('express')
const app = express() // expect: api/openapi-missing, headers/helmet-missing, ratelimit/missing, errors/global-handler-missing, api/versioning-missing, observability/metrics-missing, observability/tracing-missing, api/compression-missing
app.use(require('./lib/routes').router)
app.listen(3000) // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
