'use strict'
const Router = require('express').Router
const settings = require('../settings')

// the local name and the module's export are one router
const signIn = module.exports = Router()

if (settings.passwordLogin) signIn.use(require('./password'))

signIn.get('/logout', function (req, res) {
  res.redirect('/')
})
