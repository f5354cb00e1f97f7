import { prisma } from '../db';

const THEME_PREF = 'ui.theme';
const DIGEST_PREF = 'mail.digest';

export async function saveTheme(workspaceId: string, theme: string) {
  await prisma.workspacePref.upsert({
    where: { workspaceId_name: { workspaceId, name: THEME_PREF } },
    create: { workspaceId, name: THEME_PREF, value: { theme } },
    update: { value: { theme } },
  });
}

export async function saveDigest(workspaceId: string, weekly: boolean) {
  await prisma.workspacePref.upsert({
    where: { workspaceId_name: { workspaceId, name: DIGEST_PREF } },
    create: { workspaceId, name: DIGEST_PREF, value: { weekly } },
    update: { value: { weekly } },
  });
}

// turns on every catalog feature for a new workspace
export async function enableFeatures(workspaceId: string) {
  const all = await prisma.featureDefinition.findMany();
  for (const f of all) {
    await prisma.workspaceFeature.upsert({
      where: { workspaceId_featureCode: { workspaceId, featureCode: f.code } },
      create: { workspaceId, featureCode: f.code },
      update: {},
    });
  }
}
