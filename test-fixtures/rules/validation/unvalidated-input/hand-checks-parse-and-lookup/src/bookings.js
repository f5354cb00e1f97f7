import { Host, Venue } from './models.js';

class HttpError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

// the host must exist: an unknown id ends in a 404 before the venue changes hands
export async function assignHost(venueId, hostId) {
  const host = await Host.findById(hostId);
  if (!host) throw new HttpError('no such host', 404);
  return Venue.findByIdAndUpdate(venueId, { host: host._id });
}
