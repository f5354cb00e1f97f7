export async function listOrders(req, res) {
  console.log("listing orders for", req.query.customer); // expect: logging/console-in-server
  res.json([]);
}
