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

export class MockDnsProvider {
  register(hostname: string) {
    return { recordId: `mock-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`, hostname };
  }
}

export function randomUserIds(users: { id: string }[]) {
  const ids: string[] = [];
  while (ids.length < 5) {
    const randomIndex = Math.floor(Math.random() * users.length);
    ids.push(users[randomIndex].id);
  }
  return ids;
}

export function genTicket() {
  return 'TKT-' + Math.floor(Math.random() * 1e6);
}

export function handleConfirmation() {
  return { ticket: genTicket() };
}
