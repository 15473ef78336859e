/** Buttons that save a chart as an image; the image carries its own title, legend and source. */
export const chartImageVi = {
  group: 'Lưu biểu đồ thành ảnh',
  pngWide: 'Tải PNG 16:9 (1920×1080)',
  pngStandard: 'Tải PNG 4:3 (1024×768)',
  moreNotes: (n: number) => `Và ${n} ghi chú khác đi kèm biểu đồ trên trang.`,
  svg: 'Tải ảnh SVG',
  svgWhole: 'Tải ảnh SVG (đủ danh sách)',
  copy: 'Sao chép ảnh',
  working: 'Đang tạo ảnh…',
  saved: 'Đã tạo ảnh.',
  copied: 'Đã sao chép ảnh vào bộ nhớ tạm.',
  copyUnavailable: 'Trình duyệt này không cho phép sao chép ảnh: hãy dùng «Tải PNG».',
  failed: 'Không tạo được ảnh. Hãy thử lại hoặc dùng bảng số liệu.',
  fileSuffix: 'bieu-do',
};
