/** Months as people say an age: 6岁, 2岁6个月, 10个月 (null: —). */
export function ageText(
  months: number | null | undefined,
  t: (key: string, o?: Record<string, unknown>) => string,
): string {
  if (months == null) return '—';
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (!years) return t('linli.age.months', { months: rest });
  return rest ? t('linli.age.years_months', { years, months: rest }) : t('linli.age.years', { years });
}
