import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { PostsResolver } from './posts.resolver';
import { PostsService } from './posts.service';
import { ServiceKeys } from "./service-keys";

@Module({
  imports: [GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, autoSchemaFile: true })],
  providers: [PostsResolver, PostsService, ServiceKeys],
})
export class AppModule {}
