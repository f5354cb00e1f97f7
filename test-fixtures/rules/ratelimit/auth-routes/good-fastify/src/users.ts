export interface Patient {
  id: string;
  email: string;
  passwordHash: string;
}

const patients = new Map<string, Patient>();

export async function findPatient(email: string) {
  return patients.get(email.toLowerCase()) ?? null;
}
