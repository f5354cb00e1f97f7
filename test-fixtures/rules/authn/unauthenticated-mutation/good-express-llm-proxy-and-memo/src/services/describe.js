import { ChatGoogleGenerativeAI } from '@langchain/google-genai';

export class DescribeService {
  constructor() {
    this.model = new ChatGoogleGenerativeAI({ model: 'gemini-2.0-flash', apiKey: process.env.GOOGLE_API_KEY });
  }

  async describe(plate) {
    const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('model timeout')), 20000));
    const answer = await Promise.race([this.model.invoke(`Which region issues the plate ${plate}?`), timeout]);
    return String(answer.content);
  }
}
