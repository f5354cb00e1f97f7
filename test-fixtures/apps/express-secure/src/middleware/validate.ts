import type { NextFunction, Request, Response } from 'express';
import type { AnyZodObject } from 'zod';

/**
 * Validates `{ body, query, params }` against a zod object schema such as
 * `z.object({ params: z.object({ id: z.string().uuid() }) })`. Unknown body keys are stripped.
 */
export const validate =
  (schema: AnyZodObject) => (req: Request, res: Response, next: NextFunction) => {
    const result = schema.safeParse({ body: req.body, query: req.query, params: req.params });
    if (!result.success) {
      res.status(400).json({ error: 'ValidationError', issues: result.error.flatten().fieldErrors });
      return;
    }
    if (result.data.body !== undefined) req.body = result.data.body;
    next();
  };
