import { Module } from '@nestjs/common';
import { TicketController } from './ticket.controller';
import { TicketService } from './ticket.service';
import { AccessService } from './access.service';
import { PrismaService } from './prisma.service';

@Module({
  controllers: [TicketController],
  providers: [TicketService, AccessService, PrismaService],
})
export class AppModule {}
