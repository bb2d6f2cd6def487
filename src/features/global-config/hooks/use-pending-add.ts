/**
 * Add Authorization across a reload (../lib/pending-add.ts): the form to start with, the agency
 * to resume with, and the record kept while a run is under way.
 */
import { useEffect, useState } from 'react';
import type { Agency } from '@/api/contracts/iam';
import { useSession } from '@/components/session/use-session';
import type { AddAuthorizationValues } from '../lib/add-authorization-form';
import { clearPendingAdd, loadPendingAdd, savePendingAdd, type PendingAdd } from '../lib/pending-add';

type NamedAgency = { id: string; name: string };

export function usePendingAdd(agencies: readonly Agency[] | undefined, created: NamedAgency | null, adoptAgency: (agency: NamedAgency) => void) {
  const session = useSession();
  const [restored] = useState<PendingAdd | null>(() => loadPendingAdd(session.domainId, session.projectId));
  const [record, setRecord] = useState<PendingAdd | null>(restored);

  // Resume with the agency the unfinished run created: recorded, or found by its planned name
  // (the page went away before the create's answer arrived).
  useEffect(() => {
    if (!restored || created || restored.values.agencyMode !== 'new') return;
    const agency = restored.agency ?? agencies?.find((a) => a.name === restored.values.agencyName);
    if (agency) adoptAgency({ id: agency.id, name: agency.name });
  }, [restored, created, agencies, adoptAgency]);

  // Record the created agency as soon as it is known.
  useEffect(() => {
    if (!record || !created || record.agency?.id === created.id) return;
    const next = { ...record, agency: created };
    savePendingAdd(next);
    setRecord(next);
  }, [record, created]);

  return {
    restored,
    /** Before a run: what to resume after a reload (only a run that creates an agency needs it). */
    start(values: AddAuthorizationValues) {
      if (values.agencyMode !== 'new') return;
      const next: PendingAdd = { domainId: session.domainId ?? '', projectId: session.projectId, values, agency: created };
      savePendingAdd(next);
      setRecord(next);
    },
    finish() {
      clearPendingAdd();
      setRecord(null);
    },
  };
}
