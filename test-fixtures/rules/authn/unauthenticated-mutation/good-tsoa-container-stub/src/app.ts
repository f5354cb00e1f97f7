import express from 'express';
import { RegisterRoutes } from './routes';

const app = express();
app.use(express.json());
RegisterRoutes(app);
app.listen(3000);
