/** The seed's groups, IAM users (with their groups) and agencies. */
import { daysAgo } from './constants';

export interface GroupDef {
  id: string;
  name: string;
  description: string;
  created: number;
}
export const GROUPS: readonly GroupDef[] = [
  { id: 'g-admin', name: 'admin', description: 'Built-in administrators (IAM Security Administrator).', created: daysAgo(400) },
  { id: 'g-data-scientists', name: 'data-scientists', description: 'Data science team: notebooks, training and deployment.', created: daysAgo(120) },
  { id: 'g-ml-engineers', name: 'ml-engineers', description: 'ML platform engineers: full ModelArts incl. resource pools.', created: daysAgo(120) },
  { id: 'g-mlops', name: 'mlops', description: 'MLOps pipeline owners (new group; OBS policy still to be added).', created: daysAgo(12) },
  { id: 'g-auditors', name: 'auditors', description: 'Read-only access for compliance reviews.', created: daysAgo(100) },
  { id: 'g-interns', name: 'interns', description: 'Interns: development on dedicated pools only.', created: daysAgo(45) },
  { id: 'g-vision-team', name: 'vision-team', description: 'Computer vision research (enterprise project "research").', created: daysAgo(90) },
  { id: 'g-analysts', name: 'analysts', description: 'Business analysts: OBS data and agency use, no ModelArts policy.', created: daysAgo(75) },
  { id: 'g-contractors', name: 'contractors', description: 'External contractors: no training jobs.', created: daysAgo(60) },
  { id: 'g-labeling-team', name: 'labeling-team', description: 'Data labeling team.', created: daysAgo(70) },
];

/** [name, groups (ids without "g-"), description, days ago] */
export const IAM_USERS: ReadonlyArray<readonly [string, readonly string[], string, number]> = [
  ['sofia', ['admin'], 'Platform administrator', 380],
  ['ken', ['admin'], 'Security administrator', 300],
  ['maya', ['data-scientists'], 'Senior data scientist', 118],
  ['dana', ['data-scientists', 'contractors'], 'Data scientist (contractor, Nexa Consulting)', 58],
  ['wes', ['data-scientists'], 'Data scientist, NLP', 110],
  ['nora', ['data-scientists'], 'Data scientist (joined last week)', 6],
  ['priya', ['data-scientists'], 'Lead data scientist, NLP', 117],
  ['chen', ['data-scientists'], 'Data scientist, recommendation', 115],
  ['aisha', ['data-scientists'], 'Data scientist, forecasting', 96],
  ['tom', ['data-scientists'], 'Data scientist', 88],
  ['lucas', ['data-scientists'], 'Data scientist (on leave)', 84],
  ['ravi', ['ml-engineers'], 'ML platform lead', 119],
  ['elena', ['ml-engineers'], 'ML engineer', 114],
  ['jonas', ['ml-engineers'], 'ML engineer, serving', 101],
  ['mei', ['ml-engineers'], 'ML engineer, data pipelines', 99],
  ['kofi', ['ml-engineers'], 'ML engineer, GPU pools', 77],
  ['sam', ['ml-engineers'], 'ML engineer', 52],
  ['felix', ['ml-engineers', 'contractors'], 'ML engineer (contractor)', 40],
  ['omar', ['mlops'], 'MLOps engineer', 11],
  ['yuki', ['mlops'], 'MLOps engineer', 10],
  ['pablo', ['mlops'], 'MLOps engineer', 9],
  ['grace', ['auditors'], 'Internal audit', 98],
  ['henry', ['auditors'], 'Compliance officer', 97],
  ['ines', ['auditors'], 'External auditor (Q4 review)', 20],
  ['zoe', ['interns'], 'Intern, computer vision', 44],
  ['max', ['interns'], 'Intern, NLP', 44],
  ['lena', ['interns'], 'Intern, data engineering', 43],
  ['arjun', ['interns'], 'Intern, MLOps', 30],
  ['kai', ['vision-team'], 'Vision research lead', 89],
  ['nina', ['vision-team'], 'Research scientist, segmentation', 87],
  ['wei', ['vision-team'], 'Research engineer, detection', 86],
  ['liam', ['analysts'], 'Business analyst', 74],
  ['olivia', ['analysts'], 'Business analyst', 72],
  ['ben', ['analysts'], 'Analytics engineer (AK/SK automation)', 70],
  ['rosa', ['labeling-team'], 'Labeling coordinator', 69],
  ['ahmed', ['labeling-team'], 'Annotator', 65],
  ['pat', [], 'New hire: no group yet', 1],
];

/** Agencies: [id, name, description?, delegate?, days ago]. */
export const AGENCIES: ReadonlyArray<readonly [string, string, number, string?, string?]> = [
  ['ag-maya', 'modelarts_agency_maya_3f9a', 117],
  ['ag-omar', 'modelarts_agency_omar_7c21', 10],
  ['ag-dana', 'modelarts_agency_dana_b04e', 57],
  ['ag-wes', 'modelarts_agency_wes_5d17', 109],
  ['ag-liam', 'modelarts_agency_liam_e9a2', 73],
  ['ag-ravi', 'modelarts_agency_ravi_8e1d', 118],
  ['ag-develop', 'ma_agency_develop_user', 44],
  ['ag-partner', 'partner_ops_agency', 50, 'Partner Co. operations team (cross-account access).', 'partnerco'],
];
