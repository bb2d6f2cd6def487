/**
 * IAM agencies (`/v3.0/OS-AGENCY/agencies`): list, get, create, modify (PUT: delegated party,
 * description, validity) and delete. Duplicate name → 409. An agency still named by a ModelArts
 * authorization (in any region) cannot be deleted (409): the authorization would point at nothing.
 * Deleting an agency removes its grants. Validity in requests: FOREVER, ONEDAY or days; stored and
 * returned in hours, as IAM replies.
 */
import { http, HttpResponse } from 'msw';
import { z } from 'zod/mini';
import { listQuerySchema } from '@/api/contracts/common';
import { HUAWEI_PER_PAGE } from '@/api/contracts/iam-huawei';
import { createAgencySchema, updateAgencySchema, type Agency } from '@/api/contracts/iam';
import { patterns } from '@/api/paths';
import { withAuth } from '../auth';
import { conflict, HttpError, noContent, pageOf, readBody, readQuery, sortList } from '../http';
import { store } from '../store';
import { hex32 } from '../store/ids';
import type { AgencyRec } from '../store/types';
import { pageOfHuawei, requireDomain, toHuaweiAgency, usesConsoleConventions } from './huawei-lists';

const HOUR = 3_600_000;

function expireTime(a: AgencyRec): string | null {
  if (a.duration === 'FOREVER' || a.duration === '') return null;
  const hours = a.duration === 'ONEDAY' ? 24 : Number(a.duration);
  const at = (a.durationFrom ?? a.createTime) + hours * HOUR;
  // Beyond ±8.64e15 ms a Date is invalid and toISOString throws: one bad record must not fail every list.
  return Number.isFinite(at) && Math.abs(at) <= 8.64e15 ? new Date(at).toISOString() : null;
}

export function toApiAgency(a: AgencyRec): Agency {
  return {
    id: a.id,
    name: a.name,
    domain_id: store.state.domain.id,
    trust_domain_id: null,
    trust_domain_name: a.delegate,
    duration: a.duration,
    expire_time: expireTime(a),
    description: a.description,
    create_time: new Date(a.createTime).toISOString(),
  };
}

export const agencyListQuerySchema = z.extend(listQuerySchema, {
  sort_by: z._default(z.enum(['name', 'create_time']), 'name'),
  name: z.optional(z.string().check(z.maxLength(64))),
  trust_domain_name: z.optional(z.string()),
});

/**
 * ListAgencies, as real IAM answers it (docs/api.md "Huawei's list conventions"): `domain_id`
 * required, `page`/`per_page` (1–500), no total; `name` and `trust_domain_id` match exactly.
 */
function huaweiAgencies(url: URL): Response {
  requireDomain(url);
  const name = url.searchParams.get('name');
  const trust = url.searchParams.get('trust_domain_id');
  // No agency here names its delegate by id (trust_domain_id is null): a trust_domain_id filter matches none.
  const rows = sortList(store.state.agencies.values(), (a) => a.name, 'asc', (a) => a.id).filter((a) => (name === null || a.name === name) && trust === null);
  return HttpResponse.json({ agencies: pageOfHuawei(url, HUAWEI_PER_PAGE.agencies, rows).map((a) => toHuaweiAgency(toApiAgency(a))) });
}

/** A request's validity period as stored: FOREVER (also for null), ONEDAY, or hours. */
function storedDuration(d: string | null | undefined): string {
  return d === null || d === undefined ? 'FOREVER' : d;
}

/** The authorizations that name the agency (as content, or as the authorized agency of a grant row), in every region. */
export function authorizationsUsing(agency: AgencyRec) {
  return [...store.state.authorizations.values()].filter((a) => (a.type === 'agency' && a.content === agency.name) || (a.userType === 'grant' && a.userId === agency.id));
}

function findAgency(id: string): AgencyRec {
  const a = store.state.agencies.get(id);
  if (!a) throw new HttpError(404, '404', `Could not find agency: ${id}.`);
  return a;
}

export const agencyHandlers = [
  http.get(
    patterns.agencies,
    withAuth('iam:agencies:listAgencies', ({ url }) => {
      if (!usesConsoleConventions(url)) return huaweiAgencies(url);
      const q = readQuery(url, agencyListQuerySchema);
      let rows = sortList(
        store.state.agencies.values(),
        q.sort_by === 'create_time' ? ((a: AgencyRec) => a.createTime) : ((a: AgencyRec) => a.name.toLowerCase()),
        q.order,
        (a) => a.id,
      );
      if (q.name) {
        const needle = q.name.toLowerCase();
        rows = rows.filter((a) => a.name.toLowerCase().includes(needle));
      }
      if (q.trust_domain_name) rows = rows.filter((a) => a.delegate === q.trust_domain_name);
      return HttpResponse.json({ total_count: rows.length, agencies: pageOf(rows, q.offset, q.limit).map(toApiAgency) });
    }),
  ),

  http.get(
    patterns.agency,
    withAuth('iam:agencies:getAgency', ({ params }) => HttpResponse.json({ agency: toApiAgency(findAgency(params.agencyId!)) })),
  ),

  http.post(
    patterns.agencies,
    withAuth('iam:agencies:createAgency', async ({ request }) => {
      const { agency: b } = await readBody(request, createAgencySchema);
      if (store.agencyByName(b.name)) throw conflict(`An agency named ${b.name} already exists.`);
      const agency: AgencyRec = {
        id: hex32(),
        name: b.name,
        delegate: b.trust_domain_name,
        duration: storedDuration(b.duration),
        description: b.description,
        createTime: store.now(),
      };
      store.mutate((s) => s.agencies.set(agency.id, agency));
      return HttpResponse.json({ agency: toApiAgency(agency) }, { status: 201 });
    }),
  ),

  http.put(
    patterns.agency,
    withAuth('iam:agencies:updateAgency', async ({ request, params }) => {
      const agency = findAgency(params.agencyId!);
      const { agency: b } = await readBody(request, updateAgencySchema);
      store.mutate(() => {
        if (b.trust_domain_name !== undefined) agency.delegate = b.trust_domain_name;
        if (b.description !== undefined) agency.description = b.description;
        if (b.duration !== undefined) {
          agency.duration = storedDuration(b.duration);
          // A new validity period counts from the change.
          agency.durationFrom = store.now();
        }
      });
      return HttpResponse.json({ agency: toApiAgency(agency) });
    }),
  ),

  http.delete(
    patterns.agency,
    withAuth('iam:agencies:deleteAgency', ({ params }) => {
      const agency = findAgency(params.agencyId!);
      const users = authorizationsUsing(agency).map((a) => {
        const region = store.state.projects.find((p) => p.id === a.projectId)?.name ?? a.projectId;
        return `${a.userName ?? a.userId} (${region})`;
      });
      if (users.length > 0) {
        const shown = users.slice(0, 5).join(', ') + (users.length > 5 ? ` and ${users.length - 5} more` : '');
        throw conflict(`The agency ${agency.name} is used by the ModelArts authorization of ${shown}: change or delete those authorizations first.`);
      }
      store.mutate((s) => {
        s.agencies.delete(agency.id);
        for (const [id, a] of s.attachments) if (a.principal.type === 'agency' && a.principal.id === agency.id) s.attachments.delete(id);
      });
      return noContent();
    }),
  ),
];
