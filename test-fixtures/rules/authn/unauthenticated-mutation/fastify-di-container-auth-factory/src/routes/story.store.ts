import { injectable } from 'tsyringe';

@injectable()
export class StoryStore {
  private readonly stories = new Map<string, { owner: string; title: string }>();

  save(id: string, owner: string, title: string) {
    this.stories.set(id, { owner, title });
  }

  remove(id: string) {
    this.stories.delete(id);
  }
}
