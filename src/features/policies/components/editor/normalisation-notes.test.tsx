/**
 * Normalisation notes in Chinese: every note code (and every wording of it) has an English and a
 * Chinese template whose values the notes of `documentToVisual` provide, and the English templates
 * rebuild the model's message byte for byte (so the params hold every value it shows). The notes
 * come from real documents that together trigger every code and wording.
 */
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '@/i18n';
import { findingKey, findingText } from '@/i18n/finding-text';
import { renderWithProviders } from '@/testing/render';
import type { PolicyDocument } from '@/iam';
import { documentToVisual, NOTE_CODES, type NormalisationNote } from '../../model';
import { NormalisationNotes } from './normalisation-notes';

const DOCUMENTS: unknown[] = [
  42,
  {
    Version: '1.0',
    Extra: true,
    statement: [],
    Statement: { Sid: 's', Effect: 'allow', Action: ['modelarts:notebook:list', 5], resource: ['a'] },
  },
  {
    Statement: [
      'text',
      { Effect: 'Maybe', Action: 'lts:logs:list' },
      { Action: 'lts:logs:list' },
      { Effect: 'Allow', Action: ['obs:object:GetObject'], Resource: [] },
      { Effect: 'Allow', Action: [], Resource: ['obs:*:*:object:*', 1, 2] },
      {
        Effect: 'Allow',
        Action: ['modelarts:notebook:list', 'obs:bucket:ListAllMybuckets', 'OBS:object:Get*', '*:*:*', 'modelarts:notebook:list'],
        Condition: { stringequals: { 'g:username': [1, true] }, StringLike: 'x' },
      },
      { Effect: 'Allow', Action: ['lts:logs:list'], Condition: ['x'] },
    ],
  },
];

const notes: NormalisationNote[] = DOCUMENTS.flatMap((d) => documentToVisual(d as PolicyDocument).notes);
const codes = (lng: string) => (i18n.getResourceBundle(lng, 'policy-editor') as { normalise: { codes: Record<string, string> } }).normalise.codes;
/** The template key with its variant, as the note asks for it. */
const keyOf = (note: NormalisationNote) => {
  const { context } = findingKey(note);
  return context === undefined ? note.code : `${note.code}_${context}`;
};
/** The template i18next picks: the variant's, else the code's (a language may word variants alike). */
const templateOf = (lng: string, note: NormalisationNote) => codes(lng)[keyOf(note)] ?? codes(lng)[note.code];
const placeholders = (template: string) => [...template.matchAll(/\{\{\s*([^,}\s]+)[^}]*\}\}/g)].map((m) => m[1] ?? '');
const zhT = i18n.getFixedT('zh', 'policy-editor', 'normalise');
const enT = i18n.getFixedT('en', 'policy-editor', 'normalise');

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('normalisation note texts', () => {
  it('has an English and a Chinese template for every note code, and none for other codes', () => {
    for (const lng of ['en', 'zh']) {
      for (const code of NOTE_CODES) expect(codes(lng)[code], `${lng} ${code}`).toBeTypeOf('string');
      const known = new Set<string>(NOTE_CODES);
      expect(Object.keys(codes(lng)).filter((k) => !known.has(k) && !known.has(k.replace(/_[A-Za-z]+$/, '')))).toEqual([]);
    }
  });

  it('collects a real note for every code and for every wording of the templates', () => {
    expect(NOTE_CODES.filter((code) => !notes.some((n) => n.code === code))).toEqual([]);
    const seen = new Set(notes.map(keyOf));
    for (const lng of ['en', 'zh']) expect(Object.keys(codes(lng)).filter((k) => !seen.has(k)), lng).toEqual([]);
  });

  it('finds a template for every note, using only values the note provides', () => {
    for (const note of notes) {
      for (const lng of ['en', 'zh']) {
        const template = templateOf(lng, note);
        expect(template, `${lng} ${keyOf(note)}`).toBeTypeOf('string');
        const provided = Object.keys(note.params);
        expect(placeholders(template ?? '').filter((p) => !provided.includes(p)), `${lng} ${keyOf(note)}: ${note.message}`).toEqual([]);
      }
    }
  });

  it('rebuilds the English message byte for byte from the params', () => {
    for (const note of notes) expect(findingText(note, enT, 'en-templates'), keyOf(note)).toBe(note.message);
  });

  it('words every note in Chinese, with no unresolved placeholder', () => {
    // Not the English fallback, every value resolved, and Chinese.
    const wrong = notes.map((n) => [n.message, findingText(n, zhT, 'zh')]).filter(([en, zh]) => zh === en || zh!.includes('{{') || !/[\u4e00-\u9fff]/.test(zh!));
    expect(wrong).toEqual([]);
  });
});

describe('NormalisationNotes', () => {
  const { notes: shown } = documentToVisual({ Version: '1.1', Statement: [{ Effect: 'allow', Action: ['modelarts:notebook:list', 'obs:object:GetObject'], Sid: 'x' }] });

  it('lists the notes in Chinese, keeping values as written', () => {
    renderWithProviders(<NormalisationNotes notes={shown} />, { language: 'zh' });
    expect(screen.getByText('语句1：删除了未知的语句键')).toBeInTheDocument();
    expect(screen.getByText('语句 1：键 "Sid" 不属于 Version 1.1 语句，已删除。')).toBeInTheDocument();
    expect(screen.getByText('语句 1：Effect "allow" 改写为 "Allow"。')).toBeInTheDocument();
    expect(screen.getByText('语句 1 涉及 2 个服务（modelarts, obs）：将拆分为 2 个权限（每个服务一个），效果、资源和条件均与原语句相同。')).toBeInTheDocument();
    expect(screen.queryByText(/Statement 1/)).not.toBeInTheDocument();
  });

  it('shows the model message itself in English', () => {
    renderWithProviders(<NormalisationNotes notes={shown} />, { language: 'en' });
    for (const note of shown) expect(screen.getByText(note.message)).toBeInTheDocument();
  });
});
