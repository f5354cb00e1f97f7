const staff = new Map<string, { id: string; hash: string }>();
const visits: string[] = [];

export async function findStaff(email: string) {
  return staff.get(email);
}

export async function addStaff(email: string, hash: string) {
  staff.set(email, { id: String(staff.size + 1), hash });
}

export async function listVisits() {
  return visits.slice(0, 50);
}

export async function addVisit(patient: string) {
  visits.push(patient);
}
