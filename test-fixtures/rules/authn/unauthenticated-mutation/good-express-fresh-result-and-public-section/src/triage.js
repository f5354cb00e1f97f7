class TriageEngine {
  decide(text) {
    const verdict = { text, category: 'general', confidence: 0.2 };
    if (String(text).includes('refund')) return this.settle(verdict, 'billing');
    return verdict;
  }

  settle(verdict, category) {
    verdict.category = category;
    verdict.confidence = 0.9;
    return verdict;
  }
}

module.exports = new TriageEngine();
