import { Body, Controller, Post } from '@nestjs/common';
import { FollowTopicDto } from './follow.dto';
import { FollowService } from './follow.service';

@Controller('topics')
export class FollowController {
  constructor(private readonly follows: FollowService) {}

  @Post('follow')
  follow(@Body() dto: FollowTopicDto) { // expect: validation/unvalidated-input
    return this.follows.follow(dto.topicId);
  }
}
