/**
 * OBS actions: seed 001 tables 3–8, 10, 11, 13, seed 004 (minimum OBS policy) and the OTC
 * ModelArts permission tables (ListBucketVersions). OBS accepts bucket/object resource paths.
 * Seed 001 spells both `ListAllMybuckets` and `ListAllMyBuckets`; the catalog keeps one entry
 * (matching is case-insensitive). ACL and bucket-policy writes are "Permission management" (ours).
 */
import { defineActions } from './define-actions';

export const OBS_ACTIONS = defineActions({
  service: 'obs',
  supportsResources: true,
  resources: {
    bucket: [
      ['ListAllMyBuckets', 'List all buckets of the account.', 'List'],
      ['HeadBucket', 'Check that a bucket exists and read its metadata.', 'Read'],
      ['ListBucket', 'List the objects in a bucket.', 'List'],
      ['ListBucketVersions', 'List the object versions in a bucket.', 'List'],
      ['GetBucketLocation', 'Get the region of a bucket.', 'Read'],
      ['CreateBucket', 'Create a bucket.', 'Write'],
      ['DeleteBucket', 'Delete a bucket.', 'Write'],
      ['GetBucketAcl', 'Get the ACL of a bucket.', 'Read'],
      ['PutBucketAcl', 'Configure the ACL of a bucket.', 'Permission management'],
      ['GetBucketPolicy', 'Get the policy of a bucket.', 'Read'],
      ['PutBucketPolicy', 'Configure the policy of a bucket.', 'Permission management'],
      ['DeleteBucketPolicy', 'Delete the policy of a bucket.', 'Permission management'],
      ['GetBucketCORS', 'Get the CORS rules of a bucket.', 'Read'],
      ['PutBucketCORS', 'Configure or delete the CORS rules of a bucket.', 'Write'],
    ],
    object: [
      ['GetObject', 'Download an object (content and metadata).', 'Read'],
      ['GetObjectVersion', 'Download a specific object version.', 'Read'],
      ['PutObject', 'Upload, copy or append an object, including multipart uploads.', 'Write'],
      ['DeleteObject', 'Delete an object or objects in batch.', 'Write'],
      ['DeleteObjectVersion', 'Delete a specific object version.', 'Write'],
      ['ListMultipartUploadParts', 'List the uploaded parts of a multipart upload.', 'List'],
      ['AbortMultipartUpload', 'Abort a multipart upload.', 'Write'],
      ['GetObjectAcl', 'Get the ACL of an object.', 'Read'],
      ['GetObjectVersionAcl', 'Get the ACL of an object version.', 'Read'],
      ['PutObjectAcl', 'Configure the ACL of an object.', 'Permission management'],
      ['ModifyObjectMetaData', 'Modify the metadata of an object.', 'Write'],
    ],
  },
});
