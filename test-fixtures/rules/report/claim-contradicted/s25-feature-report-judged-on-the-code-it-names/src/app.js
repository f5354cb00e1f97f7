const express = require('express');
const helmet = require('helmet');
const categories = require('./modules/forum/categories.routes');
const projects = require('./modules/projects/projects.routes');
const users = require('./modules/users/users.routes');

const app = express();
app.use(helmet());
app.use(express.json());
app.use('/forum/categories', categories);
app.use('/projects', projects);
app.use('/users', users);
app.listen(3000);
