import { Router } from 'express';
import type { Mountable } from './route';

export class HealthRoute implements Mountable {
  public path = '/health';
  public router = Router();

  constructor() {
    this.register();
  }

  private register() {
    this.router.get(`${this.path}`, (_req, res) => res.json({ up: true }));
  }
}
