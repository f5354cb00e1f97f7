function evaluateFormula(expr) {
  const cleaned = String(expr).trim();
  return eval(cleaned); // expect: injection/code
}

module.exports = { evaluateFormula };
