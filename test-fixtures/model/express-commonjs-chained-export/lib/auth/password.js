'use strict'
const Router = require('express').Router
const bodyParser = require('body-parser')

const passwordAuth = module.exports = Router()
const form = bodyParser.urlencoded({ extended: false })

passwordAuth.post('/login', form, function (req, res) {
  res.redirect('/')
})
