import bcrypt from 'bcrypt';
import express, { type NextFunction, type Request, type Response } from 'express';
import jwt from 'jsonwebtoken';
import { Pool } from 'pg';

const pool = new Pool();

const players = new Map<string, { name: string; passwordHash: string }>();

function requirePlayer(req: Request, res: Response, next: NextFunction) {
  try {
    jwt.verify(String(req.headers.authorization).slice(7), process.env.JWT_SECRET as string);
    next();
  } catch {
    res.status(401).end();
  }
}

async function storePlayer(id: string, hash: string) {
  await pool.query('UPDATE players SET password_hash = $1 WHERE id = $2', [hash, id]);
}

app_routes();

function app_routes() {
  const app = express();
  app.use(express.json());
  app.get('/players', requirePlayer, (_req, res) => res.json([...players.keys()]));

  // Takes a password from the body, but for the player the path names: anyone can take over any account.
  app.put('/players/:id', async (req, res) => { // expect: authn/unauthenticated-mutation
    await storePlayer(req.params.id, await bcrypt.hash(String(req.body.password), 12));
    res.status(204).end();
  });
  app.listen(3000);
}
