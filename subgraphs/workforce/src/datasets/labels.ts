/**
 * Vietnamese (and English) labels of workforce's dataset columns and titles: published in `workforceDatasets`
 * (DatasetDescription.columns.labelVi) for the /intake templates and page; the gateway keeps no label of its own.
 */
export const rosterLabels = {
  personCode: { vi: "Mã cán bộ", en: "Person code" },
  fullName: { vi: "Họ và tên", en: "Full name" },
  dateOfBirth: { vi: "Ngày sinh", en: "Date of birth" },
  birthYear: { vi: "Năm sinh", en: "Birth year" },
  sex: { vi: "Giới tính", en: "Sex" },
  ethnicGroup: { vi: "Dân tộc", en: "Ethnic group" },
  position: { vi: "Chức danh", en: "Position" },
  unitCode: { vi: "Mã đơn vị", en: "Unit code" },
  postedFrom: { vi: "Ngày bắt đầu", en: "Posted from" },
  postedTo: { vi: "Ngày kết thúc", en: "Posted to" },
  areaEthnicLanguage: { vi: "Tiếng dân tộc của địa bàn", en: "Ethnic language of the area" },
  source: { vi: "Nguồn số liệu", en: "Source" },
};
export const rosterTitleVi = "Danh sách cán bộ, công chức: mỗi dòng một vị trí công tác";
export const qualificationsLabels = {
  personCode: { vi: "Mã cán bộ", en: "Person code" },
  kind: { vi: "Loại trình độ", en: "Kind" },
  level: { vi: "Trình độ", en: "Level" },
  language: { vi: "Ngôn ngữ", en: "Language" },
  supplementary: { vi: "Hệ bổ túc", en: "Supplementary" },
  obtainedOn: { vi: "Ngày cấp", en: "Obtained on" },
  source: { vi: "Nguồn số liệu", en: "Source" },
};
export const qualificationsTitleVi = "Trình độ, văn bằng, chứng chỉ";
export const trainingRecordsLabels = {
  personCode: { vi: "Mã cán bộ", en: "Person code" },
  course: { vi: "Khoá học", en: "Course" },
  organiser: { vi: "Đơn vị tổ chức", en: "Organiser" },
  startedOn: { vi: "Ngày bắt đầu", en: "Started on" },
  endedOn: { vi: "Ngày kết thúc", en: "Ended on" },
  result: { vi: "Kết quả", en: "Result" },
  source: { vi: "Nguồn số liệu", en: "Source" },
};
export const trainingRecordsTitleVi = "Bồi dưỡng, tập huấn";
export const positionStandardsLabels = {
  position: { vi: "Chức danh", en: "Position" },
  minGeneralEducation: { vi: "Trình độ văn hoá tối thiểu", en: "Minimum general education" },
  minProfessional: { vi: "Trình độ chuyên môn tối thiểu", en: "Minimum professional level" },
  minPoliticalTheory: { vi: "Trình độ lý luận chính trị tối thiểu", en: "Minimum political theory" },
  requiresManagement: { vi: "Yêu cầu quản lý nhà nước", en: "Requires state management" },
  requiresIt: { vi: "Yêu cầu tin học", en: "Requires IT" },
  requiresForeignLanguage: { vi: "Yêu cầu ngoại ngữ", en: "Requires a foreign language" },
  source: { vi: "Nguồn số liệu", en: "Source" },
};
export const positionStandardsTitleVi = "Tiêu chuẩn chức danh";
