function finishLogin(res, target) {
  res.redirect(target || '/dashboard'); // expect: injection/open-redirect
}

module.exports = { finishLogin };
