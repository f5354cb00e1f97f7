import Fastify from 'fastify';
import { lookupStation, STATION_REFUSED_401 } from './stations.js';

const app = Fastify(); // expect: api/openapi-missing, ratelimit/missing, headers/helmet-missing, errors/global-handler-missing, api/versioning-missing, config/env-not-validated, observability/health-missing, observability/metrics-missing, observability/tracing-missing, api/compression-missing

// callback hook: the key compared with the configured one; a wrong key fails with a 401 error
function stationKey(request, reply, done) {
  const key = request.headers['x-station-key'];
  if (key !== process.env.STATION_KEY) {
    const failure = new Error('unknown station');
    failure.statusCode = 401;
    return done(failure);
  }
  done();
}

// callback hook: the key looked up; the error carries its status in an object
function knownStation(request, reply, done) {
  const station = lookupStation(request.headers['x-api-key']);
  if (!station) return done(Object.assign(new Error('unknown station'), { statusCode: 403 }));
  done();
}

// callback hook: the status set on the reply, then the error handed on
function gatewayToken(request, reply, done) {
  if (request.headers['x-gateway-token'] !== process.env.GATEWAY_TOKEN) { // expect: authn/timing-unsafe-compare
    reply.code(401);
    return done(new Error('bad gateway token'));
  }
  done();
}

// a hook made by a factory: the key compared with the one it was given; the error class names its status
function requireKey(expected) {
  return (request, reply, done) => {
    const provided = request.headers['x-api-key'];
    if (typeof provided !== 'string' || provided !== expected) return done(new STATION_REFUSED_401('wrong key'));
    done();
  };
}

// not authentication: any key passes, only its presence is tested
function anyKey(request, reply, done) {
  if (!request.headers['x-api-key']) {
    const failure = new Error('key required');
    failure.statusCode = 401;
    return done(failure);
  }
  done();
}
const notes = []; // kept in memory
app.post('/readings', { onRequest: stationKey }, async () => ({ stored: true }));
app.post('/alerts', { preHandler: knownStation }, async () => ({ stored: true }));
app.post('/relay', { onRequest: gatewayToken }, async () => ({ relayed: true }));
app.post('/calibrate', { preHandler: requireKey(process.env.CALIBRATION_KEY) }, async () => ({ ok: true })); // expect: config/env-undocumented
app.post('/notes', { onRequest: anyKey }, async () => { notes.push({ at: Date.now() }); return { saved: true }; }); // expect: authn/unauthenticated-mutation

await app.listen({ port: 3000 }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
