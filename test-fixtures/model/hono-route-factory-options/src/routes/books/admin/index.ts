import { makeRouter } from '../../../lib/router';
import { createBook } from './create';
import { removeBook } from './remove';

const router = makeRouter();
router.route('/', createBook);
router.route('/', removeBook);

export { router as adminBookRoutes };
