import { createHash } from 'node:crypto';

/** The uuid PostgreSQL makes of md5('<prefix><n>') (how generate.ts derives ids). */
export function md5Uuid(text: string): string {
  const h = createHash('md5').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
const orgId = (n: number) => md5Uuid(`o${n}`);

/** Dashboard queries, as the console will send them (one GraphQL request each). */
export interface Scenario {
  name: string;
  user: 'bench-admin' | 'bench-analyst' | 'bench-district' | 'bench-partner';
  variables: Record<string, unknown>;
}

const CITY = 'bench-analyst'; // an analyst of 市总工会1 (scope: the city's subtree; small cells apply)
export const SCENARIOS: Scenario[] = [
  { name: 'city KPI totals, year 2025', user: CITY, variables: { from: '2025-01-01', to: '2025-12-31' } },
  { name: 'city by month, 2025', user: CITY, variables: { from: '2025-01-01', to: '2025-12-31', groupBy: ['MONTH'] } },
  {
    name: 'city drill-down by district, 2025',
    user: CITY,
    variables: { from: '2025-01-01', to: '2025-12-31', groupBy: ['ORGANIZATION'] },
  },
  {
    name: 'district drill-down by street, Q3 2025',
    user: CITY,
    variables: { scopeId: 'DISTRICT', from: '2025-07-01', to: '2025-09-30', groupBy: ['ORGANIZATION'] },
  },
  {
    name: 'city by category, 2024',
    user: CITY,
    variables: { from: '2024-01-01', to: '2024-12-31', groupBy: ['CATEGORY'] },
  },
  {
    name: 'city by gender and beneficiary category, 2024',
    user: CITY,
    variables: { from: '2024-01-01', to: '2024-12-31', groupBy: ['GENDER', 'BENEFICIARY_CATEGORY'] },
  },
  {
    name: 'district staff, month Aug 2025',
    user: 'bench-district',
    variables: { from: '2025-08-01', to: '2025-08-31', groupBy: ['CATEGORY'] },
  },
  {
    name: 'partner, year 2025 by month',
    user: 'bench-partner',
    variables: { from: '2025-01-01', to: '2025-12-31', groupBy: ['MONTH'] },
  },
  {
    name: 'city, day-precise period 2025-03-15 … 09-10',
    user: CITY,
    variables: { from: '2025-03-15', to: '2025-09-10' },
  },
  {
    name: 'console dashboard, year 2025 (month, district, category)',
    user: CITY,
    variables: { from: '2025-01-01', to: '2025-12-31', groupBy: ['MONTH', 'ORGANIZATION', 'CATEGORY'] },
  },
  {
    name: 'console dashboard, custom period 2025-03-15 … 09-10',
    user: CITY,
    variables: { from: '2025-03-15', to: '2025-09-10', groupBy: ['MONTH', 'ORGANIZATION', 'CATEGORY'] },
  },
  {
    name: 'city, months 2025-03 … 09 by district',
    user: CITY,
    variables: { from: '2025-03-01', to: '2025-09-30', groupBy: ['ORGANIZATION'] },
  },
  {
    name: 'city by age band, 2025',
    user: CITY,
    variables: { from: '2025-01-01', to: '2025-12-31', groupBy: ['AGE_BAND'] },
  },
  {
    name: 'province, 10 years by quarter',
    user: 'bench-admin',
    variables: { scopeId: 'PROVINCE', from: '2016-01-01', to: '2025-12-31', groupBy: ['QUARTER'] },
  },
];

/** Placeholders → the generated organizations' ids (md5-derived, computed in SQL). */
export const PLACEHOLDERS: Record<string, string> = {
  DISTRICT: orgId(10),
  PROVINCE: orgId(0),
  CITY: orgId(1),
  G7: md5Uuid('g7'),
};
