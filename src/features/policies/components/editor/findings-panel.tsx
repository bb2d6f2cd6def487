/**
 * Findings under the editor: tabs Errors · Security · Warnings · Suggestions with counts; each
 * finding names its place (line:column and the JSON pointer in words); a click goes there.
 */
import { Badge, Button, Group, Paper, Stack, Tabs, Text, Title, UnstyledButton } from '@mantine/core';
import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding, Severity } from '@/iam';
import { useFindingText } from '@/i18n/finding-text';
import { describePointer } from '../../model';
import classes from './findings-panel.module.css';

export interface EditorFinding extends Finding {
  /** Reported by the server when saving (not by the in-browser validator). */
  fromServer?: boolean;
}

export interface FindingsPanelProps {
  findings: readonly EditorFinding[];
  onSelect: (finding: EditorFinding) => void;
}

const SEVERITIES: Severity[] = ['error', 'security', 'warning', 'suggestion'];
const COLORS: Record<Severity, string> = { error: 'red', security: 'orange', warning: 'yellow', suggestion: 'blue' };

export function usePointerWords() {
  const { t } = useTranslation('policy-editor');
  return (pointer: string) =>
    describePointer(pointer)
      .map((w) => (w.kind === 'statement' ? t('pointer.statement', { n: w.n }) : w.kind === 'item' ? t('pointer.item', { n: w.n }) : w.name))
      .join(' › ') || t('pointer.document');
}

/** Findings listed per tab before "Show all" (keeps typing fast with hundreds of findings). */
export const FINDINGS_SHOWN = 50;

export const FindingsPanel = memo(function FindingsPanel({ findings, onSelect }: FindingsPanelProps) {
  const { t } = useTranslation('policy-editor');
  const words = usePointerWords();
  const text = useFindingText();
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length])) as Record<Severity, number>;
  const firstWithFindings = SEVERITIES.find((s) => counts[s] > 0) ?? 'error';
  const [tab, setTab] = useState<Severity>(firstWithFindings);
  const [showAll, setShowAll] = useState(false);
  // Follow the most severe kind while the current tab is empty (e.g. an error appears).
  useEffect(() => {
    if (counts[tab] === 0) setTab(firstWithFindings);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [firstWithFindings]);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="policy-findings-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="policy-findings-title">
          {t('findings.title')}
        </Title>
        <Tabs value={tab} onChange={(v) => v && setTab(v as Severity)} keepMounted={false}>
          <Tabs.List>
            {SEVERITIES.map((s) => (
              <Tabs.Tab key={s} value={s} rightSection={<Badge size="sm" variant={counts[s] > 0 ? 'filled' : 'light'} color={counts[s] > 0 ? COLORS[s] : 'gray'} aria-hidden>{counts[s]}</Badge>} aria-label={t(`findings.tabLabel.${s}`, { count: counts[s] })}>
                {t(`findings.tab.${s}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {SEVERITIES.map((s) => (
            <Tabs.Panel key={s} value={s} pt="xs">
              {counts[s] === 0 ? (
                <Text size="sm" c="dimmed">
                  {t(`findings.none.${s}`)}
                </Text>
              ) : (
                <Stack gap={4} component="ul" className={classes.list}>
                  {findings
                    .filter((f) => f.severity === s)
                    .slice(0, showAll ? undefined : FINDINGS_SHOWN)
                    .map((f, i) => (
                      <li key={`${f.code}-${f.path}-${i}`}>
                        <UnstyledButton className={classes.item} onClick={() => onSelect(f)} aria-label={t('findings.goTo', { message: text(f), line: f.line, column: f.column })}>
                          <Text size="sm">{text(f)}</Text>
                          <Group gap="xs">
                            <Text size="xs" c="dimmed" ff="monospace">
                              {t('findings.place', { line: f.line, column: f.column })}
                            </Text>
                            <Text size="xs" c="dimmed">
                              {words(f.path)}
                            </Text>
                            {f.fromServer ? (
                              <Badge size="xs" variant="outline" color="gray" tt="none">
                                {t('findings.fromServer')}
                              </Badge>
                            ) : null}
                          </Group>
                        </UnstyledButton>
                      </li>
                    ))}
                </Stack>
              )}
              {counts[s] > FINDINGS_SHOWN && !showAll ? (
                <Button size="xs" variant="default" mt="xs" onClick={() => setShowAll(true)}>
                  {t('findings.showAll', { count: counts[s] })}
                </Button>
              ) : null}
            </Tabs.Panel>
          ))}
        </Tabs>
      </Stack>
    </Paper>
  );
});
