// Answers computed from the prompt, kept for a few minutes so a repeated question costs nothing.
const answerCache = new Map();

function remember(prompt, answer) {
  answerCache.set(prompt.slice(0, 80), { answer, at: Date.now() });
  if (answerCache.size > 50) {
    const oldest = answerCache.keys().next().value;
    answerCache.delete(oldest);
  }
}

function explain(prompt) {
  const hit = answerCache.get(prompt.slice(0, 80));
  if (hit) return hit.answer;
  const answer = `summary of ${prompt.length} characters`;
  remember(prompt, answer);
  return answer;
}

module.exports = { explain };
