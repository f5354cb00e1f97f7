import { Injectable } from '@nestjs/common';

const drafts = new Map<number, { id: number; title: string }>();

@Injectable()
export class PostsService {
  list() {
    return [...drafts.values()];
  }

  create(title: string) {
    const post = { id: drafts.size + 1, title };
    drafts.set(post.id, post);
    return post;
  }

  titleTaken(title: string) {
    return [...drafts.values()].some((p) => p.title === title);
  }
}
