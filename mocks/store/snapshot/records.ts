/** Console-only facts a snapshot does not carry: region display names, IAM role type, system policy records. */
import { serviceKind } from '@/iam';
import type { PolicyDocument, SystemPolicy } from '@/iam/model';
import type { PolicyRec } from '../types';

/**
 * Display names of Huawei regions, for projects imported without a description. A Map: a
 * project named "constructor" or "__proto__" must not find Object's members (issue 12).
 */
export const REGION_NAMES: ReadonlyMap<string, string> = new Map([
  ['cn-north-4', 'CN North-Beijing4'],
  ['cn-north-1', 'CN North-Beijing1'],
  ['cn-east-3', 'CN East-Shanghai1'],
  ['cn-east-2', 'CN East-Shanghai2'],
  ['cn-south-1', 'CN South-Guangzhou'],
  ['cn-southwest-2', 'CN Southwest-Guiyang1'],
  ['ap-southeast-1', 'CN-Hong Kong'],
  ['ap-southeast-3', 'AP-Singapore'],
  ['eu-west-101', 'EU-Dublin'],
]);

/** AX when every action of the document is a global service's (the engine's catalog decides), else XA. */
export function roleTypeOf(document: PolicyDocument): 'AX' | 'XA' {
  const actions: string[] = [];
  for (const st of document.Statement ?? []) {
    const a = st.Action;
    if (typeof a === 'string') actions.push(a);
    else if (Array.isArray(a)) for (const x of a) if (typeof x === 'string') actions.push(x);
  }
  if (actions.length === 0) return 'XA';
  return actions.every((a) => serviceKind(a.split(':')[0]!.toLowerCase()) === 'global') ? 'AX' : 'XA';
}

/** A catalog system policy as a store record. */
export function systemPolicyRec(sys: SystemPolicy, now: number): PolicyRec {
  return {
    id: sys.id,
    name: sys.name,
    type: 'system',
    description: sys.description,
    document: sys.document,
    roleType: sys.kind === 'global' ? 'AX' : 'XA',
    version: 1,
    createTime: now,
    updateTime: now,
  };
}
