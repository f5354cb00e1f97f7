import type { NextFunction, Request, Response } from 'express';

export default class Failures {
  async notFound(req: Request, res: Response, next: NextFunction) {
    res.status(404).render('missing');
  }

  async handle(problem: any, req: Request, res: Response, next: NextFunction) {
    res.status(problem.status || 500);
    res.render('failure', { title: 'Something went wrong' });
  }
}
