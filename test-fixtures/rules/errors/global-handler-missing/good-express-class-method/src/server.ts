import express from 'express';
import { Failures } from './controllers';

const site = express();
const failures = new Failures();

site.set('view engine', 'ejs');
site.get('/', (req, res) => res.render('home'));
site.get('/about', (req, res) => res.render('about'));

site.use(failures.notFound);
site.use(failures.handle);

site.listen(3000);
