/** One permission block: a service, Allow/Deny, actions, patterns, resources, conditions. */
import { ActionIcon, Badge, Collapse, Group, Paper, SegmentedControl, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconCopy, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { createConditionRow, describeConditions, WILDCARD_SERVICE, type BlockEffect, type IdSource, type PermissionBlock as Block } from '../../model';
import { BlockActions } from './block-actions';
import { BlockConditions } from './block-conditions';
import { BlockPatterns } from './block-patterns';
import { BlockResources } from './block-resources';
import { ServiceSelect, useServiceName } from './service-select';

export interface PermissionBlockProps {
  block: Block;
  index: number;
  /** Applies a change; `ids` mints ids for new condition rows. */
  onUpdate: (update: (block: Block, ids: IdSource) => Block) => void;
  onServiceChange: (service: string) => void;
  onDuplicate: () => void;
  onRemove: () => void;
  errorCount: number;
  highlighted: boolean;
  disabled: boolean;
}

export function PermissionBlock({ block, index, onUpdate, onServiceChange, onDuplicate, onRemove, errorCount, highlighted, disabled }: PermissionBlockProps) {
  const { t } = useTranslation('policy-editor');
  const serviceName = useServiceName();
  const n = index + 1;
  const open = block.collapsed !== true;
  const bodyId = `policy-block-body-${block.id}`;
  const title = t('block.title', { n, service: block.service === '' ? t('block.noService') : serviceName(block.service) });
  const summary = t('block.summary', { actions: block.actions.length, patterns: block.patterns.length, conditions: block.conditions.length });

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      id={`policy-block-${index}`}
      tabIndex={-1}
      aria-labelledby={`${bodyId}-title`}
      component="section"
      style={highlighted ? { outline: '2px solid var(--mantine-primary-color-filled)' } : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="center">
          <Group gap="xs" wrap="nowrap">
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-expanded={open}
              aria-controls={bodyId}
              aria-label={open ? t('block.collapse', { n }) : t('block.expand', { n })}
              onClick={() => onUpdate((b) => ({ ...b, collapsed: open }))}
            >
              {open ? <IconChevronDown size={18} aria-hidden /> : <IconChevronRight size={18} aria-hidden />}
            </ActionIcon>
            <Title order={2} size="h4" id={`${bodyId}-title`}>
              {title}
            </Title>
            <Badge color={block.effect === 'Deny' ? 'red' : 'green'} variant="filled" tt="none">
              {t(`effect.${block.effect}`)}
            </Badge>
            {errorCount > 0 ? (
              <Badge color="red" variant="light" tt="none">
                {t('block.errors', { count: errorCount })}
              </Badge>
            ) : null}
          </Group>
          <Group gap={4} wrap="nowrap">
            <Tooltip label={t('block.duplicate', { n })}>
              <ActionIcon variant="subtle" color="gray" aria-label={t('block.duplicate', { n })} onClick={onDuplicate} disabled={disabled}>
                <IconCopy size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('block.remove', { n })}>
              <ActionIcon variant="subtle" color="red" aria-label={t('block.remove', { n })} onClick={onRemove} disabled={disabled}>
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
        {!open ? (
          <Text size="sm" c="dimmed">
            {summary}
            {block.conditions.length > 0 ? ` · ${describeConditions(block.conditions)}` : ''}
          </Text>
        ) : null}
        <Collapse in={open} id={bodyId}>
          {open ? (
            <Stack gap="md">
              <Group align="flex-start" gap="lg" wrap="wrap">
                <ServiceSelect blockNumber={n} value={block.service} onChange={onServiceChange} disabled={disabled} />
                <Stack gap={4}>
                  <Text size="sm" fw={500} id={`${bodyId}-effect`}>
                    {t('effect.label')}
                  </Text>
                  <SegmentedControl
                    aria-labelledby={`${bodyId}-effect`}
                    data={(['Allow', 'Deny'] as BlockEffect[]).map((e) => ({ value: e, label: t(`effect.${e}`) }))}
                    value={block.effect}
                    onChange={(v) => onUpdate((b) => ({ ...b, effect: v as BlockEffect }))}
                    color={block.effect === 'Deny' ? 'red' : 'green'}
                    disabled={disabled}
                  />
                </Stack>
              </Group>
              {block.service === '' ? null : (
                <>
                  {block.service !== WILDCARD_SERVICE ? (
                    <Stack gap="xs">
                      <Title order={3} size="h6">
                        {t('actions.title')}
                      </Title>
                      <BlockActions blockNumber={n} service={block.service} selected={block.actions} onChange={(actions) => onUpdate((b) => ({ ...b, actions }))} disabled={disabled} />
                    </Stack>
                  ) : null}
                  <BlockPatterns blockNumber={n} service={block.service} patterns={block.patterns} onChange={(patterns) => onUpdate((b) => ({ ...b, patterns }))} disabled={disabled} />
                  <Stack gap="xs">
                    <Title order={3} size="h6">
                      {t('resources.title')}
                    </Title>
                    <BlockResources blockNumber={n} service={block.service} resources={block.resources} onChange={(resources) => onUpdate((b) => ({ ...b, resources }))} disabled={disabled} />
                  </Stack>
                  <Stack gap="xs">
                    <Title order={3} size="h6">
                      {t('conditions.title')}
                    </Title>
                    <BlockConditions
                      blockNumber={n}
                      rows={block.conditions}
                      onChange={(conditions) => onUpdate((b) => ({ ...b, conditions }))}
                      onAdd={() => onUpdate((b, ids) => ({ ...b, conditions: [...b.conditions, createConditionRow(ids)] }))}
                      disabled={disabled}
                    />
                  </Stack>
                </>
              )}
            </Stack>
          ) : null}
        </Collapse>
      </Stack>
    </Paper>
  );
}
