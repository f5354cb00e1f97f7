import { z } from 'zod';

export const NewPatient = z.object({ name: z.string().min(1).max(120), born: z.string().date() });
export const PatientNote = z.object({ text: z.string().min(1).max(2000) });
