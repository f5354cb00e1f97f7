import { Request, Response, NextFunction } from 'express';

// the header's first 20 characters ("Bearer " and the token's fixed header start), or a placeholder when none is sent
export const traceAuth = (req: Request, _res: Response, next: NextFunction): void => {
  console.log('[auth] incoming', {
    authorization: req.headers.authorization ? `${req.headers.authorization.substring(0, 20)}...` : 'NONE',
    agent: req.headers['user-agent'],
  });
  next();
};

// the whole header when it is sent
export const dumpAuth = (req: Request, _res: Response, next: NextFunction): void => {
  console.log('[auth] incoming', { // expect: logging/sensitive-data
    authorization: req.headers.authorization ? req.headers.authorization : 'NONE',
  });
  next();
};
