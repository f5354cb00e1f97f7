const Statement = require('../models/Statement');
const { ok, fail } = require('../utils/reply');

// a customer sees their own statements, a bookkeeper those assigned to them: anyone else is answered 403 through the
// envelope helper
const getStatement = async (req, res) => {
  const statement = await Statement.findById(req.params.statementId);
  if (!statement) return fail(res, 404, 'Not found');
  if (req.callerRole === 'customer' && String(statement.customerId) !== String(req.callerId)) {
    return fail(res, 403, 'Not yours');
  }
  if (req.callerRole === 'bookkeeper' && String(statement.bookkeeperId) !== String(req.callerId)) {
    return fail(res, 403, 'Not assigned to you');
  }
  return ok(res, 200, 'Statement', statement);
};

// the period of any statement, changed by whoever asks
const renameStatement = async (req, res) => {
  const statement = await Statement.findByIdAndUpdate(req.params.statementId, { period: String(req.body.period) }, { new: true }); // expect: authn/missing-ownership-check
  if (!statement) return fail(res, 404, 'Not found');
  return ok(res, 200, 'Renamed', statement);
};

module.exports = { getStatement, renameStatement };
