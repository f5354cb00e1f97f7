import pg from 'pg';
import Stripe from 'stripe';
import jwt from 'jsonwebtoken';

const db = new pg.Pool();
const seen = new Map();

class Billing {
  constructor() {
    this.stripe = new Stripe(process.env.STRIPE_KEY);
  }
  // the SDK encodes the id into its request path; the answer's status is what counts
  async settle(sessionId) {
    const session = await this.stripe.checkout.sessions.retrieve(sessionId);
    return session.payment_status === 'paid';
  }
}
export const billing = new Billing();

// a bound parameter of a SELECT, and a key of an in-memory map
export async function ticketByCode(code) {
  if (seen.has(code)) return seen.get(code);
  const { rows } = await db.query('SELECT id, title FROM tickets WHERE code = $1 AND open = true', [code]);
  return rows[0];
}

// the value is a filter of a DELETE, one call further down
export async function closeTicket(ownerId, ticketId) {
  return removeRow(ownerId, ticketId);
}
async function removeRow(ownerId, id) {
  await db.query('DELETE FROM tickets WHERE id = $1 AND owner = $2', [id, ownerId]);
}

// a bound parameter, but written: the title is stored as sent
export async function retitle(ticketId, title) {
  await db.query('UPDATE tickets SET title = $1 WHERE id = $2', [title, ticketId]);
}

// a page size handed to LIMIT is a number the query trusts as it is
export async function latest(limit) {
  const { rows } = await db.query('SELECT id FROM tickets ORDER BY id DESC LIMIT $1', [limit]);
  return rows;
}

// the theme only picks a branch; anything else falls back to the default
export function paletteFor(theme) {
  switch (theme) {
    case 'dark':
      return lookupPalette('night');
    default:
      return lookupPalette('day');
  }
}
function lookupPalette(name) {
  return { name };
}

// a token whose claims are read (null when it is no JWT), then an equality key of a DELETE
export async function forgetSession(token) {
  const claims = jwt.decode(token);
  if (!claims || !claims.sub) throw new Error('Invalid token');
  await db.query('DELETE FROM sessions WHERE user_id = $1 AND token = $2', [claims.sub, token]);
}
