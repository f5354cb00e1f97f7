import { Injectable } from '@nestjs/common';

@Injectable()
export class FollowService {
  private readonly followed: string[] = [];

  follow(topicId: string) {
    this.followed.push(topicId);
    return { following: this.followed.length };
  }
}
