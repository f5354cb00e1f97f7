import StatsService from './stats.service.js';

export class StatsController {
  async paid(request, reply) {
    const { from, to, bucket = 'month' } = request.query;
    const rows = await StatsService.paidByPeriod(from, to, bucket);
    return reply.send({ data: rows });
  }

  async labelled(request, reply) {
    const rows = await StatsService.byLabel(request.query.label);
    return reply.send({ data: rows });
  }

  async dashboard(request, reply) {
    const year = new Date().getFullYear();
    const rows = await StatsService.paidByPeriod(`${year}-01-01`, `${year}-12-31`);
    return reply.send({ data: rows });
  }
}
