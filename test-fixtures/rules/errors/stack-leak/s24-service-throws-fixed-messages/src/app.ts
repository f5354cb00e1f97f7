import express from 'express';
import { RewardController } from './controllers/rewardController';

const app = express();
app.use(express.json());
const rewards = new RewardController();

app.post('/rewards/grant', (req, res) => rewards.grant(req, res));
app.post('/rewards/take', (req, res) => rewards.take(req, res));
app.post('/rewards/transfer', (req, res) => rewards.transfer(req, res));
app.get('/rewards/:memberId/history', (req, res) => rewards.history(req, res));

app.listen(3000);
