import type { NextFunction, Request, Response } from 'express';
import type { ZodTypeAny } from 'zod';

interface RequestSchemas {
  body?: ZodTypeAny;
  query?: ZodTypeAny;
  params?: ZodTypeAny;
}

/** Validates the request parts it is given and replaces them with the parsed values. */
export function validate(schemas: RequestSchemas) {
  return (req: Request, res: Response, next: NextFunction) => {
    const issues = [];
    if (schemas.params) {
      const r = schemas.params.safeParse(req.params);
      if (r.success) req.params = r.data;
      else issues.push(...r.error.issues);
    }
    if (schemas.query) {
      const r = schemas.query.safeParse(req.query);
      if (r.success) Object.defineProperty(req, 'query', { value: r.data });
      else issues.push(...r.error.issues);
    }
    if (schemas.body) {
      const r = schemas.body.safeParse(req.body);
      if (r.success) req.body = r.data;
      else issues.push(...r.error.issues);
    }
    if (issues.length > 0) return res.status(400).json({ issues });
    next();
  };
}
