import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NestjsQueryGraphQLModule } from '@ptc-org/nestjs-query-graphql';
import { NestjsQueryTypeOrmModule } from '@ptc-org/nestjs-query-typeorm';
import { GqlAuthGuard } from '../auth/gql-auth.guard';
import { Plan } from './plan.entity';
import { PlansResolver } from './plans.resolver';
import { PlanUsageResolver } from './usage-stats.resolver';

@Module({
  imports: [
    TypeOrmModule.forFeature([Plan]),
    NestjsQueryGraphQLModule.forFeature({
      imports: [NestjsQueryTypeOrmModule.forFeature([Plan])],
      resolvers: [
        {
          DTOClass: Plan,
          EntityClass: Plan,
          guards: [GqlAuthGuard],
          read: { many: { disabled: true } },
          create: { many: { disabled: true } },
          update: { disabled: true },
          delete: { disabled: true },
        },
      ],
    }),
  ],
  providers: [PlansResolver, PlanUsageResolver],
})
export class PlansModule {}
