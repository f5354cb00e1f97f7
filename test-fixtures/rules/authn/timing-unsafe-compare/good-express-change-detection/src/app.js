const express = require('express')
const passport = require('passport')
const GithubStrategy = require('passport-github').Strategy
const { User } = require('./models')

// Keep the provider's tokens on the user row, saving only when they changed since the last sign-in.
function keepTokens (accessToken, refreshToken, profile, done) {
  User.findOrCreate({ where: { profileid: profile.id }, defaults: { accessToken, refreshToken } })
    .then(([user]) => {
      let needSave = false
      if (user.accessToken !== accessToken) {
        user.accessToken = accessToken
        needSave = true
      }
      if (user.refreshToken !== refreshToken) {
        user.refreshToken = refreshToken
        needSave = true
      }
      return (needSave ? user.save() : Promise.resolve(user)).then((u) => done(null, u))
    })
    .catch(done)
}

passport.use(new GithubStrategy({
  clientID: process.env.GITHUB_CLIENT_ID,
  clientSecret: process.env.GITHUB_CLIENT_SECRET,
  callbackURL: '/auth/github/callback'
}, keepTokens))

const app = express()
app.use(passport.initialize())
app.get('/auth/github', passport.authenticate('github'))
app.get('/auth/github/callback', passport.authenticate('github', { session: false }), (req, res) => res.redirect('/'))
app.listen(3000)
