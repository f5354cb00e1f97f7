'use strict'
const { Router } = require('express')
const pages = Router()

pages.get('/', (req, res) => res.send('home'))
// the sign-in routers: a folder whose index exports its router by a chained assignment
pages.use(require('./auth'))
pages.get('/about', (req, res) => res.send('about'))

exports.router = pages
