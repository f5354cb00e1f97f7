export function requireShop(req, res, next) {
  const shop = req.headers['x-shop'];
  if (!shop) return res.status(401).json({ error: 'unauthorized' });
  req.shopId = Number(shop);
  next();
}
