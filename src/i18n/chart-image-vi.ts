/** Buttons that save a chart as an image; the image carries its own title, legend and source. */
export const chartImageVi = {
  group: 'Lưu biểu đồ thành ảnh',
  png: 'Tải ảnh PNG',
  svg: 'Tải ảnh SVG',
  copy: 'Sao chép ảnh',
  working: 'Đang tạo ảnh…',
  saved: 'Đã tạo ảnh.',
  copied: 'Đã sao chép ảnh vào bộ nhớ tạm.',
  copyUnavailable: 'Trình duyệt này không cho phép sao chép ảnh: hãy dùng «Tải ảnh PNG».',
  failed: 'Không tạo được ảnh. Hãy thử lại hoặc dùng bảng số liệu.',
  fileSuffix: 'bieu-do',
};
