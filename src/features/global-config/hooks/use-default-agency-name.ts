/**
 * Keeps the Agency Name field pre-filled with `modelarts_agency_<user>_<id>` while the
 * administrator has not edited it: follows the chosen user, keeps the random id stable, and
 * draws it again when the name is taken.
 */
import { useCallback, useEffect, useRef } from 'react';
import { buildAgencyName, generateAgencyName } from '../lib/agency-name';

export interface DefaultAgencyNameOptions {
  userName: string | null;
  agencyNames: ReadonlySet<string>;
  /** The agency list has loaded (uniqueness can be checked). */
  ready: boolean;
  /** An agency was already created: never change the name. */
  locked: boolean;
  current: string;
  setName: (name: string) => void;
}

export function useDefaultAgencyName({ userName, agencyNames, ready, locked, current, setName }: DefaultAgencyNameOptions) {
  const edited = useRef(false);
  const id = useRef<string | null>(null);
  const setNameRef = useRef(setName);
  setNameRef.current = setName;

  useEffect(() => {
    if (edited.current || locked) return;
    let name: string;
    if (id.current === null || (ready && agencyNames.has(buildAgencyName(userName, id.current)))) {
      name = generateAgencyName(userName, agencyNames);
      id.current = name.slice(-4);
    } else name = buildAgencyName(userName, id.current);
    if (name !== current) setNameRef.current(name);
  }, [userName, agencyNames, ready, locked, current]);

  const markEdited = useCallback(() => {
    edited.current = true;
  }, []);
  return { markEdited };
}
