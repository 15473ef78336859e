/** How the city is named across the 2025 merger: the former city and the merged one are told apart everywhere. */
export const cityVi = {
  after: (date: string) => `TP Cần Thơ (sau sắp xếp, từ ${date})`,
  before: 'TP Cần Thơ (trước sắp xếp)',
  lineageNote: (merged: string, date: string) =>
    `Từ ${date}, ${merged} hợp nhất thành TP Cần Thơ mới. Mỗi chỉ số hiện năm gần nhất có số liệu: đến năm 2024 là của TP Cần Thơ trước sắp xếp; từ năm 2025 là của thành phố mới, khi kết quả đã được nhập (Dữ liệu). Hai chuỗi không được nối với nhau.`,
  beforeHeading: (year: number) => `Trước sắp xếp, năm ${year}`,
  newLineFrom: (year: number) => `Từ ${year}: TP Cần Thơ sau sắp xếp (đường mới, không nối với trước)`,
  noData: 'không có số liệu',
  share: (percent: string) => `top ${percent}%`,
  compareNote: (before: string, after: string) =>
    `Không so sánh thứ hạng trực tiếp: năm trước xếp trên ${before} tỉnh, năm nay trên ${after} tỉnh; tỷ lệ “top” giúp đối chiếu.`,
};

export type CityMessages = typeof cityVi;
