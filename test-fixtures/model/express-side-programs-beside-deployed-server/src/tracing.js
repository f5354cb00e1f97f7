const { NodeSDK } = require('@opentelemetry/sdk-node');
// brought by sdk-node, not declared: a registry package, not the project's src/api folder
const otel = require('@opentelemetry/api');

const sdk = new NodeSDK({ serviceName: 'tune-finder' });
sdk.start();

module.exports = { tracer: otel.trace.getTracer('tune-finder') };
