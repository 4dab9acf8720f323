/**
 * Vietnamese (and English) labels of education's dataset columns and titles: published in `educationDatasets`
 * (DatasetDescription.columns.labelVi) for the /intake templates and page; the gateway keeps no label of its own.
 */
export const educationStatisticsLabels = {
  communeCode: { vi: "Mã xã", en: "Commune code" },
  year: { vi: "Năm", en: "Year" },
  childrenUnder3: { vi: "Trẻ dưới 3 tuổi", en: "Children under 3" },
  under3InNursery: { vi: "Trẻ dưới 3 tuổi đi nhà trẻ", en: "Under 3 in nursery" },
  under3InNurseryNonPublic: { vi: "Trong đó: nhà trẻ ngoài công lập", en: "Of which: non-public nursery" },
  children3To5: { vi: "Trẻ 3–5 tuổi", en: "Children aged 3–5" },
  age3To5InKindergarten: { vi: "Trẻ 3–5 tuổi đi mẫu giáo", en: "Aged 3–5 in kindergarten" },
  age3To5InKindergartenNonPublic: { vi: "Trong đó: mẫu giáo ngoài công lập", en: "Of which: non-public kindergarten" },
  childrenAge5: { vi: "Trẻ 5 tuổi", en: "Children aged 5" },
  age5InKindergarten: { vi: "Trẻ 5 tuổi đi mẫu giáo", en: "Aged 5 in kindergarten" },
  childrenAge6: { vi: "Trẻ 6 tuổi", en: "Children aged 6" },
  age6EnteringGrade1: { vi: "Trẻ 6 tuổi vào lớp 1", en: "Aged 6 entering grade 1" },
  outOfSchool6To10: { vi: "Trẻ 6–10 tuổi hoàn cảnh khó khăn ngoài nhà trường", en: "Out of school aged 6–10" },
  outOfSchool6To10InFlexible: { vi: "Trong đó: học lớp linh hoạt (6–10)", en: "Of which: in flexible classes (6–10)" },
  outOfSchool11To14: { vi: "Trẻ 11–14 tuổi hoàn cảnh khó khăn ngoài nhà trường", en: "Out of school aged 11–14" },
  outOfSchool11To14InFlexible: { vi: "Trong đó: học lớp linh hoạt (11–14)", en: "Of which: in flexible classes (11–14)" },
  population15To35Male: { vi: "Nam 15–35 tuổi", en: "Men aged 15–35" },
  population15To35Female: { vi: "Nữ 15–35 tuổi", en: "Women aged 15–35" },
  literate15To35Male: { vi: "Nam 15–35 tuổi biết chữ", en: "Literate men aged 15–35" },
  literate15To35Female: { vi: "Nữ 15–35 tuổi biết chữ", en: "Literate women aged 15–35" },
  workingAgeMale: { vi: "Nam trong độ tuổi lao động", en: "Working-age men" },
  workingAgeFemale: { vi: "Nữ trong độ tuổi lao động", en: "Working-age women" },
  illiterateWorkingAgeMale: { vi: "Nam trong độ tuổi lao động mù chữ", en: "Illiterate working-age men" },
  illiterateWorkingAgeFemale: { vi: "Nữ trong độ tuổi lao động mù chữ", en: "Illiterate working-age women" },
};
export const educationStatisticsTitleVi = "Thống kê giáo dục của một xã trong một năm (số người tại 31/12)";
export const communityLearningCentresLabels = {
  communeCode: { vi: "Mã xã", en: "Commune code" },
  year: { vi: "Năm", en: "Year" },
  established: { vi: "Đã thành lập", en: "Established" },
  establishedOn: { vi: "Ngày thành lập", en: "Established on" },
  rating: { vi: "Xếp loại", en: "Rating" },
  learners: { vi: "Số người học", en: "Learners" },
  activities: { vi: "Số hoạt động", en: "Activities" },
};
export const communityLearningCentresTitleVi = "Trung tâm học tập cộng đồng của xã trong một năm";
export const continuingEducationCentresLabels = {
  districtCode: { vi: "Mã huyện", en: "District code" },
  year: { vi: "Năm", en: "Year" },
  name: { vi: "Tên trung tâm", en: "Name of the centre" },
  alsoVocational: { vi: "Có dạy nghề, trung cấp chuyên nghiệp", en: "Also vocational" },
};
export const continuingEducationCentresTitleVi = "Trung tâm giáo dục thường xuyên huyện trong một năm";
export const steeringCommitteesLabels = {
  level: { vi: "Cấp", en: "Level" },
  unitCode: { vi: "Mã đơn vị", en: "Unit code" },
  establishedOn: { vi: "Ngày thành lập", en: "Established on" },
  decisionRef: { vi: "Số quyết định", en: "Decision reference" },
};
export const steeringCommitteesTitleVi = "Ban Chỉ đạo xây dựng xã hội học tập của tỉnh, huyện hoặc xã";
