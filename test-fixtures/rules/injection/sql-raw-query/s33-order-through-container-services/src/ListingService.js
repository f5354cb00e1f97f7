class ListingService {
  constructor(listingRepository) {
    this.listingRepository = listingRepository;
  }

  async list(options) {
    return this.listingRepository.page({ limit: Math.min(options.limit || 20, 50), direction: (options.sortOrder || 'desc').toUpperCase() });
  }

  async weekly() {
    return this.listingRepository.recent(7);
  }
}

module.exports = ListingService;
