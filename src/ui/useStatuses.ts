import { useMemo } from 'react';
import type { StatusAt } from '../data/statusIndex.ts';
import { useModel } from '../model/model.ts';

/** Every country's status at the day (a binary search per country; cheap enough per render). */
export function useStatuses(day: number): ReadonlyMap<string, StatusAt> {
  const { index } = useModel();
  return useMemo(() => index.allAt(day), [index, day]);
}
