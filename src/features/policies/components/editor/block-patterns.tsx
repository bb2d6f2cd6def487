/** Wildcard patterns of a block: a field that says how many catalog actions a pattern matches. */
import { ActionIcon, Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countPatternMatches, servicePartOf, WILDCARD_SERVICE } from '../../model';

export interface BlockPatternsProps {
  blockNumber: number;
  service: string;
  patterns: readonly string[];
  onChange: (patterns: string[]) => void;
  disabled: boolean;
}

export function BlockPatterns({ blockNumber, service, patterns, onChange, disabled }: BlockPatternsProps) {
  const { t } = useTranslation('policy-editor');
  const [value, setValue] = useState('');
  const [touched, setTouched] = useState(false);
  const pattern = value.trim();
  const count = countPatternMatches(pattern);

  let error: string | null = null;
  if (pattern !== '') {
    if (!count.valid) error = t(`patterns.problem.${count.problem ?? 'parts'}`, { pattern, parts: pattern.split(':').length, lower: pattern.toLowerCase() });
    else if (service !== '' && service !== WILDCARD_SERVICE && servicePartOf(pattern) !== service && !servicePartOf(pattern).includes('*'))
      error = t('patterns.otherService', { service });
    else if (patterns.some((p) => p.toLowerCase() === pattern.toLowerCase())) error = t('patterns.duplicate');
  } else if (touched) error = t('patterns.problem.empty');

  const add = () => {
    setTouched(true);
    if (pattern === '' || error !== null) return;
    onChange([...patterns, pattern]);
    setValue('');
    setTouched(false);
  };

  return (
    <Stack gap="xs">
        <TextInput
          maw={560}
          rightSectionWidth={120}
          rightSection={
            <Button size="compact-sm" variant="default" leftSection={<IconPlus size={14} aria-hidden />} onClick={add} disabled={disabled} aria-label={t('patterns.addLabel', { n: blockNumber })}>
              {t('patterns.add')}
            </Button>
          }
          label={t('patterns.label')}
          aria-label={t('patterns.fieldLabel', { n: blockNumber })}
          placeholder={service && service !== WILDCARD_SERVICE ? `${service}:*:get*` : 'modelarts:notebook:*'}
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
          error={error}
          description={pattern !== '' && error === null ? t('patterns.matches', { count: count.count }) + (count.sample.length > 0 ? `: ${count.sample.join(', ')}${count.count > count.sample.length ? ', …' : ''}` : '') : t('patterns.help')}
          disabled={disabled}
        />
      {patterns.length > 0 ? (
        <Stack gap={4} role="list" aria-label={t('patterns.listLabel', { n: blockNumber })}>
          {patterns.map((p) => {
            const c = countPatternMatches(p);
            return (
              <Group key={p} gap="xs" role="listitem" wrap="nowrap">
                <Text ff="monospace" size="sm">
                  {p}
                </Text>
                <Badge variant="light" color={c.count === 0 ? 'orange' : 'gray'} tt="none">
                  {t('patterns.matches', { count: c.count })}
                </Badge>
                <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('patterns.remove', { pattern: p })} onClick={() => onChange(patterns.filter((x) => x !== p))} disabled={disabled}>
                  <IconX size={14} aria-hidden />
                </ActionIcon>
              </Group>
            );
          })}
        </Stack>
      ) : null}
    </Stack>
  );
}
