const totalsByRange = (rows) => {
  const grouped = rows.reduce((acc, row) => {
    if (!acc[row.range]) acc[row.range] = [];
    acc[row.range].push(row);
    return acc;
  }, {});
  const totals = Object.entries(grouped).reduce((acc, [range, items]) => {
    acc[range] = items.reduce((sum, item) => sum + item.count, 0);
    return acc;
  }, {});
  return totals;
};

const orderSummary = (order) => {
  const beds = totalsByRange(order.beds);
  delete beds[''];
  return Object.keys(beds).map((k) => `${k}: ${beds[k]}`).join('\n');
};

module.exports = { orderSummary };
