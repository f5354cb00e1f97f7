const CHECKS = {
  email: (v) => (typeof v === 'string' && /^[^@\s]+@[^@\s]+$/.test(v) ? null : 'must be an email'),
  name: (v) => (typeof v === 'string' && v.length <= 80 ? null : 'must be a short text'),
  amount: (v) => (typeof v === 'number' && v > 0 ? null : 'must be a positive number'),
};

function checkValue(value, kind) {
  const check = CHECKS[kind];
  if (!check) return 'unknown rule';
  return check(value);
}

// one rule name per body field: every listed field must be present and pass its rule
function validateFields(rules) {
  return (req, res, next) => {
    const errors = {};
    for (const [field, kind] of Object.entries(rules)) {
      const value = req.body[field];
      if (value === undefined || value === null) {
        errors[field] = 'required';
        continue;
      }
      const problem = checkValue(value, kind);
      if (problem) errors[field] = problem;
    }
    if (Object.keys(errors).length > 0) return res.status(400).json({ errors });
    next();
  };
}

module.exports = { validateFields };
