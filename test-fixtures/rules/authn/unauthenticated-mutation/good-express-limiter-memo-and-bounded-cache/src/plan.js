const { z } = require('zod');

const Plan = z.object({ stops: z.array(z.string()).min(2) });

function describeIssues(err) {
  return err.flatten();
}

// Checks a route plan and says what is wrong with it; nothing is kept.
function checkPlan(input) {
  const parsed = Plan.safeParse(input);
  if (!parsed.success) return { ok: false, issues: describeIssues(parsed.error) };
  return { ok: true, stops: parsed.data.stops.length };
}

module.exports = { checkPlan };
