/**
 * Vietnamese (and English) labels of awards's dataset columns and titles: published in `awardsDatasets`
 * (DatasetDescription.columns.labelVi) for the /intake templates and page; the gateway keeps no label of its own.
 */
export const recognitionCountsLabels = {
  communeCode: { vi: "Mã xã", en: "Commune code" },
  year: { vi: "Năm", en: "Year" },
  titleCode: { vi: "Mã danh hiệu", en: "Title code" },
  recognised: { vi: "Số được công nhận", en: "Recognised" },
  eligible: { vi: "Số đủ điều kiện xét", en: "Eligible" },
};
export const recognitionCountsTitleVi = "Số hộ, dòng họ, thôn bản của xã được công nhận danh hiệu trong năm";
export const assessmentsLabels = {
  subjectCode: { vi: "Mã đối tượng", en: "Subject code" },
  subjectName: { vi: "Tên đối tượng", en: "Subject name" },
  unitKind: { vi: "Loại đơn vị", en: "Unit kind" },
  communeCode: { vi: "Mã xã", en: "Commune code" },
  year: { vi: "Năm", en: "Year" },
  titleCode: { vi: "Mã danh hiệu", en: "Title code" },
  score: { vi: "Điểm", en: "Score" },
  grade: { vi: "Xếp loại", en: "Grade" },
  recognised: { vi: "Được công nhận", en: "Recognised" },
  assessingBody: { vi: "Cơ quan đánh giá", en: "Assessing body" },
  decisionRef: { vi: "Số quyết định", en: "Decision reference" },
  recognisedOn: { vi: "Ngày công nhận", en: "Recognised on" },
};
export const assessmentsTitleVi = "Đánh giá, công nhận đơn vị học tập và danh hiệu của xã";
export const commendationsLabels = {
  reference: { vi: "Số hiệu", en: "Reference" },
  year: { vi: "Năm", en: "Year" },
  awardedOn: { vi: "Ngày khen thưởng", en: "Awarded on" },
  recipientKind: { vi: "Loại đối tượng", en: "Recipient kind" },
  recipientName: { vi: "Tên đối tượng", en: "Recipient name" },
  communeCode: { vi: "Mã xã", en: "Commune code" },
  title: { vi: "Hình thức khen thưởng", en: "Title" },
  level: { vi: "Cấp khen thưởng", en: "Level" },
  issuedBy: { vi: "Cơ quan ban hành", en: "Issued by" },
  learningSocietyCriterion: { vi: "Theo tiêu chí xã hội học tập", en: "Learning-society criterion" },
  reason: { vi: "Lý do", en: "Reason" },
};
export const commendationsTitleVi = "Khen thưởng";
