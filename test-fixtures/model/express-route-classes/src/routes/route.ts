import type { Router } from 'express';

export interface Mountable {
  path: string;
  router: Router;
}
