/** Reference lists of the vocational department (values of its enum columns). */
export const PROVIDER_KINDS = ['VOCATIONAL_SCHOOL', 'VOCATIONAL_CENTRE', 'CONTINUING_EDUCATION_CENTRE', 'ENTERPRISE', 'COOPERATIVE'] as const;
export const COURSE_LEVELS = ['UNDER_3_MONTHS', 'ELEMENTARY', 'INTERMEDIATE', 'COLLEGE'] as const;
export const SEXES = ['MALE', 'FEMALE'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];
export type CourseLevel = (typeof COURSE_LEVELS)[number];
export type Sex = (typeof SEXES)[number];
/** Sơn La's twelve ethnic groups (dân tộc) and "Khác" for any other. */
export const ETHNIC_GROUPS = ['Thái', 'Kinh', 'Mông', 'Mường', 'Dao', 'Khơ Mú', 'Xinh Mun', 'Kháng', 'Lào', 'La Ha', 'Lự', 'Tày', 'Khác'] as const;

/** Source recorded on rows written through the mutations and imports when the caller names none. */
export const DEFAULT_SOURCE = 'Sở LĐ-TB&XH (import)';
