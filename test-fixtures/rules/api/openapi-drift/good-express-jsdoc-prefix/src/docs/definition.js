const port = process.env.PORT || 3000;

// the version prefix is only in the server URL, written as a template
module.exports = {
  openapi: '3.0.0',
  info: { title: 'Fleet', version: '1.0.0' },
  servers: [{ url: `http://localhost:${port}/v1` }],
};
