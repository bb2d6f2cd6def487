/**
 * Secrets never leave the collector: the secret key and the security token are replaced wherever
 * they would appear in output; the access key is shortened to its first 4 characters. (The
 * snapshot itself holds no secret: `toOrgSnapshot` never copies an authorization's secret_key.)
 */
export function maskAccessKey(ak: string): string {
  return ak.length <= 4 ? '****' : `${ak.slice(0, 4)}****`;
}

export function redactor(secrets: { ak: string; sk: string; securityToken?: string | undefined }): (text: string) => string {
  const pairs: Array<[string, string]> = [
    [secrets.sk, '[secret key redacted]'],
    ...(secrets.securityToken ? ([[secrets.securityToken, '[security token redacted]']] as Array<[string, string]>) : []),
    [secrets.ak, maskAccessKey(secrets.ak)],
  ];
  return (text) => pairs.reduce((t, [secret, mask]) => (secret.length >= 4 ? t.split(secret).join(mask) : t), text);
}
