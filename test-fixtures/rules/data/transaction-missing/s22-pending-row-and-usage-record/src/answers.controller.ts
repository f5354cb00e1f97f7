import { Body, Controller, Post } from '@nestjs/common';
import { AnswersService } from './answers.service';

@Controller('questions')
export class AnswersController {
  constructor(private readonly answers: AnswersService) {}

  @Post()
  ask(@Body() body: { text: string }) {
    return this.answers.ask(body.text);
  }

  @Post('paid')
  askPaid(@Body() body: { text: string; walletId: number }) {
    return this.answers.askPaid(body.text, body.walletId);
  }
}
