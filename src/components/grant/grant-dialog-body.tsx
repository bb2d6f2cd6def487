/** The body of a grant dialog (Authorize, Attach to…): the `grant` strings load with it, not with the first route. */
import { Center, Loader } from '@mantine/core';
import { Suspense, type ReactNode } from 'react';

export function GrantDialogBody({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <Center py="md">
          <Loader size="sm" />
        </Center>
      }
    >
      {children}
    </Suspense>
  );
}
