/**
 * Exact fixtures for indicator tests (hand-computed expectations in workforce.test.ts).
 * Commune A = 03658 Xã Chiềng Cọ (highland: village-leader targets apply), W = 03646 Phường Chiềng Lề (a ward:
 * they do not), both in district 116 (Thành phố Sơn La), which also has two district civil servants.
 */
export const A = '03658';
export const W = '03646';
export const DISTRICT = '116';
const END = '2025-06-30';

export const ROSTER_HEADER = 'personCode,fullName,dateOfBirth,birthYear,sex,ethnicGroup,position,unitCode,postedFrom,postedTo,areaEthnicLanguage';
export const ROSTER_ROWS = [
  `A-PCS1,Lò Văn Một,1970-02-03,1970,M,Thái,PARTY_CELL_SECRETARY,${A},2011-07-01,${END},Thái`,
  `A-VH1,Cầm Thị Hai,,1975,F,Kinh,VILLAGE_HEAD,${A},2011-07-01,${END},Thái`,
  `A-VH2,Quàng Văn Ba,,1980,M,Thái,VILLAGE_HEAD,${A},2016-07-01,${END},Thái`,
  `A-KC1,Lường Văn Bốn,,1968,M,Kinh,COMMUNE_KEY_CADRE,${A},2011-07-01,${END},Thái`,
  `A-KC2,Vì Thị Năm,,1979,F,Kinh,COMMUNE_KEY_CADRE,${A},2011-07-01,${END},Thái`,
  `A-KC3,Hà Văn Sáu,,1965,M,Thái,COMMUNE_KEY_CADRE,${A},2011-07-01,2015-06-30,Thái`,
  `W-VH1,Tòng Văn Bảy,,1972,M,Thái,VILLAGE_HEAD,${W},2011-07-01,${END},`,
  `W-KC1,Nguyễn Văn Tám,,1971,M,Kinh,COMMUNE_KEY_CADRE,${W},2011-07-01,${END},`,
  `D-1,Trần Thị Chín,,1985,F,Kinh,DISTRICT_CIVIL_SERVANT,${DISTRICT},2011-07-01,${END},`,
  `D-2,Lê Văn Mười,,1986,M,Kinh,DISTRICT_CIVIL_SERVANT,${DISTRICT},2011-07-01,${END},`,
];
export const ROSTER_CSV = [ROSTER_HEADER, ...ROSTER_ROWS].join('\n');

export const QUALIFICATIONS_CSV = [
  'personCode,kind,level,language,supplementary,obtainedOn',
  'A-PCS1,GENERAL_EDUCATION,LOWER_SECONDARY,,true,2014-06-01',
  'A-PCS1,POLITICAL_THEORY,ELEMENTARY,,,2013-01-01',
  'A-PCS1,MANAGEMENT_TRAINING,COMPLETED,,,2016-03-01',
  'A-PCS1,ETHNIC_LANGUAGE,SPOKEN,Thái,,2010-01-01',
  'A-VH1,GENERAL_EDUCATION,PRIMARY,,,1987-05-31',
  'A-VH1,MANAGEMENT_TRAINING,COMPLETED,,,2014-04-01',
  'A-VH1,POLITICAL_THEORY,ELEMENTARY,,,2014-05-01',
  'A-VH2,GENERAL_EDUCATION,LOWER_SECONDARY,,,2000-05-31',
  'A-KC1,GENERAL_EDUCATION,LOWER_SECONDARY,,,2002-05-31',
  'A-KC1,GENERAL_EDUCATION,UPPER_SECONDARY,,,2005-05-31',
  'A-KC1,PROFESSIONAL,COLLEGE,,,2019-06-30',
  'A-KC1,ETHNIC_LANGUAGE,SPOKEN,Thái,,2012-01-01',
  'A-KC2,GENERAL_EDUCATION,LOWER_SECONDARY,,true,2015-12-31',
  'A-KC2,PROFESSIONAL,UNIVERSITY,,,2014-07-01',
  'A-KC3,GENERAL_EDUCATION,UPPER_SECONDARY,,,2000-05-31',
  'W-VH1,GENERAL_EDUCATION,LOWER_SECONDARY,,,2000-05-31',
  'W-KC1,GENERAL_EDUCATION,LOWER_SECONDARY,,,2001-05-31',
  'D-1,GENERAL_EDUCATION,UPPER_SECONDARY,,,2003-05-31',
  'D-1,PROFESSIONAL,UNIVERSITY,,,2010-06-30',
  'D-1,POLITICAL_THEORY,ELEMENTARY,,,2012-01-01',
  'D-1,IT_CERTIFICATE,BASIC,,,2013-01-01',
  'D-2,GENERAL_EDUCATION,UPPER_SECONDARY,,,2004-05-31',
  'D-2,PROFESSIONAL,UNIVERSITY,,,2011-06-30',
  'D-2,POLITICAL_THEORY,ELEMENTARY,,,2016-01-01',
  'D-2,IT_CERTIFICATE,BASIC,,,2013-01-01',
].join('\n');

export const TRAININGS_CSV = [
  'personCode,course,organiser,startedOn,endedOn,result',
  'A-PCS1,Bồi dưỡng kiến thức quản lý,Trung tâm Chính trị thành phố,2016-02-15,2016-03-01,PASSED',
  'D-1,Tin học văn phòng,Sở Thông tin và Truyền thông,2012-10-01,2012-12-20,PASSED',
].join('\n');
