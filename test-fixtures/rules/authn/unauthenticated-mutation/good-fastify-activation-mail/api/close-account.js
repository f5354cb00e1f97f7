module.exports = async (req, res, ctx) => {
  await ctx.registry.close(req.user.sub);
  res.code(204).send();
};
