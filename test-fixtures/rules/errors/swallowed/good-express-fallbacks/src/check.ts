import type { Request, Response } from 'express';

/** Answers 400 itself when a field is missing, then rejects so the caller stops. */
export function check(fields: string[]) {
  return (req: Request, res: Response) =>
    new Promise<void>((resolve, reject) => {
      const missing = fields.filter((f) => !req.body?.[f]);
      if (missing.length > 0) {
        res.status(400).json({ missing });
        reject();
        return;
      }
      resolve();
    });
}
