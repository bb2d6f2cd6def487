import { describe, expect, it } from 'vitest';
import {
  buildCreatePlan,
  grantsFor,
  initialValues,
  validateAddAuthorization,
  validateAgencyName,
  type AddAuthorizationValues,
} from './add-authorization-form';

const ctx = { agencyNames: new Set(['modelarts_agency_maya_1a2b']), iamUserAuthorized: false };
const valid = (patch: Partial<AddAuthorizationValues> = {}): AddAuthorizationValues => ({
  ...initialValues(),
  iamUser: { id: 'u-nora', name: 'nora' },
  agencyName: 'modelarts_agency_nora_0f0f',
  agreed: true,
  ...patch,
});

describe('validateAgencyName', () => {
  it('applies the IAM rule and uniqueness', () => {
    expect(validateAgencyName('', ctx)).toBe('agencyNameRequired');
    expect(validateAgencyName('x'.repeat(65), ctx)).toBe('agencyNameTooLong');
    expect(validateAgencyName('has space', ctx)).toBe('agencyNameChars');
    expect(validateAgencyName('名字', ctx)).toBe('agencyNameChars');
    expect(validateAgencyName('modelarts_agency_maya_1a2b', ctx)).toBe('agencyNameTaken');
    expect(validateAgencyName('a+b=c,d.e@f-g_h', ctx)).toBeNull();
    expect(validateAgencyName('x'.repeat(64), ctx)).toBeNull();
  });
  it('does not call the agency an earlier attempt created a clash', () => {
    expect(validateAgencyName('modelarts_agency_maya_1a2b', { ...ctx, createdAgencyName: 'modelarts_agency_maya_1a2b' })).toBeNull();
  });
});

describe('validateAddAuthorization', () => {
  it('accepts a complete form', () => {
    const r = validateAddAuthorization(valid(), ctx);
    expect(r).toEqual({ valid: true, errors: {}, first: null });
  });

  it('needs Authorized To for IAM, federated and agency targets, not for all users', () => {
    expect(validateAddAuthorization(valid({ iamUser: null }), ctx).first).toEqual({ field: 'authorizedTo', code: 'authorizedToRequired' });
    expect(validateAddAuthorization(valid({ userType: 'federate', federatedName: '  ' }), ctx).errors.authorizedTo).toBe('authorizedToRequired');
    expect(validateAddAuthorization(valid({ userType: 'federate', federatedName: 'x'.repeat(65) }), ctx).errors.authorizedTo).toBe('federatedNameTooLong');
    expect(validateAddAuthorization(valid({ userType: 'grant' }), ctx).errors.authorizedTo).toBe('authorizedToRequired');
    expect(validateAddAuthorization(valid({ userType: 'all-users', iamUser: null }), ctx).valid).toBe(true);
  });

  it('refuses an IAM user that already has an authorization', () => {
    expect(validateAddAuthorization(valid(), { ...ctx, iamUserAuthorized: true }).errors.authorizedTo).toBe('userAlreadyAuthorized');
  });

  it('needs an agency when using an existing one, ignoring the name field', () => {
    const r = validateAddAuthorization(valid({ agencyMode: 'existing', agencyName: '' }), ctx);
    expect(r.errors).toEqual({ agency: 'agencyRequired' });
    expect(validateAddAuthorization(valid({ agencyMode: 'existing', existingAgency: 'a' }), ctx).valid).toBe(true);
  });

  it('needs custom policies, each with a project when scoped to projects', () => {
    expect(validateAddAuthorization(valid({ permissionMode: 'custom' }), ctx).errors.permissions).toBe('policiesRequired');
    const p = { roleId: 'r1', roleType: 'XA' as const, scope: 'projects' as const, projectIds: [] };
    expect(validateAddAuthorization(valid({ permissionMode: 'custom', customPolicies: [p] }), ctx).errors.permissions).toBe('projectsRequired');
    expect(validateAddAuthorization(valid({ permissionMode: 'custom', customPolicies: [{ ...p, projectIds: ['p1'] }] }), ctx).valid).toBe(true);
  });

  it('needs the service statement and reports problems in form order', () => {
    const r = validateAddAuthorization(valid({ agreed: false, agencyName: 'bad name' }), ctx);
    expect(r.errors).toEqual({ agencyName: 'agencyNameChars', agreed: 'agreeRequired' });
    expect(r.first).toEqual({ field: 'agencyName', code: 'agencyNameChars' });
  });
});

describe('plans', () => {
  it('grants global policies on the domain, project-level ones per project or on all resources', () => {
    const grants = grantsFor([
      { roleId: 'obs', roleType: 'AX', scope: 'projects', projectIds: ['p1'] },
      { roleId: 'ma', roleType: 'XA', scope: 'projects', projectIds: ['p1', 'p2'] },
      { roleId: 'ecs', roleType: 'XA', scope: 'all', projectIds: [] },
      { roleId: 'ecs', roleType: 'XA', scope: 'all', projectIds: [] },
    ]);
    expect(grants.map((g) => g.key)).toEqual(['domain:obs', 'project:p1:ma', 'project:p2:ma', 'domain:ecs']);
  });

  it('builds the Common User plan and the authorization body', () => {
    const plan = buildCreatePlan(valid(), [
      { id: 'ma', type: 'XA' },
      { id: 'obs', type: 'AX' },
    ]);
    expect(plan.newAgency).toEqual({
      name: 'modelarts_agency_nora_0f0f',
      grants: [
        { key: 'domain:ma', roleId: 'ma', target: { kind: 'domain' } },
        { key: 'domain:obs', roleId: 'obs', target: { kind: 'domain' } },
      ],
    });
    expect(plan.authorization).toEqual({ user_type: 'iam', type: 'agency', user_id: 'u-nora', user_name: 'nora', content: 'modelarts_agency_nora_0f0f' });
  });

  it('uses an existing agency without creating one', () => {
    const plan = buildCreatePlan(valid({ userType: 'all-users', agencyMode: 'existing', existingAgency: 'shared' }), []);
    expect(plan.newAgency).toBeNull();
    expect(plan.authorization).toEqual({ user_type: 'all-users', type: 'agency', user_id: 'all', content: 'shared' });
  });
});
