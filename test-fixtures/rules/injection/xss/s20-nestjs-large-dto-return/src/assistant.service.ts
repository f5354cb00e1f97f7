import { Injectable } from '@nestjs/common';
import { ReplyDto } from './reply.dto';

@Injectable()
export class AssistantService {
  // answers an instance built from many request fields: Nest serialises it as JSON
  async reply(input: { question: string; topic: string; tone: string; tags: string[]; persona?: string; lang?: string }) {
    const intro = `${input.persona ?? 'assistant'} (${input.lang ?? 'en'}) on ${input.topic}`;
    const prompt = `${intro}: ${input.question} [${input.tone}] ${input.tags.map((t) => `#${t}`).join(' ')}`;
    const long = `${prompt} / ${prompt.toUpperCase()} / ${prompt.toLowerCase()} / ${intro.trim()} / ${input.question.trim()}`;
    const reply = new ReplyDto({
      text: `${long} -> ${long.length} chars about ${input.topic} in ${input.tone}`,
      prompt: `${prompt} :: ${long} :: ${intro}`,
      topic: `${input.topic} / ${intro} / ${prompt}`,
      tone: `${input.tone} / ${long} / ${input.question}`,
      tags: input.tags.map((t) => `${t}:${long}:${prompt}`),
      summary: `${intro} ${prompt} ${long} ${input.question} ${input.topic} ${input.tone}`,
    });
    return reply;
  }

  // a string: sent as text/html
  async echo(question: string) {
    return `<p>${question}</p>`;
  }
}
