import { IsNotEmpty, IsString } from 'class-validator';

export class FollowTopicDto {
  @IsString()
  @IsNotEmpty()
  topicId!: string;
}
