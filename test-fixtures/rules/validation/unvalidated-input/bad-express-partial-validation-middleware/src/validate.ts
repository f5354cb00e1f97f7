import type { NextFunction, Request, Response } from 'express';
import type { ZodTypeAny } from 'zod';

type Part = 'body' | 'query' | 'params';

// Validates the request parts it is given a schema for, and only those.
export function validateRequest(schemas: Partial<Record<Part, ZodTypeAny>>) {
  return (req: Request, res: Response, next: NextFunction) => {
    for (const key of Object.keys(schemas) as Part[]) {
      const result = schemas[key]!.safeParse(req[key]);
      if (!result.success) return res.status(400).json({ error: result.error.flatten() });
    }
    next();
  };
}
