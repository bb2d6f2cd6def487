/**
 * A scenario row's source ("Table 4" · "Training management · OBS", docs/scenarios.md) in the
 * console's language: the table and the section of the seed's table are translated; service
 * names (OBS, IAM, SFS Turbo…) and policy names stay as they are, as Huawei's Chinese console
 * writes them. A section or qualifier the locale does not know is shown as written.
 */
import type { TFunction } from 'i18next';

/** `t` bound to the `analyzer` namespace. */
export function sourceText(source: { table: string; row: string }, t: TFunction): string {
  const table = /^Table (\d+)$/.exec(source.table);
  const head = table ? t('source.table', { n: table[1] }) : source.table;
  const at = source.row.indexOf(' · ');
  const section = at < 0 ? source.row : source.row.slice(0, at);
  const rest = at < 0 ? '' : source.row.slice(at);
  const translated = t(`source.sections.${section}`, { defaultValue: section });
  // "ModelArts (workspace quota)": the service stays, its qualifier is translated.
  const service = rest.replace(/ ?\(([^)]+)\)/g, (whole, q: string) => {
    const word = t(`source.qualifiers.${q}`, { defaultValue: '' });
    return word === '' ? whole : t('source.qualified', { word });
  });
  return `${head} · ${translated}${service}`;
}
