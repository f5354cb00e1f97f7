'use strict'
module.exports = { passwordLogin: process.env.PASSWORD_LOGIN === 'true' } // expect: config/env-undocumented
