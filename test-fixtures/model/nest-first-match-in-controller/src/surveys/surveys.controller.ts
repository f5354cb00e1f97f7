import { Controller, Get, Param, ParseIntPipe } from '@nestjs/common';

const surveys = [{ id: 1, title: 'Onboarding', questions: ['How did you hear of us?'] }];

@Controller('surveys')
export class SurveysController {
  // written before the parameter route: Express tries it first, so it is reached
  @Get('summary')
  summary() {
    return { count: surveys.length };
  }

  @Get(':id')
  findOne(@Param('id', ParseIntPipe) id: number) {
    return surveys.find((s) => s.id === id) ?? null;
  }

  // declared after GET :id in the same controller: GET /surveys/questions reaches findOne (and its pipe answers 400)
  @Get('questions')
  questions() {
    return surveys.flatMap((s) => s.questions);
  }

  // two segments: :id does not match it
  @Get(':id/questions')
  questionsOf(@Param('id', ParseIntPipe) id: number) {
    return surveys.find((s) => s.id === id)?.questions ?? [];
  }
}
