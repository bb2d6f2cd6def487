// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findAction, serviceKind, validatePolicy } from '@/iam';
import { documentFromTemplate, findTemplate, OBS_MINIMUM_ACTIONS, POLICY_TEMPLATES } from './templates';

describe('policy templates', () => {
  it('has the seeds’ examples with unique ids and both names', () => {
    expect(POLICY_TEMPLATES.map((t) => t.id)).toEqual([
      'obs-minimum-for-modelarts',
      'deny-exeml-project-deletion',
      'notebook-only-user',
      'image-management',
      'deny-dedicated-pool-changes',
      'multiple-actions',
    ]);
    for (const t of POLICY_TEMPLATES) {
      expect(t.name.length).toBeGreaterThan(0);
      expect(t.nameZh.length).toBeGreaterThan(0);
    }
    expect(OBS_MINIMUM_ACTIONS).toHaveLength(14);
  });

  it.each(POLICY_TEMPLATES.map((t) => [t.id, t] as const))('%s is valid, catalog-spelled and of its kind', (_id, t) => {
    expect(validatePolicy(t.document).filter((f) => f.severity === 'error')).toEqual([]);
    for (const st of t.document.Statement) {
      expect(Object.keys(st).every((k) => ['Effect', 'Action', 'Resource', 'Condition'].includes(k))).toBe(true);
      for (const a of [st.Action].flat()) {
        if (!a.includes('*')) expect(findAction(a)?.action).toBe(a);
        expect(serviceKind(a.slice(0, a.indexOf(':')))).toBe(t.kind);
      }
    }
  });

  it('copies documents so that editing never changes the template', () => {
    const t = findTemplate('image-management')!;
    const copy = documentFromTemplate(t);
    (copy.Statement[0]!.Action as string[]).push('x');
    expect(t.document.Statement[0]!.Action).toEqual(['modelarts:image:register', 'modelarts:image:listGroup']);
    expect(documentFromTemplate(t.document)).toEqual(t.document);
  });
});
