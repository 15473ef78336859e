/** Messages of the shared unit picker. */
export const pickerVi = {
  label: 'Đơn vị',
  search: 'Tìm đơn vị',
  searchHint: 'Gõ tên có dấu hoặc không dấu, ví dụ "can tho"',
  quickPicks: 'Chọn nhanh',
  remove: (unit: string) => `Bỏ ${unit}`,
  clear: 'Bỏ chọn tất cả',
  noMatch: 'Không có đơn vị nào khớp',
  selectedCount: (n: number) => `Đã chọn ${n}`,
  moreMatches: (n: number) => `và ${n} đơn vị khác: gõ thêm để thu hẹp`,
};
