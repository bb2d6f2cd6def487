/** The Scope step's state (Authorize, Attach to…): the choice and, for region or enterprise projects, which ones. */
import { useState } from 'react';
import type { ScopeChoice } from './scope';

export function useScopeChoice(onChange: () => void) {
  const [choice, setChoice] = useState<ScopeChoice>('all');
  const [ids, setIds] = useState<string[]>([]);
  const needsIds = choice === 'projects' || choice === 'enterpriseProjects';
  return {
    choice,
    ids,
    /** False while a region or enterprise project scope names none yet. */
    complete: !needsIds || ids.length > 0,
    onChoice: (c: ScopeChoice) => {
      setChoice(c);
      setIds([]);
      onChange();
    },
    onIds: (v: string[]) => {
      setIds(v);
      onChange();
    },
  };
}

export type ScopeChoiceState = ReturnType<typeof useScopeChoice>;
