import { Module } from '@nestjs/common';
import { NestjsQueryGraphQLModule } from '@ptc-org/nestjs-query-graphql';
import { NestjsQueryTypeOrmModule } from '@ptc-org/nestjs-query-typeorm';
import { GqlAuthGuard } from '../auth/gql-auth.guard';
import { Category } from './category.entity';
import { Note } from './note.entity';
import { Tag } from './tag.entity';

const readOnly = { one: { disabled: true }, many: { disabled: true } };

@Module({
  imports: [
    NestjsQueryGraphQLModule.forFeature({
      imports: [NestjsQueryTypeOrmModule.forFeature([Note, Category, Tag])],
      resolvers: [
        {
          DTOClass: Note,
          EntityClass: Note,
          enableAggregate: true,
          guards: [GqlAuthGuard],
          create: { many: { disabled: true } },
          update: { disabled: true },
          delete: { one: { name: 'removeMemo' }, many: { disabled: true } },
        },
        {
          // a public catalogue: reads only, no guard
          DTOClass: Category,
          EntityClass: Category,
          create: readOnly,
          update: readOnly,
          delete: { disabled: true },
        },
        {
          // guards: [] and no global guard: createOneTag is open to anyone
          DTOClass: Tag, // expect: graphql/unauthenticated-mutation
          EntityClass: Tag,
          read: { disabled: true },
          create: { many: { disabled: true } },
          update: { disabled: true },
          delete: { disabled: true },
          guards: [],
        },
      ],
    }),
  ],
})
export class NotesModule {}
