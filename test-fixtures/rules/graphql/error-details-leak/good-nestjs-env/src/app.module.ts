import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';

const dev = process.env.NODE_ENV !== 'production';

@Module({
  imports: [
    GraphQLModule.forRoot<ApolloDriverConfig>({
      driver: ApolloDriver,
      autoSchemaFile: true,
      debug: dev,
      formatError: (error) => (dev ? error : { message: error.message, extensions: { code: error.extensions?.code } }),
    }),
  ],
})
export class AppModule {}
