import express from 'express';

class Pages {
  home(req: express.Request, res: express.Response) {
    res.render('home');
  }

  // three parameters: Express runs it as ordinary middleware, not as an error handler
  fallback(req: express.Request, res: express.Response, next: express.NextFunction) {
    res.status(404).render('missing');
  }
}

const site = express(); // expect: errors/global-handler-missing[warning]
const pages = new Pages();
site.get('/', pages.home);
site.use(pages.fallback);

site.listen(3000);
