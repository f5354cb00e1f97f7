import { NestFactory } from '@nestjs/core';
import { SeedModule } from './seed.module';
import { SeedService } from './seed.service';

// a database seed run from the command line: it boots the module graph, works and closes
async function runSeed() {
  const app = await NestFactory.create(SeedModule);
  await app.get(SeedService).run();
  await app.close();
}

void runSeed();
