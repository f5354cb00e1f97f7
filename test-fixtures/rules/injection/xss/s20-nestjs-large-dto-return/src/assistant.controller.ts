import { Body, Controller, Post } from '@nestjs/common';
import { AssistantService } from './assistant.service';

@Controller('assistant')
export class AssistantController {
  constructor(private readonly assistant: AssistantService) {}

  @Post('reply')
  reply(@Body() body: { question: string; topic: string; tone: string; tags: string[] }) {
    return this.assistant.reply(body);
  }

  @Post('echo')
  echo(@Body() body: { question: string }) { // expect: injection/xss
    return this.assistant.echo(body.question);
  }
}
