import { Router } from 'express';

export interface TagStore {
  all(): string[];
}

// a router built by a factory from its dependencies
export function makeTagRouter(store: TagStore) {
  const r = Router();
  r.get('/', (_req, res) => res.json(store.all()));
  return r;
}
