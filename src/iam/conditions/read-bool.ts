/** Reads a condition value as a boolean: true/false (JSON or text in any letter case); else null. */
export function readBool(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return null;
  const text = value.toLowerCase();
  if (text === 'true') return true;
  if (text === 'false') return false;
  return null;
}
