export class ReplyDto {
  constructor(init: Partial<ReplyDto>) {
    Object.assign(this, init);
  }
  text?: string;
  prompt?: string;
  topic?: string;
  tone?: string;
  tags?: string[];
  summary?: string;
}
