import { Injectable } from '@nestjs/common';

@Injectable()
export class PostsService {
  private posts: { id: string; title: string }[] = [];
  create(title: string) {
    const p = { id: String(this.posts.length + 1), title };
    this.posts.push(p);
    return p;
  }
  remove(id: string) {
    this.posts = this.posts.filter((p) => p.id !== id);
    return true;
  }
}
