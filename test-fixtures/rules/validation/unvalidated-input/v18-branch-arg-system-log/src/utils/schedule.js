function flat(amount, months) {
  return { monthly: amount / months };
}

function declining(amount, months) {
  return { monthly: (amount / months) * 1.1 };
}

// plan only picks which formula runs
function planCost(amount, months, plan = 'flat') {
  const result = plan === 'flat' ? flat(amount, months) : declining(amount, months);
  return { total: result.monthly * months };
}

// style goes out in the answer as it came
function describe(amount, style) {
  return { amount, style };
}

module.exports = { planCost, describe };
