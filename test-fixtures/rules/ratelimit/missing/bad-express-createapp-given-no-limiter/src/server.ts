import { createApp } from './app';

const requestLog = (req: any, _res: any, next: () => void) => {
  console.info(req.method, req.url);
  next();
};

createApp({ requestLog }).listen(3000);
