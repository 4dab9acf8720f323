/**
 * Vietnamese (and English) labels of vocational's dataset columns and titles: published in `vocationalDatasets`
 * (DatasetDescription.columns.labelVi) for the /intake templates and page; the gateway keeps no label of its own.
 */
export const trainingProvidersLabels = {
  code: { vi: "Mã cơ sở", en: "Provider code" },
  name: { vi: "Tên cơ sở", en: "Name" },
  kind: { vi: "Loại hình", en: "Kind" },
  districtCode: { vi: "Mã huyện", en: "District code" },
  source: { vi: "Nguồn số liệu", en: "Source" },
};
export const trainingProvidersTitleVi = "Cơ sở dạy nghề";
export const vocationalCoursesLabels = {
  code: { vi: "Mã khoá học", en: "Course code" },
  providerCode: { vi: "Mã cơ sở dạy nghề", en: "Provider code" },
  occupation: { vi: "Nghề đào tạo", en: "Occupation" },
  level: { vi: "Trình độ", en: "Level" },
  ruralLabourProgramme: { vi: "Thuộc đề án đào tạo nghề cho lao động nông thôn", en: "Rural labour programme" },
  year: { vi: "Năm", en: "Year" },
  communeCode: { vi: "Mã xã", en: "Commune code" },
  sex: { vi: "Giới tính", en: "Sex" },
  ethnicGroup: { vi: "Dân tộc", en: "Ethnic group" },
  enrolled: { vi: "Số tuyển sinh", en: "Enrolled" },
  graduated: { vi: "Số tốt nghiệp", en: "Graduated" },
  source: { vi: "Nguồn số liệu", en: "Source" },
};
export const vocationalCoursesTitleVi = "Khoá đào tạo nghề và số học viên";
export const labourForceLabels = {
  communeCode: { vi: "Mã xã", en: "Commune code" },
  year: { vi: "Năm", en: "Year" },
  workingAgePopulation: { vi: "Dân số trong độ tuổi lao động", en: "Working-age population" },
  agriculturalWorkers: { vi: "Lao động nông nghiệp", en: "Agricultural workers" },
  vocationallyTrainedWorkers: { vi: "Lao động đã qua đào tạo nghề", en: "Vocationally trained workers" },
  agriculturalWorkersTrainingAccess: { vi: "Lao động nông nghiệp được tiếp cận đào tạo", en: "Agricultural workers with training access" },
  technologyTransferWorkers: { vi: "Lao động được chuyển giao khoa học kỹ thuật", en: "Workers reached by technology transfer" },
  technologyTransferAgriculture: { vi: "Trong đó: nông nghiệp", en: "Of which: agriculture" },
  technologyTransferForestry: { vi: "Trong đó: lâm nghiệp", en: "Of which: forestry" },
  technologyTransferTourism: { vi: "Trong đó: du lịch", en: "Of which: tourism" },
  technologyTransferProcessing: { vi: "Trong đó: chế biến", en: "Of which: processing" },
  source: { vi: "Nguồn số liệu", en: "Source" },
};
export const labourForceTitleVi = "Lực lượng lao động của xã trong một năm (số người tại 31/12)";
