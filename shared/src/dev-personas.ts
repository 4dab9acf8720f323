import { FIGURE_DEPARTMENTS, ROLES, type Role } from './identity';

/**
 * The development personas: ONE list that `npm start` prints tokens for and the explorer's role picker offers
 * (gateway/src/start-platform.ts, gateway/src/explorer), so the two never disagree. Development only: production
 * identities come from the OpenID Connect provider's claims.
 *
 * Besides one persona per fixed role, every department that holds datasets gets a reporter for district 118
 * (Quỳnh Nhai, which reported for its communes until 2024) and one for a commune of today (03703, Xã Quỳnh Nhai,
 * formed on 01/07/2025: communes report to the province directly from 2025 onwards).
 */
export interface DevelopmentPersona {
  /** Token subject, e.g. dev-reporter-education-118. */
  sub: string;
  /** What the picker shows. */
  label: string;
  labelVi: string;
  roles: Role[];
}

export const DEV_REPORTER_DISTRICT = '118';
export const DEV_REPORTER_COMMUNE = '03703';

const subOf = (role: string) => `dev-${role.replace(/:/g, '-')}`;

export const DEVELOPMENT_PERSONAS: readonly DevelopmentPersona[] = [
  ...ROLES.map((role): DevelopmentPersona => ({
    sub: subOf(role), label: role, labelVi: role,
    // workforce:pii reads personal data on top of an analyst's reading.
    roles: role === 'workforce:pii' ? ['analyst', role] : [role],
  })),
  ...FIGURE_DEPARTMENTS.flatMap((d): DevelopmentPersona[] => [
    {
      sub: subOf(`reporter:${d}:${DEV_REPORTER_DISTRICT}`), label: `reporter:${d}:${DEV_REPORTER_DISTRICT} (district Quỳnh Nhai, until 2024)`,
      labelVi: `báo cáo ${d}: huyện Quỳnh Nhai (đến 2024)`, roles: [`reporter:${d}:${DEV_REPORTER_DISTRICT}`],
    },
    {
      sub: subOf(`reporter:${d}:${DEV_REPORTER_COMMUNE}`), label: `reporter:${d}:${DEV_REPORTER_COMMUNE} (commune Xã Quỳnh Nhai, from 2025)`,
      labelVi: `báo cáo ${d}: xã Quỳnh Nhai (từ 2025)`, roles: [`reporter:${d}:${DEV_REPORTER_COMMUNE}`],
    },
  ]),
];
