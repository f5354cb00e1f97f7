import express from 'express';
import { commentsRouter } from './comments';

// No limiter at all: that is ratelimit/missing's finding, not a late mount.
const app = express();
app.use(express.json());
app.use('/api/comments', commentsRouter);

app.listen(3000);
