import { makeRouter } from '../../../lib/router';
import { listBooks } from './list';
import { readBook } from './read';

const router = makeRouter();
router.route('/', listBooks);
router.route('/', readBook);

export { router as publicBookRoutes };
