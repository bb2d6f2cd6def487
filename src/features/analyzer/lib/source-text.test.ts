import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '@/iam';
import { i18n } from '@/i18n';
import { sourceText } from './source-text';

const zh = i18n.getFixedT('zh', 'analyzer');
const en = i18n.getFixedT('en', 'analyzer');
/** Sections that are names, the same in Huawei's Chinese console. */
const NAMES = new Set(['JupyterLab', 'SFS Turbo']);

describe('scenario sources in the console language', () => {
  it('translates the table and the section, keeps the service and policy names', () => {
    const training = { table: 'Table 4', row: 'Training management · OBS' };
    expect(sourceText(training, zh)).toBe('表4 · 训练管理 · OBS');
    expect(sourceText(training, en)).toBe('Table 4 · Training management · OBS');
    expect(sourceText({ table: 'Table 4', row: 'Training management · ModelArts (workspace quota)' }, zh)).toBe('表4 · 训练管理 · ModelArts（工作空间配额）');
    expect(sourceText({ table: 'Table 3', row: 'Saving an image · SWR (SWR Admin)' }, zh)).toBe('表3 · 保存镜像 · SWR (SWR Admin)');
    expect(sourceText({ table: 'docs/policy-semantics.md §4', row: 'Own ModelArts actions' }, zh)).toBe('docs/policy-semantics.md §4 · 自身的ModelArts操作');
  });

  it('has a Chinese section and qualifier for every row of every scenario, and English reads as the seed writes it', () => {
    for (const scenario of SCENARIOS) {
      for (const row of scenario.rows) {
        const english = `${row.table} · ${row.row}`;
        expect(sourceText(row, en), english).toBe(english);
        const chinese = sourceText(row, zh);
        const section = row.row.split(' · ')[0] ?? '';
        if (!NAMES.has(section)) expect(chinese, english).toMatch(/^(表\d+|docs\/\S+ §\d) · [^ ]*[\u4e00-\u9fff]/);
        // A lower-case English word in a qualifier is one the locale does not know.
        expect(chinese.replace(/\([A-Z][^)]*\)/g, ''), english).not.toMatch(/\([a-z]/);
      }
    }
  });
});
