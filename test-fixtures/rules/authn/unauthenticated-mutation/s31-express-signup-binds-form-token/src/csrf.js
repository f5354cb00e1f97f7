import crypto from 'crypto';

// Binds the anti-forgery token to the account the request is about: the signed-in one, or the one just created.
export const issueFormToken = (req, res, opts = {}) => {
  if (opts && typeof opts.userId === 'string' && opts.userId && (!req.user || typeof req.user.id !== 'string' || !req.user.id)) {
    req.user = { ...(req.user || {}), id: opts.userId };
  }
  const token = crypto.createHmac('sha256', process.env.FORM_SECRET).update(String(req.user?.id || 'anon')).digest('hex');
  res.cookie('form-token', token, { httpOnly: true, secure: true, sameSite: 'strict' });
  return token;
};
