import { Module } from '@nestjs/common';
import { KyselyModule } from 'nestjs-kysely';
import { PostgresJSDialect } from 'kysely-postgres-js';
import postgres from 'postgres';
import { NotesController } from './notes.controller';

// the module owns the client and destroys it when the application shuts down
@Module({
  imports: [
    KyselyModule.forRootAsync({
      useFactory: () => ({
        dialect: new PostgresJSDialect({ postgres: postgres(process.env.DATABASE_URL ?? '') }),
      }),
    }),
  ],
  controllers: [NotesController],
})
export class AppModule {}
