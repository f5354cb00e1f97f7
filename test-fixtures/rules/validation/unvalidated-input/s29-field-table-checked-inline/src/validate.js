// a small schema table: each listed field is required and tested by the type it names
const validateBody = (schema) => (req, res, next) => {
  const errors = {};
  for (const [field, rule] of Object.entries(schema)) {
    const value = req.body[field];
    if (rule.required && (value === undefined || value === null || value === '')) {
      errors[field] = `${field} is required`;
      continue;
    }
    if (rule.type === 'string' && typeof value !== 'string') errors[field] = `${field} must be a string`;
    if (rule.type === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) errors[field] = 'invalid email';
    if (rule.minLength && typeof value === 'string' && value.length < rule.minLength) errors[field] = 'too short';
    if (rule.maxLength && typeof value === 'string' && value.length > rule.maxLength) errors[field] = 'too long';
  }
  if (Object.keys(errors).length > 0) return res.status(400).json({ errors });
  next();
};

module.exports = { validateBody };
