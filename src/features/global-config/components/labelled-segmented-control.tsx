/**
 * A SegmentedControl under a visible label that is also its accessible name (Mantine's
 * SegmentedControl has no `label` prop): "Authorized User" and "Agency" in Add Authorization.
 */
import { Input, SegmentedControl, Stack, type SegmentedControlProps } from '@mantine/core';
import { useId, type ReactNode } from 'react';

export function LabelledSegmentedControl({ label, ...props }: SegmentedControlProps & { label: ReactNode }) {
  const labelId = useId();
  return (
    <Stack gap={6}>
      <Input.Label id={labelId} component="div">
        {label}
      </Input.Label>
      <SegmentedControl aria-labelledby={labelId} {...props} />
    </Stack>
  );
}
