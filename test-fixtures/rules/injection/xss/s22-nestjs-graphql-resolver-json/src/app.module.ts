import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { TracesResolver } from './traces.resolver';
import { TracesController } from './traces.controller';

@Module({
  imports: [GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, autoSchemaFile: true })],
  controllers: [TracesController],
  providers: [TracesResolver],
})
export class AppModule {}
