import { PrismaClient } from '@prisma/client';
import { HttpFailure, Status } from './errors';

const db = new PrismaClient();

export async function quoteForDay(day: number) {
  if (day < 1 || day > 366) {
    throw new HttpFailure('day must be between 1 and 366', Status.BAD_REQUEST, 'BAD_DAY');
  }
  return db.quote.upsert({ where: { slot: 1 }, create: { slot: 1, day }, update: { day } });
}

export async function setMinutes(userId: string, minutes: number) {
  if (parseInt(String(minutes), 10) > 1440) {
    throw new HttpFailure('too many minutes', 400);
  }
  return db.entry.upsert({ where: { userId }, create: { userId, minutes }, update: { minutes } });
}

// the bound is tested, but a miss is only logged: nothing is refused
export async function setStreak(userId: string, streak: number) {
  if (streak > 10000) {
    console.warn('odd streak', streak);
  }
  return db.entry.upsert({ where: { userId }, create: { userId, streak }, update: { streak } });
}

// no check at all
export async function setMood(userId: string, mood: number) {
  return db.entry.upsert({ where: { userId }, create: { userId, mood }, update: { mood } });
}
