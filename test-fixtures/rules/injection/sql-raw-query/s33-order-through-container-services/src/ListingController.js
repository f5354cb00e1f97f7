class ListingController {
  constructor(listingService) {
    this.listingService = listingService;
  }

  async list(request, reply) {
    const { limit = '20', sort_order = 'desc' } = request.query;
    const items = await this.listingService.list({ limit: parseInt(limit, 10), sortOrder: sort_order });
    return reply.send(items);
  }

  async weekly(request, reply) {
    return reply.send(await this.listingService.weekly());
  }
}

module.exports = ListingController;
