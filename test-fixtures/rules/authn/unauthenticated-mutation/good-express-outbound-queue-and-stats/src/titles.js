// suggests a title with a generative model whose client the caller supplies
class TitleWriter {
  constructor(client) {
    this.client = client;
  }

  async suggest(text) {
    const model = this.client.getGenerativeModel({ model: 'gemini-1.5-flash' });
    const out = await model.generateContent('Suggest a short title for: ' + text);
    return out.response.text().trim();
  }
}

module.exports = TitleWriter;
