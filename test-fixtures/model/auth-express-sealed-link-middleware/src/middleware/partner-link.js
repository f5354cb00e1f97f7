import { openPartnerLink, openTheme } from '../lib/seal.js';

export function createPartnerLinkAuth(db) {
  return async (req, res, next) => {
    const sealed = req.query.data;
    if (!sealed) return res.status(400).json({ error: 'missing link data' });
    const email = openPartnerLink(sealed);
    if (!email) return res.status(400).json({ error: 'invalid link data' });
    const { rows } = await db.query('SELECT id, email FROM customers WHERE email = $1', [email]);
    req.partner = rows[0];
    next();
  };
}

export function createThemeReader() {
  return (req, res, next) => {
    req.theme = req.query.theme ? openTheme(req.query.theme) : 'light';
    next();
  };
}
