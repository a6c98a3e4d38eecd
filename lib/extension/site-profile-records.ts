import { siteProfilePageSchema, type SiteProfile } from '../spse/profile';
import type { PageProfileRecord } from '../log/schema';
import { profileFromCheckedRecords } from './site-profiles';

/** The host's profile from its records; records that no longer validate are left out. */
export function profileFromRecords(host: string, records: readonly PageProfileRecord[]): SiteProfile | null {
  const valid: PageProfileRecord[] = [];
  for (const r of records) {
    const p = siteProfilePageSchema.safeParse(r.data);
    if (p.success) valid.push({ ...r, data: p.data });
  }
  return profileFromCheckedRecords(host, valid);
}

/** Every host's profile, for export. */
export function profilesFromRecords(records: readonly PageProfileRecord[]): SiteProfile[] {
  const hosts = [...new Set(records.map((r) => r.host))].sort();
  return hosts.map((h) => profileFromRecords(h, records)).filter((p): p is SiteProfile => p !== null);
}
