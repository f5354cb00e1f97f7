import { PrismaClient } from '@prisma/client';

// never returns: every call throws an error carrying the status the route answers with
function fail(message: string, statusCode: number): never {
  const err = new Error(message) as Error & { statusCode: number };
  err.statusCode = statusCode;
  throw err;
}

// a one-statement thrower, no return type written
const gone = (what: string) => {
  throw Object.assign(new Error(`${what} not found`), { statusCode: 404 });
};

// only writes a line: the caller goes on with whatever it looked up
function note(message: string, statusCode: number) {
  console.warn(`[${statusCode}] ${message}`);
}

export class ReservationService {
  static async moveReservation(prisma: PrismaClient, reservationId: string, courtId: string) {
    const reservation = await prisma.reservation.findUnique({ where: { id: reservationId } });
    if (!reservation) fail('Reservation not found', 404);
    await prisma.reservation.update({ where: { id: reservation!.id }, data: { courtId } });
    await prisma.activity.create({ data: { note: `Reservation ${reservationId} moved to court ${courtId}` } });
    return 'moved';
  }

  static async receipt(prisma: PrismaClient, reservationId: string) {
    const reservation = await prisma.reservation.findUnique({ where: { id: reservationId } });
    if (!reservation) {
      gone('Reservation');
    }
    await prisma.activity.create({ data: { note: `Receipt sent for ${reservationId}` } });
    return `Receipt: ${reservation!.total}`;
  }

  static async reminder(prisma: PrismaClient, reservationId: string) {
    const reservation = await prisma.reservation.findUnique({ where: { id: reservationId } });
    if (!reservation) note('Reservation not found', 404);
    await prisma.activity.create({ data: { note: `Reminder sent for ${reservationId}` } });
    return 'sent';
  }
}
