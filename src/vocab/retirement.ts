/**
 * Retirement ages under Nghị định 135/2020/NĐ-CP (from 1/1/2021, normal working conditions): men
 * 60 years 3 months in 2021, three months more each year up to 62 (2028); women 55 years 4 months in
 * 2021, four months more each year up to 60 (2035). Before 2021: 60 and 55. *(verify against the decree)*
 */
export const RETIREMENT_SCHEDULE = {
  source: 'Nghị định 135/2020/NĐ-CP, Điều 4',
  male: { before2021Months: 60 * 12, startMonths: 60 * 12 + 3, stepMonths: 3, maxMonths: 62 * 12 },
  female: { before2021Months: 55 * 12, startMonths: 55 * 12 + 4, stepMonths: 4, maxMonths: 60 * 12 },
} as const;
