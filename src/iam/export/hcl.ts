/** HCL text helpers: quoted strings, heredocs and resource names that Terraform accepts. */

/** A double-quoted HCL string: JSON escapes, plus `${` and `%{` escaped so nothing interpolates. */
export function hclString(value: string): string {
  return escapeTemplates(JSON.stringify(value));
}

/** `${` → `$${` and `%{` → `%%{`: HCL reads them literally. */
export function escapeTemplates(text: string): string {
  return text.replace(/([$%])\{/g, (_, c: string) => `${c}${c}{`);
}

/** Text for a `#` comment: one line. */
export function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

/** A list of strings or references, on one line. */
export function hclList(items: readonly string[]): string {
  return `[${items.join(', ')}]`;
}

/** A heredoc body (JSON text) with template sequences escaped. */
export function heredoc(text: string, marker = 'EOT'): string {
  return `<<${marker}\n${escapeTemplates(text)}\n${marker}`;
}

/** A Terraform resource name from any text: letters, digits, _ and -, starting with a letter or _. */
export function resourceName(text: string, taken: Set<string>): string {
  let base = text.toLowerCase().replace(/[^a-z0-9_-]+/g, '_').replace(/^_+|_+$/g, '') || 'item';
  if (!/^[a-z_]/.test(base)) base = `_${base}`;
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}_${i}`;
  taken.add(name);
  return name;
}

/** Aligns the `=` of consecutive `key = value` lines like `terraform fmt`. */
export function attributes(pairs: ReadonlyArray<readonly [string, string]>, indent = '  '): string {
  const width = Math.max(...pairs.map(([k]) => k.length));
  return pairs.map(([k, v]) => `${indent}${k.padEnd(width)} = ${v}`).join('\n');
}
