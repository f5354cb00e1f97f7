import { Injectable } from '@nestjs/common';
// the schedule helper this module used was removed with it
import { everyHour } from '../scheduling/cron';

@Injectable()
export class InsightsService {
  start() {
    everyHour(() => undefined);
  }
}
