import { Request, Response } from 'express';
import { RewardService } from '../services/rewardService';

const rewardService = new RewardService();

export class RewardController {
  async grant(req: Request, res: Response) {
    try {
      const { memberId, points } = req.body;
      const id = await rewardService.grant(memberId, Number(points));
      const balance = await rewardService.balance(memberId);
      res.json({ id, balance });
    } catch (error) {
      const message = error instanceof Error ? error.message : 'Could not grant the points';
      res.status(500).json({ success: false, message });
    }
  }

  async take(req: Request, res: Response) {
    try {
      const id = await rewardService.take(req.body.memberId, Number(req.body.points));
      res.json({ id });
    } catch (error) {
      const message = error instanceof Error ? error.message : 'Could not take the points';
      res.status(500).json({ success: false, message });
    }
  }

  async transfer(req: Request, res: Response) {
    try {
      await rewardService.transfer(req.body.from, req.body.to, Number(req.body.points));
      res.json({ ok: true });
    } catch (error) {
      const message = error instanceof Error ? error.message : 'Could not transfer';
      res.status(500).json({ success: false, message }); // expect: errors/stack-leak
    }
  }

  async history(req: Request, res: Response) {
    try {
      const rows = await rewardService.history(req.params.memberId);
      res.json({ rows });
    } catch (error) {
      const message = error instanceof Error ? error.message : 'Could not read the history';
      res.status(500).json({ success: false, message }); // expect: errors/stack-leak
    }
  }
}
