import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useRefresh, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../data/data-provider';
import { useFormat } from '../../ui';
import type { Block } from './round-rules';

/**
 * What the round page's tabs and buttons share, cached once per round: its class (days, free places), its
 * applications, its objections and its public notice; `useRoundReload` refetches them all after a change.
 */
export function useRoundClass(id: string) {
  const dp = useDataProvider<AppDataProvider>();
  return useQuery({ queryKey: ['roundClass', id], queryFn: () => dp.roundWithClass(id), enabled: Boolean(id) });
}

export function useRoundApplications(id: string, enabled = true) {
  const dp = useDataProvider<AppDataProvider>();
  return useQuery({
    queryKey: ['roundApplications', id],
    queryFn: () => dp.roundApplications(id),
    enabled: Boolean(id) && enabled,
  });
}

export function useRoundObjections(id: string, enabled = true) {
  const dp = useDataProvider<AppDataProvider>();
  return useQuery({
    queryKey: ['roundObjections', id],
    queryFn: () => dp.roundObjections(id),
    enabled: Boolean(id) && enabled,
  });
}

export function useRoundNotice(id: string) {
  const dp = useDataProvider<AppDataProvider>();
  return useQuery({ queryKey: ['roundNotice', id], queryFn: () => dp.roundNotice(id), enabled: Boolean(id) });
}

/**
 * The class's round that takes applications, if any: while it is open the class takes no direct enrollment
 * or roster import (the API refuses them), so the class page says why instead of offering them.
 */
export function useOpenRoundOfClass(classId: string) {
  const dp = useDataProvider<AppDataProvider>();
  const { data } = useQuery({
    queryKey: ['classRounds', classId],
    queryFn: () => dp.classRounds(classId),
    enabled: Boolean(classId),
  });
  return data?.find((r) => r.status === 'OPEN') ?? null;
}

/** Why a class in an open round takes no direct enrollment: its close in China time. */
export function useInRoundText() {
  const translate = useTranslate();
  const f = useFormat();
  return (round: { closesAt: string } | null) =>
    round ? translate('linli.round_classes.in_round', { at: f.datetime(round.closesAt) }) : null;
}

export function useRoundReload(id: string) {
  const queryClient = useQueryClient();
  const refresh = useRefresh();
  return () => {
    for (const key of ['roundClass', 'roundApplications', 'roundObjections', 'roundNotice'])
      void queryClient.invalidateQueries({ queryKey: [key, id] });
    refresh();
  };
}

/** A Block as words: the moment in it in China time. */
export function useBlockText() {
  const translate = useTranslate();
  const f = useFormat();
  return (b: Block | null) =>
    b ? translate(`linli.round.blocked.${b.key}`, { at: b.at ? f.datetime(b.at) : '', count: b.count ?? 0 }) : '';
}
