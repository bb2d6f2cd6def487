/**
 * Where each service answers. `--endpoint URL` sends every service to that one base URL (tests,
 * proxies, `npm run mock-server`); otherwise the public endpoints of the official SDKs' region
 * files (huaweicloud-sdk-go-v3 services/{iam,modelarts,eps}/…/region/region.go and the SDK core's
 * default IAM endpoint): IAM and EPS are global, ModelArts is per region.
 */
export interface Endpoints {
  iam: string;
  eps: string;
  modelarts: (region: string) => string;
}

/** Regions whose ModelArts endpoint is not modelarts.<region>.myhuaweicloud.com (SDK region file). */
const MODELARTS_EXCEPTIONS: Readonly<Record<string, string>> = {
  'ap-southeast-1': 'https://modelarts.ap-southeast-1.myhuaweicloud.cn',
};

export const REGION_PATTERN = /^[a-z]{2,}-[a-z]+-\d+$/;

export function endpointsFor(override?: string): Endpoints {
  if (override) {
    const base = override.replace(/\/+$/, '');
    return { iam: base, eps: base, modelarts: () => base };
  }
  return {
    iam: 'https://iam.myhuaweicloud.com',
    eps: 'https://eps.myhuaweicloud.com',
    modelarts: (region) => MODELARTS_EXCEPTIONS[region] ?? `https://modelarts.${region}.myhuaweicloud.com`,
  };
}
