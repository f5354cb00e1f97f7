import express, { NextFunction, Request, Response } from 'express';

const app = express();
app.use(express.json());

app.get('/api/members', (req, res) => {
  res.json([]);
});

// the message goes out only in the branch of a client error's status; a 5xx gets fixed text
app.use((err: any, req: Request, res: Response, _next: NextFunction) => {
  const status = err.status || err.statusCode || 500;
  console.error('request failed', {
    error: err.message,
    url: req.url,
  });
  let message = 'Internal Server Error';
  if (status < 500) {
    message = err.message || 'Bad Request';
  } else {
    message = 'Internal Server Error';
  }
  res.status(status).json({ error: message });
});

const admin = express.Router();
admin.get('/api/admin/report', (req, res) => {
  res.json({});
});
// the message is taken for a client status, and again for every other error
admin.use((err: any, req: Request, res: Response, _next: NextFunction) => {
  const status = err.statusCode || 500;
  let message = err.message;
  if (status < 500) {
    message = err.message || 'Bad Request';
  }
  res.status(status).json({ error: message }); // expect: errors/stack-leak
});
app.use(admin);

app.listen(3000);
