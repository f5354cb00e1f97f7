import { container } from 'tsyringe';
import { TOKENS } from './tokens';
import { AuthFactory } from '../middlewares/auth.factory';
import { StoryStore } from '../routes/story.store';

export function registerDependencies() {
  container.register(TOKENS.AuthFactory, { useClass: AuthFactory });
  container.registerSingleton(TOKENS.StoryStore, StoryStore);
}
