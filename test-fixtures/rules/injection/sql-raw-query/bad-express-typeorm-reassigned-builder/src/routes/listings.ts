import { Router } from 'express';
import { ListingService } from '../services/listings';

const service = new ListingService();
export const listings = Router();

listings.get('/', async (req, res) => {
  const sort = (req.query.sort as 'price' | 'createdAt') || 'createdAt';
  res.json(await service.page(req.query.category as string | undefined, sort));
});
