import express from 'express';
import serverless from 'serverless-http';

const app = express();
app.get('/ping', (req, res) => { res.send('pong'); });

export const handler = serverless(app);
