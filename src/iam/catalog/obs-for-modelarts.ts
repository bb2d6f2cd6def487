/**
 * The OBS actions ModelArts needs, as the seeds list them (spelling kept: `ListAllMybuckets`;
 * the catalog resolves it case-insensitively to `obs:bucket:ListAllMyBuckets`).
 */

/** Seed 004 "minimum OBS permissions for ModelArts": 14 actions. */
export const OBS_MODELARTS_MINIMUM = [
  'obs:bucket:ListAllMybuckets',
  'obs:bucket:HeadBucket',
  'obs:bucket:ListBucket',
  'obs:bucket:GetBucketLocation',
  'obs:object:GetObject',
  'obs:object:GetObjectVersion',
  'obs:object:PutObject',
  'obs:object:DeleteObject',
  'obs:object:DeleteObjectVersion',
  'obs:object:ListMultipartUploadParts',
  'obs:object:AbortMultipartUpload',
  'obs:object:GetObjectAcl',
  'obs:object:GetObjectVersionAcl',
  'obs:bucket:PutBucketAcl',
] as const;

/**
 * Seed 001 Table 3 (notebooks, local IDE) and Table 4 (training jobs): 16 actions, the seed 004
 * minimum plus PutObjectAcl and ModifyObjectMetaData, in the seed's order.
 * (Tables 5 and 6 list the first 15, without ModifyObjectMetaData.)
 */
export const OBS_MODELARTS_TRAINING = [
  ...OBS_MODELARTS_MINIMUM,
  'obs:object:PutObjectAcl',
  'obs:object:ModifyObjectMetaData',
] as const;
