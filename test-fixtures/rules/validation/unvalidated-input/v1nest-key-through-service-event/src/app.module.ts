import { Module } from '@nestjs/common';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { AuditService } from './audit/audit.service';
import { MembersController } from './members/members.controller';
import { MembersService } from './members/members.service';
import { PrismaService } from './prisma.service';

@Module({
  imports: [EventEmitterModule.forRoot()],
  controllers: [MembersController],
  providers: [MembersService, AuditService, PrismaService],
})
export class AppModule {}
