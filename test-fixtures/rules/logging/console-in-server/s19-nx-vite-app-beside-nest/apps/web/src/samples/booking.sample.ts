// a typed sample payload for the booking form, printed while designing the screen
export const sampleBooking = { service: 'cut', minutes: 45 };

export function printSample() {
  console.log('sample booking', sampleBooking);
}
