import { Injectable } from '@nestjs/common';
import { randomUUID } from 'crypto';

@Injectable()
export class QuizService {
  shuffle<T>(items: T[]): T[] {
    return [...items].sort(() => Math.random() - 0.5);
  }

  newAttempt() {
    return { attemptId: randomUUID(), delayMs: Math.floor(Math.random() * 500) };
  }

  pickQuestion(questions: string[]) {
    const index = Math.floor(Math.random() * questions.length);
    return questions[index];
  }
}
