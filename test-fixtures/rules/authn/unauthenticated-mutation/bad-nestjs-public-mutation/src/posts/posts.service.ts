import { Injectable, NotFoundException } from '@nestjs/common';

export interface Post {
  id: number;
  title: string;
}

@Injectable()
export class PostsService {
  private readonly posts = new Map<number, Post>();

  list() {
    return [...this.posts.values()];
  }

  create(title: string) {
    const post = { id: this.posts.size + 1, title };
    this.posts.set(post.id, post);
    return post;
  }

  remove(id: number) {
    if (!this.posts.delete(id)) throw new NotFoundException();
  }
}
