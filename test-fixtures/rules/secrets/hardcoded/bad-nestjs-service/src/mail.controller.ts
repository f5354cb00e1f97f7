import { Body, Controller, Post } from '@nestjs/common';
import { MailService } from './mail.service';

@Controller('mail')
export class MailController {
  constructor(private readonly mail: MailService) {}

  @Post()
  send(@Body() body: { to: string; subject: string }) {
    return this.mail.send(body.to, body.subject);
  }
}
