import express from 'express';
import { posts } from './routes/posts';
import { products } from './routes/products';

const app = express();
app.use(express.json());
app.use('/posts', posts);
app.use('/products', products);

app.listen(3000);
