import { Router } from 'express';

const router = Router();
/**
 * @openapi
 * /pets:
 *   get:
 *     summary: List pets
 */
router.get('/pets', (_req, res) => res.json([]));
export default router;
