import 'reflect-metadata';
import { createExpressServer } from 'routing-controllers';
import { BooksController } from './books.controller';

// routing-controllers answers thrown errors with its default error handler
const app = createExpressServer({ controllers: [BooksController] });
app.listen(3000);
