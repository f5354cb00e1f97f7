'use strict'

// Fastify answers a thrown error with its statusCode: each refusal below is a 401 or 403
async function signedIn(request, reply) {
  const bearer = request.headers.authorization?.replace('Bearer ', '');
  if (!bearer) {
    const missing = new Error('Sign in first');
    missing.statusCode = 401;
    throw missing;
  }
  try {
    // the session store the server decorated itself with (fastify.decorate('sessions', ..))
    request.member = await this.sessions.lookup(bearer);
  } catch (cause) {
    const invalid = new Error('Session expired');
    invalid.statusCode = 401;
    throw invalid;
  }
}

function rank(required) {
  return async function (request, reply) {
    if (!request.member) {
      const err = new Error('Sign in first');
      err.statusCode = 401;
      throw err;
    }
    if (request.member.rank !== required) {
      const err = new Error('Not allowed');
      err.statusCode = 403;
      throw err;
    }
  };
}

// a status that is no refusal: the error says the request was malformed
async function jsonOnly(request, reply) {
  if (!String(request.headers['content-type'] || '').startsWith('application/json')) {
    const err = new Error('JSON expected');
    err.statusCode = 415;
    throw err;
  }
}

module.exports = { signedIn, rank, jsonOnly };
