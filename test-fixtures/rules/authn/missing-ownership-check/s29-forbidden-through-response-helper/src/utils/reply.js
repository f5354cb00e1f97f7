// every answer of the API has the same envelope
const send = (res, status, ok, message, data = null) => {
  const body = { ok, message };
  if (data) body.data = data;
  return res.status(status).json(body);
};

const ok = (res, status = 200, message = 'OK', data = null) => send(res, status, true, message, data);

const fail = (res, status = 400, message = 'Error') => send(res, status, false, message);

module.exports = { send, ok, fail };
