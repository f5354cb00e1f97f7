import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import axios from 'axios';
import { Question, TokenUsageRecord, Wallet } from './entities';

@Injectable()
export class AnswersService {
  constructor(
    @InjectRepository(Question) private readonly questions: Repository<Question>,
    @InjectRepository(TokenUsageRecord) private readonly usage: Repository<TokenUsageRecord>,
    @InjectRepository(Wallet) private readonly wallets: Repository<Wallet>,
  ) {}

  // the row is kept pending while the model answers, then completed: one row saved twice, and the tokens the
  // model spent are metered whatever happens next
  async ask(text: string) {
    const pending = this.questions.create({ text, state: 'pending' });
    const saved = await this.questions.save(pending);
    const reply = await axios.post('https://models.example.com/v1/answer', { text });
    await this.usage.save(this.usage.create({ tokens: reply.data.tokens }));
    saved.answer = reply.data.answer;
    saved.state = 'answered';
    return this.questions.save(saved);
  }

  // the credits taken and the question asked belong together
  async askPaid(text: string, walletId: number) {
    const wallet = await this.wallets.findOne({ where: { id: walletId } });
    if (!wallet) throw new NotFoundException();
    wallet.credits = wallet.credits - 1;
    await this.wallets.save(wallet); // expect: data/transaction-missing
    const saved = await this.questions.save(this.questions.create({ text, state: 'pending' }));
    return saved;
  }
}
