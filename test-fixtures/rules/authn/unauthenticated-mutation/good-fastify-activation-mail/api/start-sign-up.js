// sign-up by e-mail: the registry stores a pending row with a token made on the server, the mail carries it
module.exports = async (req, res, ctx) => {
  const email = String(req.body.email).toLowerCase();
  const { activationToken } = await ctx.registry.openPending({ email });
  await ctx.mailer.sendActivationMail(email, activationToken);
  res.send({ sent: true });
};
