import { router } from '../index';
import { billingRouter } from './billing';
import { cardsRouter } from './cards';

export const appRouter = router({
  cards: cardsRouter,
  billing: billingRouter,
});

export type AppRouter = typeof appRouter;
