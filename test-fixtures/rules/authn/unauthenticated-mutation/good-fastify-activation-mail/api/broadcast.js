// a mail whose text the caller chooses, sent to an address the caller chooses
module.exports = async (req, res, ctx) => {
  await ctx.mailer.sendNoticeMail(req.body.to, req.body.text);
  res.send({ sent: true });
};
