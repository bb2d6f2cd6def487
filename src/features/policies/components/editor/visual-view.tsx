/** The visual view: permission blocks (one service each) and "Add permissions". */
import { Button, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { confirmAction } from '@/components';
import { createBlock, duplicateBlock, type IdSource, type PermissionBlock as Block, type VisualPolicy } from '../../model';
import { PermissionBlock } from './permission-block';

export interface VisualViewProps {
  visual: VisualPolicy;
  update: (update: (visual: VisualPolicy, ids: IdSource) => VisualPolicy) => void;
  /** Error findings per block index. */
  errorsByBlock: ReadonlyMap<number, number>;
  highlightedBlock: number | null;
  disabled: boolean;
}

export function VisualView({ visual, update, errorsByBlock, highlightedBlock, disabled }: VisualViewProps) {
  const { t } = useTranslation('policy-editor');
  const setBlock = (id: string, change: (b: Block, ids: IdSource) => Block) =>
    update((v, ids) => ({ blocks: v.blocks.map((b) => (b.id === id ? change(b, ids) : b)) }));

  const changeService = async (block: Block, service: string, n: number) => {
    if (service === block.service) return;
    const chosen = block.actions.length + block.patterns.length;
    if (chosen > 0) {
      const ok = await confirmAction({
        title: t('block.changeServiceTitle', { n }),
        message: t('block.changeServiceBody', { count: chosen }),
        confirmLabel: t('block.changeServiceConfirm'),
        cancelLabel: t('action.cancel'),
      });
      if (!ok) return;
    }
    setBlock(block.id, (b) => ({ ...b, service, actions: [], patterns: [] }));
  };

  const remove = async (block: Block, n: number) => {
    const used = block.actions.length + block.patterns.length + block.conditions.length + block.resources.length;
    if (used > 0) {
      const ok = await confirmAction({
        title: t('block.removeTitle', { n }),
        message: t('block.removeBody'),
        confirmLabel: t('block.removeConfirm'),
        cancelLabel: t('action.cancel'),
        danger: true,
      });
      if (!ok) return;
    }
    update((v) => ({ blocks: v.blocks.filter((b) => b.id !== block.id) }));
  };

  return (
    <Stack gap="md">
      {visual.blocks.length === 0 ? <Text c="dimmed">{t('visual.empty')}</Text> : null}
      {visual.blocks.map((block, i) => (
        <PermissionBlock
          key={block.id}
          block={block}
          index={i}
          onUpdate={(change) => setBlock(block.id, change)}
          onServiceChange={(service) => void changeService(block, service, i + 1)}
          onDuplicate={() =>
            update((v, ids) => {
              const at = v.blocks.findIndex((b) => b.id === block.id);
              const blocks = [...v.blocks];
              blocks.splice(at + 1, 0, duplicateBlock(block, ids));
              return { blocks };
            })
          }
          onRemove={() => void remove(block, i + 1)}
          errorCount={errorsByBlock.get(i) ?? 0}
          highlighted={highlightedBlock === i}
          disabled={disabled}
        />
      ))}
      <div>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => update((v, ids) => ({ blocks: [...v.blocks, createBlock(ids)] }))} disabled={disabled}>
          {t('visual.add')}
        </Button>
      </div>
    </Stack>
  );
}
