export async function tenantsDueForPurge(): Promise<{ name: string }> {
  const res = await fetch(process.env.TENANT_SERVICE_URL + '/due');
  return res.json();
}
