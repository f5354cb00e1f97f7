'use strict';
const { HfInference } = require('@huggingface/inference');

// Suggests a queue for a ticket's text; nothing is stored
class TriageService {
  constructor() {
    const token = process.env.HF_TOKEN;
    this.model = token ? new HfInference(token) : null;
    this.runHistory = [];
  }

  async suggest(text, photos) {
    let notes = null;
    if (photos && photos.length) {
      notes = await Promise.all(photos.map((p) => this.describe(p)));
    }
    if (!notes) notes = [];
    notes.unshift({ source: 'text', length: text.length });

    const labels = this.model
      ? await this.model.zeroShotClassification({ model: 'facebook/bart-large-mnli', inputs: text, parameters: { candidate_labels: ['billing', 'outage', 'other'] } })
      : null;

    // a rolling window of the last runs, kept in memory for a stats page
    this.runHistory.push({ at: Date.now(), labels });
    if (this.runHistory.length > 100) this.runHistory.shift();
    return { labels, notes };
  }

  async describe(photo) {
    return { name: photo.name, size: photo.size };
  }
}

module.exports = new TriageService();
