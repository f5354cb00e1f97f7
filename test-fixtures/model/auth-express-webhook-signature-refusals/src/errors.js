function sendError(res, code, message, status = 400) {
  return res.status(status).json({ ok: false, code, message });
}

module.exports = { sendError };
